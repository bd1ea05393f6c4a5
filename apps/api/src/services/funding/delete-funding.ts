import { eq } from 'drizzle-orm';
import { funding } from '@app/db';
import type { FundingOverview } from '@app/schemas';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import type { RequestScope } from '../request-scope.ts';
import { findFunding } from './update-funding.ts';
import { getFundingOverview } from './get-funding-overview.ts';

/** Removes a source of dekking from a draft budget (audited, version bumped). */
export async function deleteFunding(
  scope: RequestScope,
  budgetId: string,
  fundingId: string,
  expectedVersion?: number,
): Promise<FundingOverview> {
  await mutateBudget(
    scope,
    budgetId,
    expectedVersion,
    async (tx, budget) => {
      const row = await findFunding(tx, budget.id, fundingId);
      await tx.delete(funding).where(eq(funding.id, row.id));
    },
    'query.version',
  );
  return getFundingOverview(scope, budgetId);
}
