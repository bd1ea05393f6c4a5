import type { Db } from '@app/db';
import { transitionBudget, type Actor } from './budget-workflow.ts';

/** Manager: submitted → adopted (vastgesteld). Adopted budgets are immutable; changes need a new version. */
export function adoptBudget(db: Db, actor: Actor, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(db, actor, budgetId, {
    from: 'submitted',
    to: 'adopted',
    kind: 'adopted',
    action: 'adopt',
    comment,
    refusal: 'Alleen een ingediende begroting kan worden vastgesteld.',
  });
}
