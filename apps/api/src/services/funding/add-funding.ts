import { funding } from '@app/db';
import type { FundingCreate, FundingOverview } from '@app/schemas';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import type { RequestScope } from '../request-scope.ts';
import { checkFunding, type FundingValues } from './check-funding.ts';
import { getFundingOverview } from './get-funding-overview.ts';

/** Adds a source of dekking to a line or development of a draft budget (audited, version bumped). */
export async function addFunding(
  scope: RequestScope,
  budgetId: string,
  body: FundingCreate,
): Promise<{ overview: FundingOverview; fundingId: string }> {
  let fundingId = '';
  await mutateBudget(scope, budgetId, body.version, async (tx, budget) => {
    const values: FundingValues = {
      budgetLineId: body.budgetLineId ?? null,
      developmentId: body.developmentId ?? null,
      amountCents: body.amountCents ?? null,
      percentage: body.percentage ?? null,
      startYear: body.startYear,
      endYear: body.endYear ?? null,
      fundLimitId: body.fundLimitId ?? null,
    };
    await checkFunding(tx, budget, values);
    const [row] = await tx
      .insert(funding)
      .values({
        ...values,
        budgetId: budget.id,
        sourceType: body.sourceType,
        status: body.status,
        label: body.label ?? null,
        note: body.note ?? null,
      })
      .returning({ id: funding.id });
    fundingId = row?.id ?? '';
  });
  return { overview: await getFundingOverview(scope, budgetId), fundingId };
}
