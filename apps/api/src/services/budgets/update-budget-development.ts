import type { RequestScope } from '../request-scope.ts';
import { and, eq } from 'drizzle-orm';
import { budgetDevelopments, orgUnits } from '@app/db';
import type { BudgetDetail, BudgetDevelopmentPatch } from '@app/schemas';
import { invalidField, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { mutateBudget } from './budget-mutation.ts';

/** Switch a development on/off, set its start year, owner unit, priority or note. */
export async function updateBudgetDevelopment(
  scope: RequestScope,
  budgetId: string,
  budgetDevelopmentId: string,
  patch: BudgetDevelopmentPatch,
): Promise<BudgetDetail> {
  return mutateBudget(scope, budgetId, patch.version, async (tx, budget) => {
    if (!isUuid(budgetDevelopmentId)) throw notFound('Ontwikkeling in deze begroting');
    const [row] = await tx
      .select({ id: budgetDevelopments.id })
      .from(budgetDevelopments)
      .where(and(eq(budgetDevelopments.id, budgetDevelopmentId), eq(budgetDevelopments.budgetId, budget.id)));
    if (!row) throw notFound('Ontwikkeling in deze begroting');
    if (patch.ownerUnitId) {
      const [unit] = await tx
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(and(eq(orgUnits.id, patch.ownerUnitId), eq(orgUnits.organisationId, scope.organisationId)));
      if (!unit) throw invalidField('body.ownerUnitId', 'is geen organisatie-eenheid van deze organisatie');
    }
    const changes: Partial<typeof budgetDevelopments.$inferInsert> = {};
    if (patch.enabled !== undefined) changes.enabled = patch.enabled;
    if (patch.startYear !== undefined) changes.startYear = patch.startYear;
    if (patch.ownerUnitId !== undefined) changes.ownerUnitId = patch.ownerUnitId;
    if (patch.priority !== undefined) changes.priority = patch.priority;
    if (patch.note !== undefined) changes.note = patch.note;
    if (Object.keys(changes).length > 0)
      await tx.update(budgetDevelopments).set(changes).where(eq(budgetDevelopments.id, budgetDevelopmentId));
  });
}
