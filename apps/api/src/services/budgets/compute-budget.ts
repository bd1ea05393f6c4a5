import type { CalculationResponse } from '@app/schemas';
import { buildBudgetCalculationInput, loadBudgetAggregate } from './budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { runEngine } from '../run-engine.ts';
import { resultOfAggregate } from '../budget-read/budget-results.ts';

/**
 * The server's calculation of a stored budget: the source of truth the browser preview must match.
 * The result is computed once per state of the budget (budget-read/budget-results.ts); traces only
 * when asked for.
 */
export async function computeBudget(
  scope: RequestScope,
  budgetId: string,
  traces: boolean,
): Promise<CalculationResponse> {
  const aggregate = await loadBudgetAggregate(scope.db, scope.cache, scope.organisationId, budgetId);
  const input = buildBudgetCalculationInput(aggregate);
  if (traces) return runEngine(input, { traces });
  return { input, result: resultOfAggregate(scope.results, aggregate) };
}
