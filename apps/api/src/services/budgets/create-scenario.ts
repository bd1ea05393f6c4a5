import { budgets } from '@app/db';
import type { BudgetDetail, ScenarioCreate } from '@app/schemas';
import { getBudgetDetail } from './budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { lockOwnBudget } from '../workflow/budget-workflow.ts';
import { copyBudgetChildren } from './copy-budget-children.ts';
import { recordBudgetEvent } from './budget-event.ts';

/** Copies a budget with all developments, lines and overrides into a named scenario of it, in one transaction. */
export async function createScenario(
  scope: RequestScope,
  budgetId: string,
  body: ScenarioCreate,
): Promise<BudgetDetail> {
  const scenarioId = await scope.db.transaction(async (tx) => {
    // Any status will do: an adopted budget is frozen, but copying it into a scenario is exactly how one works on.
    const budget = await lockOwnBudget(tx, scope.organisationId, budgetId);
    // `fields` carries the family id: a scenario belongs to its base's family.
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      version: _version,
      status: _status,
      ...fields
    } = budget;
    const [scenario] = await tx
      .insert(budgets)
      .values({
        ...fields,
        baseBudgetId: budget.id,
        scenarioName: body.scenarioName,
        status: 'draft',
        archivedAt: null,
      })
      .returning({ id: budgets.id });
    if (!scenario) throw new Error('inserting the scenario returned no row');

    await copyBudgetChildren(tx, budget.id, scenario.id);
    await recordBudgetEvent(tx, scope, scenario.id, 'create-scenario', {
      after: { baseBudgetId: budget.id, scenarioName: body.scenarioName },
    });
    return scenario.id;
  });
  return getBudgetDetail(scope, scenarioId);
}
