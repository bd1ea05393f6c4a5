import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { unpinContributions } from '../collaborations/contribution-lines.ts';
import { unpinFundingSettings } from '../funding/funding-settings.ts';

/** Manager: submitted → draft with a required comment telling the advisor what to change. */
export function sendBackBudget(scope: RequestScope, budgetId: string, comment: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'submitted',
    to: 'draft',
    kind: 'sent-back',
    action: 'send-back',
    comment,
    // Back in draft: the contribution lines follow the shared budget again (ADR 0023), the dekking the live rules.
    alsoWrite: async (tx, budget) => {
      await unpinContributions(tx, budget.id);
      await unpinFundingSettings(tx, budget.id);
    },
    refusal: 'Alleen een ingediende begroting kan worden teruggestuurd.',
  });
}
