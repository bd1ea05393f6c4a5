import { budgetComments } from '@app/db';
import type { BudgetComment } from '@app/schemas';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertOwnBudget, listBudgetComments } from './list-budget-comments.ts';

/** A remark is allowed in every status (also on adopted budgets: it changes nothing in the budget). */
export async function addBudgetComment(scope: RequestScope, budgetId: string, body: string): Promise<BudgetComment> {
  const { db } = scope;
  const actor = actorOf(scope);
  const id = await db.transaction(async (tx) => {
    await assertOwnBudget(tx, actor.organisationId, budgetId);
    const [row] = await tx
      .insert(budgetComments)
      .values({ organisationId: actor.organisationId, budgetId, userId: actor.userId, kind: 'comment', body })
      .returning({ id: budgetComments.id });
    if (!row) throw new Error('inserting the comment returned no row');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      budgetId,
      entity: 'comment',
      entityId: row.id,
      action: 'create',
      after: { body },
    });
    return row.id;
  });
  const comments = await listBudgetComments(scope, budgetId);
  const created = comments.find((c) => c.id === id);
  if (!created) throw new Error('the new comment is not readable');
  return created;
}
