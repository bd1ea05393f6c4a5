import type { RequestScope } from '../request-scope.ts';
import { and, eq, sql } from 'drizzle-orm';
import { budgets, collaborations } from '@app/db';
import { AppError } from '../../errors.ts';
import { lockBudget, lockScenariosNotFrozen } from './budget-mutation.ts';
import { recordBudgetChanges, snapshotBudget } from '../audit/audit-budget-change.ts';
import { recordBudgetEvent } from './budget-event.ts';

/**
 * Deletes a draft budget with its developments and lines (a submitted or adopted one is frozen:
 * 409). Its scenarios stay as stand-alone budgets, each in a family of its own, with an audit entry
 * (refused while one of them is submitted or adopted: that would change a frozen budget). The base
 * of a collaboration's shared budget is not deleted (409): the collaboration would lose it.
 */
export async function deleteBudget(scope: RequestScope, budgetId: string): Promise<void> {
  await scope.db.transaction(async (tx) => {
    const budget = await lockBudget(tx, scope.organisationId, budgetId, undefined);
    if (budget.baseBudgetId === null) {
      // The base of a shared budget's family is what the collaboration and its partners read: without
      // it the collaboration has no shared budget and no way to get one back.
      const [shared] = await tx
        .select({ name: collaborations.name })
        .from(collaborations)
        .where(
          and(
            eq(collaborations.budgetFamilyId, budget.familyId),
            eq(collaborations.organisationId, scope.organisationId),
          ),
        );
      if (shared)
        throw new AppError(
          'CONFLICT',
          `Dit is de gedeelde begroting van de samenwerking "${shared.name}" en kan niet worden verwijderd. Wilt u deze versie kwijt, maak dan eerst een scenario de basis en verwijder daarna dit scenario.`,
        );
    }
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
