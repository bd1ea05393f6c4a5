import { and, asc, eq } from 'drizzle-orm';
import { budgetComments, budgets, users, type Db } from '@app/db';
import type { BudgetComment } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';

/** 404 unless the budget exists in the organisation (another organisation's reads as absent). */
export async function assertOwnBudget(db: Db, organisationId: string, budgetId: string): Promise<void> {
  if (!isUuid(budgetId)) throw notFound('Begroting');
  const [row] = await db
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.id, budgetId), eq(budgets.organisationId, organisationId)));
  if (!row) throw notFound('Begroting');
}

/** Comments and workflow remarks on a budget, oldest first. */
export async function listBudgetComments(scope: RequestScope, budgetId: string): Promise<BudgetComment[]> {
  const { db, organisationId } = scope;
  await assertOwnBudget(db, organisationId, budgetId);
  const rows = await db
    .select({
      id: budgetComments.id,
      budgetId: budgetComments.budgetId,
      kind: budgetComments.kind,
      body: budgetComments.body,
      createdAt: budgetComments.createdAt,
      authorId: users.id,
      authorName: users.displayName,
      authorRole: users.role,
    })
    .from(budgetComments)
    .leftJoin(users, eq(users.id, budgetComments.userId))
    .where(and(eq(budgetComments.budgetId, budgetId), eq(budgetComments.organisationId, organisationId)))
    .orderBy(asc(budgetComments.createdAt), asc(budgetComments.id));
  return rows.map((row) => ({
    id: row.id,
    budgetId: row.budgetId,
    kind: row.kind,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: row.authorId ? { id: row.authorId, displayName: row.authorName ?? '', role: row.authorRole ?? '' } : null,
  }));
}
