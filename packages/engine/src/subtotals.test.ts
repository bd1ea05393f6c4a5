import { describe, expect, test } from 'vitest';
import { exploitationByLine, sumByYear } from './subtotals.ts';
import type { ResultRow } from './types.ts';

const row = (lineId: string, category: ResultRow['category'], amounts: Record<number, number>) => ({ lineId, category, amounts }) as ResultRow;

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
