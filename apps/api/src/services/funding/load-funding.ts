import { asc, eq } from 'drizzle-orm';
import { funding, fundLimits, type Db, type FundingRow, type FundLimitRow } from '@app/db';

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
