import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { pinContributions } from '../collaborations/contribution-lines.ts';
import { pinFundingSettings } from '../funding/funding-settings.ts';

/** Advisor: draft → submitted (ingediend ter vaststelling); edits are frozen until it is sent back. */
export function submitBudget(scope: RequestScope, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'draft',
    to: 'submitted',
    kind: 'submitted',
    action: 'submit',
    comment,
    // The contribution lines keep the amounts of this moment (ADR 0023), the dekking its P&C rules.
    alsoWrite: async (tx, budget) => {
      await pinContributions(tx, scope.cache, budget);
      await pinFundingSettings(tx, budget);
    },
    refusal: 'Alleen een conceptbegroting kan worden ingediend.',
  });
}
