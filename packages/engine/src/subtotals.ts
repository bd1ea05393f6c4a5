import type { Cents, ResultRow, Totals } from './types.ts';

/**
 * Exploitation (every category but the investment itself) per line and year, summed from result
 * rows: the line subtotals the exports show. Every year of `years` is present (0 when nothing);
 * lines without exploitation rows are absent.
 */
export function exploitationByLine(
  rows: readonly ResultRow[],
  years: readonly number[],
): Map<string, Record<number, Cents>> {
  const byLine = new Map<string, Record<number, Cents>>();
  for (const row of rows) {
    if (row.category === 'investment') continue;
    let sums = byLine.get(row.lineId);
    if (!sums) byLine.set(row.lineId, (sums = zeroByYear(years)));
    for (const y of years) sums[y] = (sums[y] ?? 0) + (row.amounts[y] ?? 0);
  }
  return byLine;
}

/** Per-year sums of several per-year amounts (e.g. a development's subtotal of its lines). */
export function sumByYear(
  years: readonly number[],
  parts: Iterable<Readonly<Record<number, Cents>>>,
): Record<number, Cents> {
  const sums = zeroByYear(years);
  for (const part of parts) for (const y of years) sums[y] = (sums[y] ?? 0) + (part[y] ?? 0);
  return sums;
}

/** year → 0 for every year. */
export function zeroByYear(years: readonly number[]): Record<number, Cents> {
  return Object.fromEntries(years.map((y) => [y, 0]));
}

const TOTAL_KEYS = [
  'incidental',
  'structural',
  'capital',
  'investment',
  'total',
] as const satisfies readonly (keyof Totals)[];

/** Totals of every category at 0 for every year. */
export function emptyTotals(years: readonly number[]): Totals {
  return {
    incidental: zeroByYear(years),
    structural: zeroByYear(years),
    capital: zeroByYear(years),
    investment: zeroByYear(years),
    total: zeroByYear(years),
  };
}

/** Totals re-keyed onto `years` (budgets may start in different years), 0 where absent or when there are none. */
export function totalsOnYears(totals: Totals | undefined, years: readonly number[]): Totals {
  const out = emptyTotals(years);
  if (!totals) return out;
  for (const key of TOTAL_KEYS) for (const year of years) out[key][year] = totals[key][year] ?? 0;
  return out;
}

/** a − b per category and year (a budget beside the one it is compared with). */
export function totalsDifference(a: Totals, b: Totals, years: readonly number[]): Totals {
  const out = emptyTotals(years);
  for (const key of TOTAL_KEYS) for (const year of years) out[key][year] = (a[key][year] ?? 0) - (b[key][year] ?? 0);
  return out;
}
