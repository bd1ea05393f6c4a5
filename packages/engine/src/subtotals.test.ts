import { describe, expect, test } from 'vitest';
import { exploitationByLine, sumByYear, totalsDifference, totalsOnYears } from './subtotals.ts';
import type { ResultRow } from './types.ts';

const row = (lineId: string, category: ResultRow['category'], amounts: Record<number, number>) =>
  ({ lineId, category, amounts }) as ResultRow;

describe('exploitationByLine', () => {
  test('sums every category but the investment itself, per line and year, with every year present', () => {
    const rows = [
      row('a', 'structural', { 2027: 100_00, 2028: 101_50 }),
      row('a', 'capital', { 2028: 20_00 }),
      row('a', 'investment', { 2027: 5_000_00 }),
      row('b', 'incidental', { 2027: 7 }),
      row('c', 'investment', { 2027: 1_00 }),
    ];
    const byLine = exploitationByLine(rows, [2027, 2028]);
    expect(Object.fromEntries(byLine)).toEqual({ a: { 2027: 100_00, 2028: 121_50 }, b: { 2027: 7, 2028: 0 } });
  });
});

describe('sumByYear', () => {
  test('adds per-year amounts, missing years count 0', () => {
    expect(sumByYear([2027, 2028], [{ 2027: 1 }, { 2027: 2, 2028: 3 }, {}])).toEqual({ 2027: 3, 2028: 3 });
    expect(sumByYear([2027], [])).toEqual({ 2027: 0 });
  });
});

describe('totalsOnYears / totalsDifference', () => {
  const totals = (n: number) => ({
    incidental: { 2027: n },
    structural: { 2027: 2 * n },
    capital: { 2027: 3 * n },
    investment: { 2027: 4 * n },
    total: { 2027: 6 * n },
  });
  test('re-keys onto the union of years with 0 where absent, also for no totals at all', () => {
    expect(totalsOnYears(totals(5), [2026, 2027])).toEqual({
      incidental: { 2026: 0, 2027: 5 },
      structural: { 2026: 0, 2027: 10 },
      capital: { 2026: 0, 2027: 15 },
      investment: { 2026: 0, 2027: 20 },
      total: { 2026: 0, 2027: 30 },
    });
    expect(totalsOnYears(undefined, [2027]).total).toEqual({ 2027: 0 });
  });
  test('subtracts per category and year in exact cents', () => {
    expect(totalsDifference(totals(7), totals(10), [2027, 2028])).toEqual({
      incidental: { 2027: -3, 2028: 0 },
      structural: { 2027: -6, 2028: 0 },
      capital: { 2027: -9, 2028: 0 },
      investment: { 2027: -12, 2028: 0 },
      total: { 2027: -18, 2028: 0 },
    });
  });
});
