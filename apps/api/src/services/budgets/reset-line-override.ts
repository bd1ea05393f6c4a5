import type { RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { budgetLines } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { mutateBudget } from './budget-mutation.ts';
import { findBudgetLine } from './budget-lines.ts';

/** "Terug naar model": drops every override of a catalog line. */
export async function resetLineOverride(
  scope: RequestScope,
  budgetId: string,
  budgetLineId: string,
  expectedVersion?: number,
): Promise<BudgetDetail> {
  return mutateBudget(
    scope,
    budgetId,
    expectedVersion,
    async (tx, budget) => {
      const line = await findBudgetLine(tx, budget.id, budgetLineId);
      if (line.customLine)
        throw invalidField(
          'params.budgetLineId',
          'is een eigen regel zonder modelwaarden; wijzig of verwijder de regel',
        );
      await tx
        .update(budgetLines)
        .set({ overrides: {}, justification: null, overriddenAt: null })
        .where(eq(budgetLines.id, line.id));
    },
    'query.version',
  );
}
