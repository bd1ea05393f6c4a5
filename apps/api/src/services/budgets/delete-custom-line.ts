import type { RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { budgetLines } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { mutateBudget } from './budget-mutation.ts';
import { findBudgetLine } from './budget-lines.ts';

/** Only own lines can be deleted; catalog lines are overridden or their development is switched off. */
export async function deleteCustomLine(
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
      if (!line.customLine) {
        throw invalidField(
          'params.budgetLineId',
          'is een catalogusregel; die kun je niet verwijderen (overschrijf de regel of zet de ontwikkeling uit)',
        );
      }
      await tx.delete(budgetLines).where(eq(budgetLines.id, line.id));
    },
    'query.version',
  );
}
