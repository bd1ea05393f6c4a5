import { and, eq } from 'drizzle-orm';
import { budgetContributions } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Removes a contribution line from a (draft) budget of the caller's organisation. */
export async function removeBudgetContribution(
  scope: RequestScope,
  budgetId: string,
  contributionId: string,
  version: number | undefined,
): Promise<BudgetDetail> {
  return mutateBudget(
    scope,
    budgetId,
    version,
    async (tx, budget) => {
      if (!isUuid(contributionId)) throw notFound('Bijdrage');
      const [removed] = await tx
        .delete(budgetContributions)
        .where(and(eq(budgetContributions.id, contributionId), eq(budgetContributions.budgetId, budget.id)))
        .returning();
      if (!removed) throw notFound('Bijdrage');
      await recordAudit(tx, {
        organisationId: scope.organisationId,
        userId: scope.userId,
        budgetId: budget.id,
        entity: 'budget_contribution',
        entityId: removed.id,
        action: 'delete',
        before: { collaborationId: removed.collaborationId, collaborationName: removed.collaborationName },
      });
    },
    'query.version',
  );
}
