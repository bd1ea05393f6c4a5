import { and, eq } from 'drizzle-orm';
import { funding, type Db, type FundingRow } from '@app/db';
import type { FundingOverview, FundingPatch } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { checkFunding } from './check-funding.ts';
import { getFundingOverview } from './get-funding-overview.ts';

/** A funding of this budget, or 404 (one of another budget is "not found" too). */
export async function findFunding(tx: Db, budgetId: string, fundingId: string): Promise<FundingRow> {
  if (!isUuid(fundingId)) throw notFound('Dekking');
  const [row] = await tx
    .select()
    .from(funding)
    .where(and(eq(funding.id, fundingId), eq(funding.budgetId, budgetId)));
  if (!row) throw notFound('Dekking');
  return row;
}

/** Changes the fields sent; the result is checked as a whole before it is written. */
export async function updateFunding(
  scope: RequestScope,
  budgetId: string,
  fundingId: string,
  patch: FundingPatch,
): Promise<FundingOverview> {
  await mutateBudget(scope, budgetId, patch.version, async (tx, budget) => {
    const row = await findFunding(tx, budget.id, fundingId);
    const { version: _version, ...fields } = patch;
    const changes = Object.fromEntries(
      Object.entries(fields).filter(([, v]) => v !== undefined),
    ) as Partial<FundingRow>;
    const merged = { ...row, ...changes };
    await checkFunding(tx, budget, merged);
    if (Object.keys(changes).length > 0) await tx.update(funding).set(changes).where(eq(funding.id, row.id));
  });
  return getFundingOverview(scope, budgetId);
}
