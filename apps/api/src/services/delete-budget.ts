import { eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import { lockBudget, lockScenariosNotFrozen, type BudgetScope } from './budget-mutation.ts';
import { recordBudgetChanges, snapshotBudget } from './audit-budget-change.ts';

/** Deletes a budget with its developments and lines; its scenarios stay as stand-alone budgets
 * (refused while one of them is submitted or adopted: that would change a frozen budget). */
export async function deleteBudget(scope: BudgetScope, budgetId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const budget = await lockBudget(tx, scope.organisationId, budgetId, undefined);
    // Deleting a base detaches its scenarios (base_budget_id → null): a frozen scenario must keep its base.
    await lockScenariosNotFrozen(tx, scope.organisationId, budgetId);
    const before = await snapshotBudget(tx, budget);
    await tx.delete(budgets).where(eq(budgets.id, budgetId));
    await recordBudgetChanges(tx, { organisationId: scope.organisationId, userId: scope.userId ?? null }, before, null);
  });
}
