import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { thawBudgetInputs } from './freeze-budget-inputs.ts';

/** Manager: submitted → draft with a required comment telling the advisor what to change. */
export function sendBackBudget(scope: RequestScope, budgetId: string, comment: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'submitted',
    to: 'draft',
    kind: 'sent-back',
    action: 'send-back',
    comment,
    alsoWrite: thawBudgetInputs,
    refusal: 'Alleen een ingediende begroting kan worden teruggestuurd.',
  });
}
