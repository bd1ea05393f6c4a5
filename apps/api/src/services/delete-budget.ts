import { eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import { lockBudget, type BudgetScope } from './budget-mutation.ts';
import { recordBudgetChanges, snapshotBudget } from './audit-budget-change.ts';

/** Deletes a budget with its developments and lines; its scenarios stay as stand-alone budgets. */
export async function deleteBudget(scope: BudgetScope, budgetId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const budget = await lockBudget(tx, scope.organisationId, budgetId, undefined);
    const before = await snapshotBudget(tx, budget);
    await tx.delete(budgets).where(eq(budgets.id, budgetId));
    await recordBudgetChanges(tx, { organisationId: scope.organisationId, userId: scope.userId ?? null }, before, null);
  });
}
