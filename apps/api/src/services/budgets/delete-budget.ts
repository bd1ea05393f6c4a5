import type { RequestScope } from '../request-scope.ts';
import { and, eq, sql } from 'drizzle-orm';
import { budgets } from '@app/db';
import { lockBudget, lockScenariosNotFrozen } from './budget-mutation.ts';
import { recordBudgetChanges, snapshotBudget } from '../audit/audit-budget-change.ts';
import { recordBudgetEvent } from './budget-event.ts';

/**
 * Deletes a draft budget with its developments and lines (a submitted or adopted one is frozen:
 * 409). Its scenarios stay as stand-alone budgets, each in a family of its own, with an audit entry
 * (refused while one of them is submitted or adopted: that would change a frozen budget).
 */
export async function deleteBudget(scope: RequestScope, budgetId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const budget = await lockBudget(tx, scope.organisationId, budgetId, undefined);
    // Deleting a base detaches its scenarios (base_budget_id → null): a frozen scenario must keep its base.
    await lockScenariosNotFrozen(tx, scope.organisationId, budgetId);
    const detached = await tx
      .update(budgets)
      .set({ baseBudgetId: null, familyId: sql`gen_random_uuid()`, version: sql`${budgets.version} + 1` })
      .where(and(eq(budgets.baseBudgetId, budgetId), eq(budgets.organisationId, scope.organisationId)))
      .returning({ id: budgets.id, familyId: budgets.familyId });
    for (const scenario of detached) {
      await recordBudgetEvent(tx, scope, scenario.id, 'detach', {
        before: { baseBudgetId: budgetId, familyId: budget.familyId },
        after: { baseBudgetId: null, familyId: scenario.familyId },
      });
    }
    const before = await snapshotBudget(tx, budget);
    await tx.delete(budgets).where(eq(budgets.id, budgetId));
    await recordBudgetChanges(tx, { organisationId: scope.organisationId, userId: scope.userId ?? null }, before, null);
  });
}
