import type { RequestScope } from '../request-scope.ts';
import { transitionBudget } from './budget-workflow.ts';
import { pinContributions } from '../collaborations/contribution-lines.ts';
import { pinFundingSettings } from '../funding/funding-settings.ts';

/** Manager: submitted → adopted (vastgesteld). Adopted budgets are immutable; changes need a new version. */
export function adoptBudget(scope: RequestScope, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(scope, budgetId, {
    from: 'submitted',
    to: 'adopted',
    kind: 'adopted',
    action: 'adopt',
    comment,
    // The contribution lines keep the amounts of this moment (ADR 0023), the dekking its P&C rules.
    alsoWrite: async (tx, budget) => {
      await pinContributions(tx, scope.cache, budget);
      await pinFundingSettings(tx, budget);
    },
    refusal: 'Alleen een ingediende begroting kan worden vastgesteld.',
  });
}
