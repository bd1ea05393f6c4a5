import { describe, expect, test } from 'vitest';
import { calculate } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { budgetAmendment, reachesThreshold, type LineBooking } from './funding-amendment.ts';
import { makeAssumptions, makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';

const bookings = (entries: [string, string, string][]) =>
  new Map<string, LineBooking>(entries.map(([id, domainKey, taakveld]) => [id, { domainKey, taakveld }]));

describe('reachesThreshold', () => {
  test('an amount alone (Veenendaal € 25.000), or amount and percentage together (Houten 10 % and € 75.000)', () => {
    const veenendaal = { minAmountCents: 2_500_000 };
    expect(reachesThreshold(2_500_000, 100_000_000, veenendaal)).toBe(true);
    expect(reachesThreshold(-2_500_000, 0, veenendaal)).toBe(true);
    expect(reachesThreshold(2_499_900, 0, veenendaal)).toBe(false);
    const houten = { minAmountCents: 7_500_000, minPct: 10 };
    expect(reachesThreshold(7_500_000, 75_000_000, houten)).toBe(true); // exactly 10 %
    expect(reachesThreshold(7_500_000, 75_000_100, houten)).toBe(false); // just under 10 %
    expect(reachesThreshold(7_400_000, 10_000_000, houten)).toBe(false); // 74 %, but under € 75.000
    expect(reachesThreshold(0, 0, { minAmountCents: 0 })).toBe(false);
  });
});

describe('budgetAmendment', () => {
  const input = makeInput({
    assumptions: makeAssumptions({ priceIndexationPct: 0 }),
    developments: [makeDevelopment(), makeDevelopment({ id: 'dev-2', domainKey: 'sociaal-domein' })],
    lines: [
      makeLine({ id: 'a', kind: 'structural', amountCents: 10_000_000 }),
      makeLine({ id: 'b', kind: 'incidental', amountCents: 3_000_000 }),
      makeLine({ id: 'c', developmentId: 'dev-2', kind: 'structural', amountCents: 5_000_000 }),
    ],
  });

  test('differences per domain and taakveld per year in exact cents, flagged against the threshold', () => {
    const adopted = calculate(input);
    const changed = calculate({
      ...input,
      lines: [
        makeLine({ id: 'a2', kind: 'structural', amountCents: 13_000_000 }),
        input.lines[2]!,
        makeLine({ id: 'd', developmentId: 'dev-2', kind: 'structural', amountCents: 2_000_000 }),
      ],
    });
    const result = budgetAmendment(
      {
        result: changed,
        bookings: bookings([
          ['a2', 'bedrijfsvoering', '0.4'],
          ['c', 'sociaal-domein', '6.1'],
          ['d', 'sociaal-domein', '6.2'],
        ]),
      },
      {
        result: adopted,
        bookings: bookings([
          ['a', 'bedrijfsvoering', '0.4'],
          ['b', 'bedrijfsvoering', '0.4'],
          ['c', 'sociaal-domein', '6.1'],
        ]),
      },
      { minAmountCents: 2_500_000 },
    );
    expect(result.rows.map((r) => [r.domainKey, r.taakveld, r.difference])).toEqual([
      ['bedrijfsvoering', '0.4', { 2026: 0, 2027: 3_000_000, 2028: 3_000_000, 2029: 3_000_000 }],
      ['sociaal-domein', '6.1', { 2026: 0, 2027: 0, 2028: 0, 2029: 0 }],
      ['sociaal-domein', '6.2', { 2026: 2_000_000, 2027: 2_000_000, 2028: 2_000_000, 2029: 2_000_000 }],
    ]);
    expect(result.rows[0]!.reportable).toEqual({ 2026: false, 2027: true, 2028: true, 2029: true });
    expect(result.rows[2]!.reportable[2026]).toBe(false);
    expect(result.total.difference).toEqual({ 2026: 2_000_000, 2027: 5_000_000, 2028: 5_000_000, 2029: 5_000_000 });
    expect(result.total.adopted[2026]).toBe(18_000_000);
  });

  test('a taakveld only in the adopted version shows as a decrease; bad thresholds name the field', () => {
    const adopted = calculate(input);
    const result = budgetAmendment(
      { result: calculate({ ...input, lines: [] }), bookings: new Map() },
      { result: adopted, bookings: new Map() },
      { minAmountCents: 0, minPct: 10 },
    );
    expect(result.rows[0]!.difference[2026]).toBe(-13_000_000);
    expect(result.rows[0]!.taakveld).toBe('0.4');
    expect(() =>
      budgetAmendment(
        { result: adopted, bookings: new Map() },
        { result: adopted, bookings: new Map() },
        { minAmountCents: -1 },
      ),
    ).toThrow(EngineInputError);
    expect(() =>
      budgetAmendment(
        { result: adopted, bookings: new Map() },
        { result: adopted, bookings: new Map() },
        { minAmountCents: 0, minPct: 101 },
      ),
    ).toThrow(EngineInputError);
  });
});
