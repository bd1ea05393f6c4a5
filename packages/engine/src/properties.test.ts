import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, calculateTotals } from './calculate.ts';
import { explainAll } from './explain.ts';
import { roundEuro, splitWholeEuros } from './rounding.ts';
import { MODEL_PROFILE, makeDevelopment, makeInput } from './testing/fixtures.ts';
import {
  COST_POOLS,
  DRIVERS,
  INDEXATIONS,
  type CalculationInput,
  type CalculationResult,
  type Driver,
  type LineInput,
  type Profile,
} from './types.ts';

interface LineOptions {
  drivers?: readonly Driver[];
  minAmount?: number;
  kinds?: readonly LineInput['kind'][];
  minElasticity?: number;
}

function arbLines({
  drivers = DRIVERS,
  minAmount = -50_000_000,
  kinds = ['incidental', 'structural', 'investment'],
  minElasticity = -0.5,
}: LineOptions = {}) {
  const line = fc.record({
    kind: fc.constantFrom(...kinds),
    costBasis: fc.constantFrom('amount', 'staff', 'hire', 'licence' as const),
    driver: fc.constantFrom(...drivers),
    elasticity: fc.option(fc.double({ min: minElasticity, max: 2, noNaN: true }), { nil: null }),
    amountCents: fc.integer({ min: minAmount, max: 50_000_000 }),
    hoursPerWeek: fc.integer({ min: 0, max: 72 }),
    salaryScale: fc.constantFrom('8', '9', '10', '11', '12'),
    hours: fc.integer({ min: 0, max: 4_000 }),
    hoursPeriod: fc.constantFrom('year', 'total' as const),
    units: fc.integer({ min: 0, max: 5_000 }),
    unitPriceCents: fc.integer({ min: 0, max: 100_000 }),
    unitPricePeriod: fc.constantFrom('month', 'year' as const),
    yearOffset: fc.integer({ min: 0, max: 5 }),
    durationYears: fc.integer({ min: 1, max: 5 }),
    contractYears: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
    retenderCents: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
    depreciationYears: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    indexation: fc.option(fc.constantFrom(...INDEXATIONS), { nil: null }),
    costPool: fc.constantFrom(...COST_POOLS),
    developmentId: fc.constantFrom('d0', 'd1', 'd2'),
  });
  return fc
    .array(line, { maxLength: 25 })
    .map((lines) =>
      lines.map((l, i): LineInput => ({ ...l, id: `l${i}`, description: `Regel ${i}`, provenance: 'example' })),
    );
}

// At least 1 of everything: 0^e is undefined for the negative elasticities arbLines may generate.
const arbProfile: fc.Arbitrary<Profile> = fc.record({
  inhabitants: fc.integer({ min: 1, max: 1_000_000 }),
  employees: fc.integer({ min: 1, max: 10_000 }),
  departments: fc.integer({ min: 1, max: 200 }),
});

const developments = [
  makeDevelopment({ id: 'd0', domainKey: 'bedrijfsvoering' }),
  makeDevelopment({ id: 'd1', domainKey: 'sociaal-domein', startYear: 2027 }),
  makeDevelopment({ id: 'd2', domainKey: 'fysiek-domein', startYear: 2024 }),
];

function inputFor(lines: LineInput[], profile: Profile = MODEL_PROFILE): CalculationInput {
  return makeInput({ lines, profile: { ...profile }, developments });
}

function sumRows(result: CalculationResult, category: string, year: number): number {
  return result.rows
    .filter((row) => row.category === category)
    .reduce((sum, row) => sum + (row.amounts[year] as number), 0);
}

