import type { RequestScope } from '../request-scope.ts';
import { and, eq, ne } from 'drizzle-orm';
import { budgets } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { getBudgetDetail } from './budget-aggregate.ts';
import { assertNotFrozen, bumpVersion, lockBudget, lockScenariosNotFrozen } from './budget-mutation.ts';
import { recordAudit } from '../audit/record-audit.ts';

/**
 * The scenario becomes the base: the former base and its other scenarios become scenarios of it.
 * One transaction, both versions bumped. Refused while the base or a sibling is submitted or
 * adopted (frozen): continue from an adopted base with a new version instead.
 */
export async function promoteScenario(scope: RequestScope, scenarioId: string): Promise<BudgetDetail> {
  await scope.db.transaction(async (tx) => {
    const scenario = await lockBudget(tx, scope.organisationId, scenarioId, undefined);
    if (!scenario.baseBudgetId)
      throw new AppError('CONFLICT', 'Deze begroting is geen scenario; alleen een scenario kan basis worden.');
    const [base] = await tx
      .select()
      .from(budgets)
      .where(and(eq(budgets.id, scenario.baseBudgetId), eq(budgets.organisationId, scope.organisationId)))
      .for('update');
    if (!base) throw new AppError('CONFLICT', 'De basisbegroting van dit scenario bestaat niet meer.');
    // Promoting rewrites the base and every sibling (name, base link, version): none may be frozen.
    assertNotFrozen(base, 'De basisbegroting');
    await lockScenariosNotFrozen(tx, scope.organisationId, base.id, scenario.id);

    // Siblings first, so the self-reference never points the wrong way mid-transaction.
    await tx
      .update(budgets)
      .set({ baseBudgetId: scenario.id })
      .where(
        and(
          eq(budgets.baseBudgetId, base.id),
          ne(budgets.id, scenario.id),
          eq(budgets.organisationId, scope.organisationId),
        ),
      );
    await tx
      .update(budgets)
      .set({ baseBudgetId: base.baseBudgetId, scenarioName: null })
      .where(eq(budgets.id, scenario.id));
    await tx
      .update(budgets)
      .set({ baseBudgetId: scenario.id, scenarioName: base.scenarioName ?? `Vorige basis (${base.name})` })
      .where(eq(budgets.id, base.id));
    await bumpVersion(tx, scenario.id);
    await bumpVersion(tx, base.id);
    const who = {
      organisationId: scope.organisationId,
      userId: scope.userId ?? null,
      entity: 'budget',
      action: 'promote',
    };
    await recordAudit(tx, {
      ...who,
      budgetId: scenario.id,
      entityId: scenario.id,
      before: { baseBudgetId: scenario.baseBudgetId, scenarioName: scenario.scenarioName },
      after: { baseBudgetId: base.baseBudgetId, scenarioName: null },
    });
    await recordAudit(tx, {
      ...who,
      budgetId: base.id,
      entityId: base.id,
      before: { baseBudgetId: base.baseBudgetId, scenarioName: base.scenarioName },
      after: { baseBudgetId: scenario.id },
    });
  });
  return getBudgetDetail(scope, scenarioId);
}
