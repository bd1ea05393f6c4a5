import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { freezeBudgetInputs } from './freeze-budget-inputs.ts';

/** Advisor: draft → submitted (ingediend ter vaststelling); edits are frozen until it is sent back. */
export function submitBudget(scope: RequestScope, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'draft',
    to: 'submitted',
    kind: 'submitted',
    action: 'submit',
    comment,
    alsoWrite: freezeBudgetInputs(scope),
    refusal: 'Alleen een conceptbegroting kan worden ingediend.',
  });
}
