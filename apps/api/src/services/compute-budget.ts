import type { CalculationResponse } from '@app/schemas';
import { buildBudgetCalculationInput, loadBudgetAggregate } from './budget-aggregate.ts';
import type { RequestScope } from './request-scope.ts';
import { runEngine } from './run-engine.ts';

/** The server's calculation of a stored budget: the source of truth the browser preview must match. */
export async function computeBudget(scope: RequestScope, budgetId: string, traces: boolean): Promise<CalculationResponse> {
  const aggregate = await loadBudgetAggregate(scope.db, scope.cache, scope.organisationId, budgetId);
  return runEngine(buildBudgetCalculationInput(aggregate), { traces });
}
