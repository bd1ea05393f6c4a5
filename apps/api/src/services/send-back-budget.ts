import type { Db } from '@app/db';
import { transitionBudget, type Actor } from './budget-workflow.ts';

/** Manager: submitted → draft with a required comment telling the advisor what to change. */
export function sendBackBudget(db: Db, actor: Actor, budgetId: string, comment: string): Promise<void> {
  return transitionBudget(db, actor, budgetId, {
    from: 'submitted',
    to: 'draft',
    kind: 'sent-back',
    action: 'send-back',
    comment,
    refusal: 'Alleen een ingediende begroting kan worden teruggestuurd.',
  });
}