describe('properties', () => {
  it('totals, byDomain and byCostPool are exact sums of the rounded row cells', () => {
    fc.assert(
      fc.property(arbLines(), arbProfile, (lines, profile) => {
        const r = calculate(inputFor(lines, profile));
        for (const year of r.years) {
          for (const category of ['incidental', 'structural', 'capital', 'investment'] as const) {
            const expected = sumRows(r, category, year);
            expect(r.totals[category][year]).toBe(expected);
            expect(Object.values(r.byDomain).reduce((s, t) => s + (t[category][year] as number), 0)).toBe(expected);
            expect(Object.values(r.byCostPool).reduce((s, t) => s + (t[category][year] as number), 0)).toBe(expected);
          }
          const t = r.totals;
          expect(t.total[year]).toBe(
            (t.incidental[year] as number) + (t.structural[year] as number) + (t.capital[year] as number),
          );
          for (const row of r.rows) {
            const cell = row.amounts[year] as number;
            expect(Number.isInteger(cell) && cell % 100 === 0).toBe(true);
          }
        }
      }),
    );
  });

  it('calculateTotals gives exactly the years and totals of calculate', () => {
    fc.assert(
      fc.property(arbLines(), arbProfile, (lines, profile) => {
        const input = inputFor(lines, profile);
        const { years, totals } = calculate(input);
        expect(calculateTotals(input)).toEqual({ years, totals });
      }),
    );
  });

  it('is monotonic non-decreasing in inhabitants for inhabitant-driven lines (e ≥ 0, amounts ≥ 0)', () => {
    const lines = arbLines({
      drivers: ['inhabitants'],
      minAmount: 0,
      kinds: ['incidental', 'structural'],
      minElasticity: 0,
    });
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (ls, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const small = calculate(inputFor(ls, { ...MODEL_PROFILE, inhabitants: low }));
        const large = calculate(inputFor(ls, { ...MODEL_PROFILE, inhabitants: high }));
        expect(large.rows.length).toBe(small.rows.length);
        large.rows.forEach((row, i) => {
          for (const year of large.years)
            expect(row.amounts[year] as number).toBeGreaterThanOrEqual(small.rows[i]?.amounts[year] as number);
        });
      }),
    );
  });

  it('fixed lines are invariant under any profile', () => {
    fc.assert(
      fc.property(arbLines({ drivers: ['fixed'] }), arbProfile, (lines, profile) => {
        const own = calculate(inputFor(lines, profile));
        const model = calculate(inputFor(lines));
        expect(own).toEqual(model);
      }),
    );
  });

  it('the model profile gives scaled == model for every driver and elasticity', () => {
    fc.assert(
      fc.property(arbLines(), (lines) => {
        const r = calculate(inputFor(lines));
        r.lines.forEach((result, i) => {
          const line = lines[i] as LineInput;
          const model = { amount: line.amountCents, staff: line.hoursPerWeek, hire: line.hours, licence: line.units }[
            line.costBasis
          ];
          expect(result.ratio).toBe(1);
          expect(result.scaledQuantity).toBe(model);
        });
        // … and therefore exactly the same cells as if no line were scaled at all
        const unscaled = calculate(inputFor(lines.map((line) => ({ ...line, driver: 'fixed' as const }))));
        expect(r.rows).toEqual(unscaled.rows);
        expect(r.totals).toEqual(unscaled.totals);
      }),
    );
  });

  it('every trace of a random budget ends with its cell amount', () => {
    fc.assert(
      fc.property(arbLines(), arbProfile, (lines, profile) => {
        const input = inputFor(lines, profile);
        const result = calculate(input);
        const traces = explainAll(input);
        for (const row of result.rows) {
          for (const year of result.years) {
            const formula = traces[row.lineId]?.[row.component]?.[year]?.formula ?? '';
            const match = /= € (-?[\d.]+)$/.exec(formula);
            expect(match, formula).not.toBeNull();
            expect(Number((match?.[1] ?? '').replace(/\./g, '')) * 100, formula).toBe(row.amounts[year]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('roundEuro: whole euros, within half a euro, symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (cents) => {
        const rounded = roundEuro(cents);
        expect(Number.isInteger(rounded / 100)).toBe(true);
        expect(Math.abs(rounded - cents)).toBeLessThanOrEqual(50 + 1e-3);
        expect(roundEuro(-cents)).toBe(rounded === 0 ? 0 : -rounded);
      }),
    );
  });

  it('splitWholeEuros: parts are whole euros, differ by at most € 1 and add up exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (euros, parts) => {
          const split = splitWholeEuros(euros * 100, parts);
          expect(split).toHaveLength(parts);
          expect(split.reduce((a, b) => a + b, 0)).toBe(euros * 100);
          expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(100);
          for (const part of split) expect(Number.isInteger(part / 100)).toBe(true);
        },
      ),
    );
  });
});
