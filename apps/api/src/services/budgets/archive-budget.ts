import { eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import type { BudgetArchiveResult } from '@app/schemas';
import { AppError } from '../../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import { lockOwnBudget } from '../workflow/budget-workflow.ts';
import { recordBudgetEvent } from './budget-event.ts';

/**
 * Archives a budget (hides it from the default family list) or brings it back. Archiving is about
 * the list, not the budget: it does not change content, version or "last change", so it is allowed
 * on an adopted budget (ADR 0012). A submitted budget waits for the manager and stays visible.
 * Asking for the state the budget is already in changes nothing and records nothing.
 */
export async function setBudgetArchived(
  scope: RequestScope,
  budgetId: string,
  archived: boolean,
): Promise<BudgetArchiveResult> {
  return scope.db.transaction(async (tx) => {
    const budget = await lockOwnBudget(tx, scope.organisationId, budgetId);
    if (archived && budget.status === 'submitted') {
      throw new AppError(
        'CONFLICT',
        `"${budget.name}" is ingediend ter vaststelling en kan niet worden gearchiveerd. De manager stelt haar eerst vast of stuurt haar terug.`,
      );
    }
    if ((budget.archivedAt !== null) === archived)
      return { id: budget.id, familyId: budget.familyId, archivedAt: budget.archivedAt?.toISOString() ?? null };
    const archivedAt = archived ? new Date() : null;
    // updatedAt is set explicitly so the ORM's onUpdate does not move "last change".
    await tx.update(budgets).set({ archivedAt, updatedAt: budget.updatedAt }).where(eq(budgets.id, budget.id));
    await recordBudgetEvent(tx, scope, budget.id, archived ? 'archive' : 'unarchive', {
      before: { archivedAt: budget.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { id: budget.id, familyId: budget.familyId, archivedAt: archivedAt?.toISOString() ?? null };
  });
}
