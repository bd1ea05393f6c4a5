/**
 * Begrotingswijziging: the difference between a budget and its last adopted version per domain and
 * Iv3 taakveld per year, with the organisation's reporting threshold. Pure and exact (cents).
 */
import { EngineInputError } from './errors.ts';
import type { CalculationResult, Cents } from './types.ts';

/** Where a line's cost is booked: its domain and its Iv3 taakveld (default 0.4 Overhead). */
export interface LineBooking {
  domainKey: string;
  taakveld: string;
}

/**
 * When a difference must be reported to the council: at least `minAmountCents` (absolute), and,
 * when `minPct` is set, also at least that percentage of the adopted amount. E.g. Veenendaal
 * € 25.000 → { minAmountCents: 2_500_000, minPct: null }; Houten 10 % and € 75.000 →
 * { minAmountCents: 7_500_000, minPct: 10 }.
 */
export interface ReportingThreshold {
  minAmountCents: Cents;
  minPct?: number | null;
}

export interface AmendmentRow {
  domainKey: string;
  taakveld: string;
  adopted: Record<number, Cents>;
  current: Record<number, Cents>;
  /** current − adopted */
  difference: Record<number, Cents>;
  /** Years whose difference reaches the threshold. */
  reportable: Record<number, boolean>;
}

export interface BudgetAmendment {
  years: number[];
  threshold: ReportingThreshold;
  rows: AmendmentRow[];
  total: Pick<AmendmentRow, 'adopted' | 'current' | 'difference'>;
}

/** Whether a difference reaches the threshold (see ReportingThreshold). */
export function reachesThreshold(difference: Cents, adopted: Cents, threshold: ReportingThreshold): boolean {
  const size = Math.abs(difference);
  if (size === 0 || size < threshold.minAmountCents) return false;
  if (threshold.minPct == null) return true;
  // size ≥ pct% × |adopted|, in integers: size × 100 ≥ pct × |adopted| (no rounding involved).
  return size * 100 >= threshold.minPct * Math.abs(adopted);
}

function exploitationByGroup(
  result: Pick<CalculationResult, 'rows'>,
  bookings: ReadonlyMap<string, LineBooking>,
  years: readonly number[],
  into: Map<string, Record<number, Cents>>,
): void {
  for (const row of result.rows) {
    if (row.category === 'investment') continue;
    const booking = bookings.get(row.lineId) ?? { domainKey: row.domainKey, taakveld: '0.4' };
    const key = `${booking.domainKey}\u0000${booking.taakveld}`;
    let rec = into.get(key);
    if (!rec) into.set(key, (rec = Object.fromEntries(years.map((y) => [y, 0]))));
    for (const y of years) rec[y] = (rec[y] ?? 0) + (row.amounts[y] ?? 0);
  }
}

/**
 * Compares the exploitation of `current` with `adopted` (each with the booking of its lines) on
 * the current budget's years; a year the adopted version does not have counts 0 there. Groups are
 * (domain, taakveld) in first-seen order, current budget first.
 */
export function budgetAmendment(
  current: { result: Pick<CalculationResult, 'rows' | 'years'>; bookings: ReadonlyMap<string, LineBooking> },
  adopted: { result: Pick<CalculationResult, 'rows'>; bookings: ReadonlyMap<string, LineBooking> },
  threshold: ReportingThreshold,
): BudgetAmendment {
  if (!Number.isInteger(threshold.minAmountCents) || threshold.minAmountCents < 0)
    throw new EngineInputError('threshold.minAmountCents', 'must be whole cents ≥ 0');
  if (
    threshold.minPct != null &&
    (!Number.isFinite(threshold.minPct) || threshold.minPct < 0 || threshold.minPct > 100)
  ) {
    throw new EngineInputError('threshold.minPct', 'must be between 0 and 100');
  }
  const years = current.result.years;
  const now = new Map<string, Record<number, Cents>>();
  const before = new Map<string, Record<number, Cents>>();
  exploitationByGroup(current.result, current.bookings, years, now);
  exploitationByGroup(adopted.result, adopted.bookings, years, before);
  const keys = [...new Set([...now.keys(), ...before.keys()])];
  const zero = () => Object.fromEntries(years.map((y) => [y, 0])) as Record<number, Cents>;
  const total = { adopted: zero(), current: zero(), difference: zero() };
  const rows: AmendmentRow[] = keys.map((key) => {
    const [domainKey = '', taakveld = ''] = key.split('\u0000');
    const a = before.get(key) ?? zero();
    const c = now.get(key) ?? zero();
    const difference = zero();
    const reportable: Record<number, boolean> = {};
    for (const y of years) {
      difference[y] = (c[y] ?? 0) - (a[y] ?? 0);
      reportable[y] = reachesThreshold(difference[y], a[y] ?? 0, threshold);
      total.adopted[y] = (total.adopted[y] ?? 0) + (a[y] ?? 0);
      total.current[y] = (total.current[y] ?? 0) + (c[y] ?? 0);
      total.difference[y] = (total.difference[y] ?? 0) + difference[y];
    }
    return { domainKey, taakveld, adopted: a, current: c, difference, reportable };
  });
  return {
    years: [...years],
    threshold: { minAmountCents: threshold.minAmountCents, minPct: threshold.minPct ?? null },
    rows,
    total,
  };
}
