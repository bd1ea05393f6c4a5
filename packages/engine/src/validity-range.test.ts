// The validity range of the rescaling (ADR 0010): the power law holds for driver ratios in
// [minRatio, maxRatio]; outside it a line scales linearly from the edge, and a fixed line below
// the range pays its inhabitants' share. Amounts are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { explainCell } from './explain.ts';
import { makeAssumptions, makeInput, makeLine, MODEL_PROFILE } from './testing/fixtures.ts';
import type { CalculationInput, LineInput, Profile } from './types.ts';

const RANGE = { minRatio: 0.2, maxRatio: 2.5 };
const SMALL: Profile = { inhabitants: 5_000, employees: 35, departments: 1 };
const MID: Profile = { inhabitants: 43_673, employees: 306, departments: 12 };
const LARGE: Profile = { inhabitants: 500_000, employees: 7_500, departments: 300 };

// € 10.000 a year, inhabitants, e = 0,5
const platform = (overrides: Partial<LineInput> = {}) =>
  makeLine({
    id: 'p',
    kind: 'structural',
    amountCents: 1_000_000,
    driver: 'inhabitants',
    elasticity: 0.5,
    indexation: 'none',
    ...overrides,
  });

function input(profile: Profile, lines: LineInput[], range: typeof RANGE | null = RANGE): CalculationInput {
  return makeInput({ profile, lines, assumptions: makeAssumptions({ scalingRange: range }) });
}

const first = (i: CalculationInput, id = 'p') =>
  calculate(i).rows.find((r) => r.lineId === id && (r.component === 'structural' || r.component === 'incidental'))
    ?.amounts[2026];

