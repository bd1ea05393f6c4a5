import { actorOf, type RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { budgets, budgetVersions } from '@app/db';
import { AppError } from '../../errors.ts';
import { lockOwnBudget } from './budget-workflow.ts';
import { copyBudgetChildren } from '../budgets/copy-budget-children.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * Copies an adopted budget (developments, lines, overrides and justifications) into a new draft
 * that points back at it, so work continues while the adopted version stays frozen. Both versions
 * can be put side by side with GET /api/budgets/compare.
 */
export async function newBudgetVersion(scope: RequestScope, budgetId: string): Promise<string> {
  const { db } = scope;
  const actor = actorOf(scope);
  return db.transaction(async (tx) => {
    const source = await lockOwnBudget(tx, actor.organisationId, budgetId);
    if (source.status !== 'adopted') {
      throw new AppError(
        'CONFLICT',
        'Alleen van een vastgestelde begroting kan een nieuwe versie worden gemaakt; een concept kunt u gewoon wijzigen.',
      );
    }
    // The source row is locked, so parallel calls run one after the other and see each other's version.
    const [existing] = await tx
      .select({ name: budgets.name })
      .from(budgetVersions)
      .innerJoin(budgets, eq(budgets.id, budgetVersions.budgetId))
      .where(eq(budgetVersions.versionOfBudgetId, source.id))
      .limit(1);
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `Van deze vastgestelde begroting bestaat al een nieuwe versie ("${existing.name}"); werk daarin verder.`,
      );
    }
    // `fields` carries the family id: the new version stays in the family and becomes its current base.
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, status: _s, ...fields } = source;
    const [copy] = await tx
      .insert(budgets)
      .values({ ...fields, name: nextVersionName(source.name), status: 'draft', archivedAt: null })
      .returning({ id: budgets.id });
    if (!copy) throw new Error('inserting the new version returned no row');

    await copyBudgetChildren(tx, source.id, copy.id);
    await tx
      .insert(budgetVersions)
      .values({ budgetId: copy.id, versionOfBudgetId: source.id, createdBy: actor.userId });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      budgetId: copy.id,
      entity: 'budget',
      entityId: copy.id,
      action: 'new-version',
      after: { versionOf: source.id, name: nextVersionName(source.name) },
    });
    return copy.id;
  });
}

/** "Begroting 2027" → "Begroting 2027 (versie 2)" → "… (versie 3)". */
export function nextVersionName(name: string): string {
  const match = /^(.*) \(versie (\d+)\)$/.exec(name);
  return match ? `${match[1]} (versie ${Number(match[2]) + 1})` : `${name} (versie 2)`;
}
