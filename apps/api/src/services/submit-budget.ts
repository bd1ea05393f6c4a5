import type { Db } from '@app/db';
import { transitionBudget, type Actor } from './budget-workflow.ts';

/** Advisor: draft → submitted (ingediend ter vaststelling); edits are frozen until it is sent back. */
export function submitBudget(db: Db, actor: Actor, budgetId: string, comment?: string): Promise<void> {
  return transitionBudget(db, actor, budgetId, {
    from: 'draft',
    to: 'submitted',
    kind: 'submitted',
    action: 'submit',
    comment,
    refusal: 'Alleen een conceptbegroting kan worden ingediend.',
  });
}