describe('validity range of the rescaling', () => {
  it('inside the range the power law applies unchanged: € 10.000 × 0,43673^0,5 = € 6.608,56 → € 6.609', () => {
    expect(first(input(MID, [platform()]))).toBe(660_900);
    expect(first(input(MID, [platform()], null))).toBe(660_900);
    expect(calculate(input(MID, [platform()])).lines[0]).toMatchObject({ scalingRule: 'power' });
  });

  it('below the range: power law to the edge, then linear: € 10.000 × 0,2^0,5 × 0,05/0,2 = € 1.118,03 → € 1.118 (power law alone: € 2.236)', () => {
    expect(first(input(SMALL, [platform()]))).toBe(111_800);
    expect(first(input(SMALL, [platform()], null))).toBe(223_600);
    expect(calculate(input(SMALL, [platform()])).lines[0]).toMatchObject({ scalingRule: 'below-range', ratio: 0.05 });
  });

  it('above the range: € 10.000 × 2,5^0,5 × 5/2,5 = € 31.622,78 → € 31.623 (power law alone: € 22.361)', () => {
    expect(first(input(LARGE, [platform()]))).toBe(3_162_300);
    expect(first(input(LARGE, [platform()], null))).toBe(2_236_100);
    expect(calculate(input(LARGE, [platform()])).lines[0]).toMatchObject({ scalingRule: 'above-range' });
  });

  it('e = 1 is linear anyway, so the range changes nothing: € 10.000 × 0,05 = € 500', () => {
    expect(first(input(SMALL, [platform({ elasticity: 1 })]))).toBe(50_000);
    expect(calculate(input(SMALL, [platform({ elasticity: 1 })])).lines[0]).toMatchObject({ scalingRule: 'power' });
  });

  it('a fixed line below the range is shared: € 10.000 × 5.000 / (100.000 × 0,2) = € 2.500; in and above the range it stays € 10.000', () => {
    const fixed = platform({ driver: 'fixed', elasticity: null, kind: 'incidental' });
    expect(first(input(SMALL, [fixed]))).toBe(250_000);
    expect(calculate(input(SMALL, [fixed])).lines[0]).toMatchObject({
      scalingRule: 'shared-fixed',
      ratio: 1,
      scaleFactor: 0.25,
    });
    expect(first(input(MID, [fixed]))).toBe(1_000_000);
    expect(first(input(LARGE, [fixed]))).toBe(1_000_000);
    expect(first(input(SMALL, [fixed], null))).toBe(1_000_000);
  });

  it('a line marked extrapolate keeps the power law at every size (a user override)', () => {
    expect(first(input(SMALL, [platform({ extrapolate: true })]))).toBe(223_600);
    expect(first(input(SMALL, [platform({ driver: 'fixed', extrapolate: true })]))).toBe(1_000_000);
  });

  it('the model profile still reproduces every model amount exactly', () => {
    const lines = [
      platform(),
      platform({ id: 'f', driver: 'fixed' }),
      platform({ id: 'e', driver: 'employees', elasticity: 0.6 }),
    ];
    const r = calculate(input({ ...MODEL_PROFILE }, lines));
    expect(r.rows.map((row) => row.amounts[2026])).toEqual([1_000_000, 1_000_000, 1_000_000]);
  });

  it('explicit contract-end amounts use the same factor: € 15.000 re-tender × 0,11180 = € 1.677,05 → € 1.677', () => {
    const saas = platform({ contractYears: 1, retenderCents: 1_500_000, migrationCents: 2_500_000 });
    const r = calculate(input(SMALL, [saas]));
    const cell = (component: string) => r.rows.find((row) => row.component === component)?.amounts[2026];
    expect(cell('retender')).toBe(167_700);
    // € 25.000 × 0,1118034 = € 2.795,08 → € 2.795
    expect(cell('migration')).toBe(279_500);
    const fixedEnd = calculate(input(SMALL, [{ ...saas, contractEndFixed: true }]));
    expect(fixedEnd.rows.find((row) => row.component === 'retender')?.amounts[2026]).toBe(1_500_000);
  });

  it('the trace names the rule and the range', () => {
    const below = explainCell(input(SMALL, [platform()]), 'p', 'structural', 2026);
    expect(below?.formula).toBe(
      '€ 10.000 × 0,2^0,5 × 0,05 / 0,2 = € 1.118,03 (onder het geldigheidsbereik: machtsregel tot de grens 0,2, daarna evenredig) per jaar; geen indexatie = € 1.118',
    );
    expect(below?.inputs).toContainEqual({
      label: 'Geldigheidsbereik schaling',
      value: 'verhouding 0,2–2,5',
      source: 'Aanname begroting (ADR 0010)',
    });
    const shared = explainCell(input(SMALL, [platform({ driver: 'fixed' })]), 'p', 'structural', 2026);
    expect(shared?.formula).toBe(
      '€ 10.000 × 0,05 / 0,2 = € 2.500 (vast, gedeelde uitvoering onder het geldigheidsbereik: aandeel inwoners) per jaar; geen indexatie = € 2.500',
    );
    const inside = explainCell(input(MID, [platform()]), 'p', 'structural', 2026);
    expect(inside?.formula).toBe('€ 10.000 × (43.673 / 100.000)^0,5 = € 6.608,56 per jaar; geen indexatie = € 6.609');
  });

  it('0 inhabitants: a shared fixed line counts € 0 and its trace stays readable', () => {
    const none = input({ inhabitants: 0, employees: 0, departments: 0 }, [platform({ driver: 'fixed' })]);
    expect(first(none)).toBe(0);
    expect(explainCell(none, 'p', 'structural', 2026)?.formula).toBe(
      '€ 10.000 × 0 / 0,2 = € 0 (vast, gedeelde uitvoering onder het geldigheidsbereik: aandeel inwoners) per jaar; geen indexatie = € 0',
    );
  });

  it('rejects a malformed range, naming the field', () => {
    const bad = (range: unknown) => () =>
      calculate(
        makeInput({ lines: [platform()], assumptions: makeAssumptions({ scalingRange: range as typeof RANGE }) }),
      );
    expect(bad({ minRatio: 0, maxRatio: 2 })).toThrow(
      expect.objectContaining({ field: 'assumptions.scalingRange.minRatio' }),
    );
    expect(bad({ minRatio: 0.5, maxRatio: 0.4 })).toThrow(
      expect.objectContaining({ field: 'assumptions.scalingRange.maxRatio' }),
    );
    expect(bad({ minRatio: 'x', maxRatio: 2 })).toThrow(
      expect.objectContaining({ field: 'assumptions.scalingRange.minRatio' }),
    );
    expect(bad(5)).toThrow(expect.objectContaining({ field: 'assumptions.scalingRange' }));
  });
});
