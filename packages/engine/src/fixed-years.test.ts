import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { explainCell } from './explain.ts';
import { makeInput, makeLine } from './testing/fixtures.ts';
import type { LineInput } from './types.ts';

/** A collaboration contribution: exact cents per year, whatever the profile or indexation (ADR 0023). */
function contribution(amounts: Record<number, number>, extra: Partial<LineInput> = {}): LineInput {
  return makeLine({
    id: 'c',
    kind: 'structural',
    costBasis: 'amount',
    amountCents: null,
    driver: 'inhabitants',
    elasticity: 1,
    fixedYearAmountsCents: amounts,
    description: 'Bijdrage samenwerking ICT Regio',
    ...extra,
  });
}

const OWN = { inhabitants: 43_673, employees: 400, departments: 10 };

describe('lines with fixed amounts per year', () => {
  it('passes the cents per year through exactly: no rescaling, no indexation; unnamed years count 0', () => {
    const input = makeInput({ lines: [contribution({ 2026: 1_234_500, 2027: 1_300_100, 2029: 7_700 })], profile: OWN });
    input.assumptions = { ...input.assumptions, priceIndexationPct: 3, wageIndexationPct: 4 };
    const r = calculate(input);
    const row = r.rows.find((x) => x.lineId === 'c');
    expect(row?.component).toBe('structural');
    expect(r.years.map((y) => row?.amounts[y])).toEqual([1_234_500, 1_300_100, 0, 7_700]);
    expect(r.years.map((y) => r.totals.structural[y])).toEqual([1_234_500, 1_300_100, 0, 7_700]);
    expect(r.years.map((y) => r.totals.total[y])).toEqual([1_234_500, 1_300_100, 0, 7_700]);
    expect(r.lines[0]).toMatchObject({ elasticity: 0, scaleFactor: 1 });
  });

  it('ignores years outside the horizon', () => {
    const r = calculate(makeInput({ lines: [contribution({ 2025: 100, 2026: 200, 2030: 300 })] }));
    expect(r.years.map((y) => r.totals.total[y])).toEqual([200, 0, 0, 0]);
  });

  it('explains the cell as a contribution by allocation key, not scaled or indexed', () => {
    const trace = explainCell(makeInput({ lines: [contribution({ 2027: 1_300_100 })] }), 'c', 'structural', 2027);
    expect(trace?.formula).toBe(
      'Bijdrage samenwerking ICT Regio: bijdrage aan samenwerking volgens verdeelsleutel; niet geschaald of geïndexeerd = € 13.001',
    );
  });

  it('refuses non-integer cents, non-year keys and other kinds, naming the field', () => {
    const fail = (line: LineInput) => {
      try {
        calculate(makeInput({ lines: [line] }));
      } catch (error) {
        return error instanceof EngineInputError ? error.field : 'other';
      }
      return null;
    };
    expect(fail(contribution({ 2026: 10.5 }))).toBe('lines[0].fixedYearAmountsCents.2026');
    expect(fail(contribution({ 2026: Number.NaN }))).toBe('lines[0].fixedYearAmountsCents.2026');
    expect(fail(contribution({ x: 1 } as unknown as Record<number, number>))).toBe('lines[0].fixedYearAmountsCents.x');
    expect(fail(contribution({ 2026: 100 }, { kind: 'incidental' }))).toBe('lines[0].fixedYearAmountsCents');
    expect(fail(contribution({ 2026: 100 }, { costBasis: 'staff' }))).toBe('lines[0].fixedYearAmountsCents');
  });

  it('property: every horizon year equals the given cents, for any profile and indexation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.double({ min: -5, max: 10, noNaN: true }),
        (cents, inhabitants, pct) => {
          const amounts = {
            2026: cents[0] as number,
            2027: cents[1] as number,
            2028: cents[2] as number,
            2029: cents[3] as number,
          };
          const input = makeInput({ lines: [contribution(amounts)], profile: { ...OWN, inhabitants } });
          input.assumptions = { ...input.assumptions, priceIndexationPct: pct };
          const r = calculate(input);
          expect(r.years.map((y) => r.totals.total[y])).toEqual(cents);
        },
      ),
    );
  });
});
