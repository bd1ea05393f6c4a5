import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { exampleShare, incompleteZeroLines, totalsByProvenance } from './provenance.ts';
import { makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import { PROVENANCES } from './types.ts';

describe('totalsByProvenance', () => {
  const input = makeInput({
    lines: [
      makeLine({
        id: 'pub',
        provenance: 'published',
        kind: 'structural',
        amountCents: 3_000_000,
        driver: 'fixed',
        indexation: 'none',
      }),
      makeLine({ id: 'ex', provenance: 'example', kind: 'incidental', amountCents: 4_000_000, driver: 'fixed' }),
      // € 50.000 ≥ activation threshold (€ 25.000): capex in 2026, 5 years of € 10.000 + 1 % interest on the book value.
      makeLine({
        id: 'inv',
        provenance: 'custom',
        kind: 'investment',
        amountCents: 5_000_000,
        driver: 'fixed',
        depreciationYears: 5,
      }),
    ],
  });
  const result = calculate(input);
  const split = totalsByProvenance(result);

  it('splits every category per provenance, exact cents', () => {
    expect(split.published.structural).toEqual({ 2026: 3_000_000, 2027: 3_000_000, 2028: 3_000_000, 2029: 3_000_000 });
    expect(split.example.incidental).toEqual({ 2026: 4_000_000, 2027: 0, 2028: 0, 2029: 0 });
    expect(split.example.total).toEqual({ 2026: 4_000_000, 2027: 0, 2028: 0, 2029: 0 });
    expect(split.custom.investment[2026]).toBe(5_000_000);
    // 2027: depreciation € 10.000 + interest 1 % of € 50.000 = € 500.
    expect(split.custom.capital[2027]).toBe(1_050_000);
    expect(split.custom.total[2026]).toBe(0);
    expect(split.secondhand.total).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
  });

  it('adds up exactly to the result totals', () => {
    for (const key of ['incidental', 'structural', 'capital', 'investment', 'total'] as const) {
      for (const y of result.years) {
        expect(PROVENANCES.reduce((s, p) => s + (split[p][key][y] ?? 0), 0)).toBe(result.totals[key][y]);
      }
    }
  });

  it('reports the years in which example lines carry more than half of the total', () => {
    const share = exampleShare(result, split);
    // 2026: example € 40.000 of € 70.000 (investment not in the total).
    expect(share.years[0]).toEqual({ year: 2026, exampleCents: 4_000_000, totalCents: 7_000_000, share: 4 / 7 });
    expect(share.majority.map((y) => y.year)).toEqual([2026]);
  });

  it('does not call exactly half a majority', () => {
    const half = makeInput({
      lines: [
        makeLine({ id: 'p', provenance: 'published', amountCents: 3_000_000 }),
        makeLine({ id: 'e', provenance: 'example', amountCents: 3_000_000 }),
      ],
    });
    expect(exampleShare(calculate(half)).majority).toEqual([]);
  });
});

describe('incompleteZeroLines', () => {
  it('lists published-incomplete lines without a quantity in enabled developments', () => {
    const input = makeInput({
      developments: [makeDevelopment(), makeDevelopment({ id: 'dev-off', enabled: false })],
      lines: [
        makeLine({ id: 'open', provenance: 'published-incomplete', amountCents: null }),
        makeLine({ id: 'done', provenance: 'published-incomplete', amountCents: 100_000 }),
        makeLine({ id: 'off', developmentId: 'dev-off', provenance: 'published-incomplete', amountCents: null }),
      ],
    });
    const result = calculate(input);
    expect(incompleteZeroLines(input, result).map((l) => l.id)).toEqual(['open']);
    expect(result.totals.total[2026]).toBe(100_000);
  });
});
