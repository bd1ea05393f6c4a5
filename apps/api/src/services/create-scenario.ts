import { eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, budgets } from '@app/db';
import type { BudgetDetail, ScenarioCreate } from '@app/schemas';
import { AppError } from '../errors.ts';
import { getBudgetDetail } from './budget-aggregate.ts';
import { lockBudget, type BudgetScope } from './budget-mutation.ts';
import { recordAudit } from './record-audit.ts';

/** Copies a budget with all developments, lines and overrides into a named scenario of it, in one transaction. */
export async function createScenario(scope: BudgetScope, budgetId: string, body: ScenarioCreate): Promise<BudgetDetail> {
  const scenarioId = await scope.db.transaction(async (tx) => {
    const source = await lockBudget(tx, scope.organisationId, budgetId, undefined).catch((error: unknown) => {
      // An adopted budget is frozen, but copying it into a scenario is exactly how one works on.
      if (error instanceof AppError && error.code === 'CONFLICT') return null;
      throw error;
    });
    const budget = source ?? (await tx.select().from(budgets).where(eq(budgets.id, budgetId)))[0];
    if (!budget) throw new AppError('NOT_FOUND', 'Begroting niet gevonden.');
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, version: _version, status: _status, ...fields } = budget;
    const [scenario] = await tx
      .insert(budgets)
      .values({ ...fields, baseBudgetId: budget.id, scenarioName: body.scenarioName, status: 'draft' })
      .returning({ id: budgets.id });
    if (!scenario) throw new Error('inserting the scenario returned no row');

    const developmentRows = await tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id));
    if (developmentRows.length > 0) {
      await tx.insert(budgetDevelopments).values(developmentRows.map(({ id: _rowId, ...row }) => ({ ...row, budgetId: scenario.id })));
    }
    const lineRows = await tx.select().from(budgetLines).where(eq(budgetLines.budgetId, budget.id));
    if (lineRows.length > 0) {
      await tx.insert(budgetLines).values(lineRows.map(({ id: _rowId, createdAt: _rowCreated, ...row }) => ({ ...row, budgetId: scenario.id })));
    }
    await recordAudit(tx, {
      organisationId: scope.organisationId,
      userId: scope.userId ?? null,
      budgetId: scenario.id,
      entity: 'budget',
      entityId: scenario.id,
      action: 'create-scenario',
      after: { baseBudgetId: budget.id, scenarioName: body.scenarioName },
    });
    return scenario.id;
  });
  return getBudgetDetail(scope.db, scope.cache, scope.organisationId, scenarioId);
}
