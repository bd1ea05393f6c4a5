import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { freezeBudgetInputs } from './freeze-budget-inputs.ts';

/** Manager: submitted → adopted (vastgesteld). Adopted budgets are immutable; changes need a new version. */
export function adoptBudget(scope: RequestScope, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'submitted',
    to: 'adopted',
    kind: 'adopted',
    action: 'adopt',
    comment,
    alsoWrite: freezeBudgetInputs(scope),
    refusal: 'Alleen een ingediende begroting kan worden vastgesteld.',
  });
}
