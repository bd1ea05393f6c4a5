import { and, eq, inArray, sql } from 'drizzle-orm';
import { budgetDevelopments, budgets, orgUnits } from '@app/db';
import { AppError, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Developments it owned in draft budgets keep running without an owner (the foreign key sets null);
 * each such budget gets a history entry per development and a new version, so an open editor
 * reloads instead of overwriting the change.
 * Refused while a submitted or adopted budget has a development it owns: that would change a frozen
 * budget. Those budgets are locked first, so a parallel submit cannot slip in between.
 */
export async function deleteOrgUnit(scope: RequestScope, id: string): Promise<void> {
  const { db, organisationId, userId } = scope;
  if (!isUuid(id)) throw notFound('Organisatie-eenheid');
  await db.transaction(async (tx) => {
    const owning = await tx
      .select({
        budgetId: budgets.id,
        name: budgets.name,
        status: budgets.status,
        developmentId: budgetDevelopments.id,
      })
      .from(budgets)
      .innerJoin(budgetDevelopments, eq(budgetDevelopments.budgetId, budgets.id))
      .where(and(eq(budgets.organisationId, organisationId), eq(budgetDevelopments.ownerUnitId, id)))
      .for('update', { of: budgets });
    // FOR UPDATE rules out DISTINCT; a budget owning several developments appears once per development.
    const frozen = [...new Set(owning.filter((budget) => budget.status !== 'draft').map((budget) => budget.name))];
    if (frozen.length > 0) {
      throw new AppError(
        'CONFLICT',
        `Deze organisatie-eenheid is eigenaar van ontwikkelingen in een ingediende of vastgestelde begroting (${frozen.map((name) => `"${name}"`).join(', ')}) en kan daarom niet worden verwijderd.`,
      );
    }
    const deleted = await tx
      .delete(orgUnits)
      .where(and(eq(orgUnits.id, id), eq(orgUnits.organisationId, organisationId)))
      .returning({ id: orgUnits.id, name: orgUnits.name });
    if (deleted.length === 0) throw notFound('Organisatie-eenheid');
    const unitName = deleted[0]!.name;
    await recordAudit(tx, {
      organisationId,
      userId,
      entity: 'org_unit',
      entityId: id,
      action: 'delete',
      before: { name: unitName },
    });
    for (const owned of owning) {
      await recordAudit(tx, {
        organisationId,
        userId,
        budgetId: owned.budgetId,
        entity: 'budget_development',
        entityId: owned.developmentId,
        action: 'update',
        before: { ownerUnitId: id },
        after: { ownerUnitId: null },
        justification: `Organisatie-eenheid "${unitName}" is verwijderd.`,
      });
    }
    const drafts = [...new Set(owning.map((owned) => owned.budgetId))];
    if (drafts.length > 0) {
      await tx
        .update(budgets)
        .set({ version: sql`${budgets.version} + 1` })
        .where(inArray(budgets.id, drafts));
    }
  });
}
