import { asc, desc, eq } from 'drizzle-orm';
import { benchmarks, type Db } from '@app/db';
import type { Warning } from '@app/schemas';
import { formatEuro, formatEuroExact } from '@app/engine';

/** A ceiling for hire rates (e.g. the Rijk's € 225/h), used only to warn: an administrator may have a reason. */
export interface HireRateCap {
  cents: number;
  source: string;
  sourceUrl: string;
}

/**
 * The newest maximum hourly rate among the benchmarks (reference data with its source, editable
 * in Beheer like every other figure); null when none is recorded.
 */
export async function loadHireRateCap(db: Db): Promise<HireRateCap | null> {
  const [row] = await db
    .select()
    .from(benchmarks)
    .where(eq(benchmarks.unit, 'max-hourly-rate'))
    .orderBy(desc(benchmarks.year), asc(benchmarks.id))
    .limit(1);
  return row ? { cents: row.valueCents, source: row.source, sourceUrl: row.sourceUrl ?? '' } : null;
}

export function hireRateWarnings(rates: Record<string, number>, cap: HireRateCap | null): Warning[] {
  if (!cap) return [];
  return Object.entries(rates)
    .filter(([, cents]) => cents > cap.cents)
    .map(([role, cents]) => ({
      path: `body.rates.${role}`,
      message: `${formatEuroExact(cents)}/u voor "${role}" ligt boven het maximum van ${formatEuro(cap.cents)}/u excl. btw (${cap.source}, ${cap.sourceUrl}). Het tarief is wel opgeslagen.`,
    }));
}
