import { asc, eq } from 'drizzle-orm';
import { funding, fundLimits, type Db, type FundingRow, type FundLimitRow } from '@app/db';
import type { FundLimit } from '@app/schemas';

/** The fundings of one budget (the caller has checked the budget is the organisation's). */
export function loadBudgetFunding(db: Db, budgetId: string): Promise<FundingRow[]> {
  return db
    .select()
    .from(funding)
    .where(eq(funding.budgetId, budgetId))
    .orderBy(asc(funding.createdAt), asc(funding.id));
}

/** Every known fund maximum (shared reference data). */
export function loadFundLimits(db: Db): Promise<FundLimitRow[]> {
  return db.select().from(fundLimits).orderBy(asc(fundLimits.label));
}

/** A fund maximum as the API shows it (the row without its timestamps). */
export function fundLimitView(l: FundLimitRow): FundLimit {
  return {
    id: l.id,
    label: l.label,
    maxCents: l.maxCents,
    validFrom: l.validFrom,
    source: l.source,
    sourceUrl: l.sourceUrl,
    note: l.note,
  };
}
