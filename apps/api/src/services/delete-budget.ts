import { and, eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import { assertNotFrozen, lockBudget, type BudgetScope } from './budget-mutation.ts';
import { recordBudgetChanges, snapshotBudget } from './audit-budget-change.ts';

/** Deletes a budget with its developments and lines; its scenarios stay as stand-alone budgets
 * (refused while one of them is submitted or adopted: that would change a frozen budget). */
export async function deleteBudget(scope: BudgetScope, budgetId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const budget = await lockBudget(tx, scope.organisationId, budgetId, undefined);
    // Deleting a base detaches its scenarios (base_budget_id → null): a frozen scenario must keep its base.
    const scenarios = await tx
      .select()
      .from(budgets)
      .where(and(eq(budgets.baseBudgetId, budgetId), eq(budgets.organisationId, scope.organisationId)))
      .for('update');
    for (const scenario of scenarios) assertNotFrozen(scenario, 'Het scenario');
    const before = await snapshotBudget(tx, budget);
    await tx.delete(budgets).where(eq(budgets.id, budgetId));
    await recordBudgetChanges(tx, { organisationId: scope.organisationId, userId: scope.userId ?? null }, before, null);
  });
}
