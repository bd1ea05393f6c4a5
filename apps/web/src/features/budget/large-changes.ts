import type { Cents } from '@app/engine';

/** A line-year that a change moves a lot: the user confirms before it is saved. */
export interface LargeChange {
  year: number;
  before: Cents;
  after: Cents;
}

/** More than this many euros difference in one line-year needs a confirmation (€ 1 miljoen). */
export const LARGE_CHANGE_CENTS = 100_000_000;
/** …and so does a line-year that becomes more than this many times as large (or as small). */
export const LARGE_CHANGE_FACTOR = 10;

/**
 * Compares the engine's amounts of one line before and after an edit (whole-euro cents per year;
 * no budget maths here). A year counts when the difference is over € 1 miljoen, or when both
 * amounts are non-zero and one is more than 10× the other.
 */
export function largeChanges(
  before: Readonly<Record<number, Cents>>,
  after: Readonly<Record<number, Cents>>,
): LargeChange[] {
  const years = [...new Set([...Object.keys(before), ...Object.keys(after)].map(Number))].sort((a, b) => a - b);
  const out: LargeChange[] = [];
  for (const year of years) {
    const b = before[year] ?? 0;
    const a = after[year] ?? 0;
    const big = Math.abs(a - b) > LARGE_CHANGE_CENTS;
    const factor =
      a !== 0 &&
      b !== 0 &&
      (Math.abs(a) > LARGE_CHANGE_FACTOR * Math.abs(b) || Math.abs(b) > LARGE_CHANGE_FACTOR * Math.abs(a));
    if (big || factor) out.push({ year, before: b, after: a });
  }
  return out;
}
