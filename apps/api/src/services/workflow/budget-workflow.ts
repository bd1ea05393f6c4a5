import { and, eq, sql } from 'drizzle-orm';
import { budgetComments, budgets, type BudgetRow, type CommentKind, type Db } from '@app/db';
import type { BudgetStatus } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';

/** Who performs a workflow step: the signed-in user of one organisation. */
export interface Actor {
  organisationId: string;
  userId: string | null;
}

export const STATUS_LABELS: Record<BudgetStatus, string> = {
  draft: 'concept',
  submitted: 'ingediend',
  adopted: 'vastgesteld',
};

/** Locks the budget row of the actor's organisation (another organisation's budget is "not found"). */
export async function lockOwnBudget(tx: Db, organisationId: string, budgetId: string): Promise<BudgetRow> {
  if (!isUuid(budgetId)) throw notFound('Begroting');
  const [budget] = await tx
    .select()
    .from(budgets)
    .where(and(eq(budgets.id, budgetId), eq(budgets.organisationId, organisationId)))
    .for('update');
  if (!budget) throw notFound('Begroting');
  return budget;
}

/**
 * One status transition: checks the current status, moves it, bumps the version, and leaves a
 * comment of the step's kind and an audit entry, all in one transaction.
 */
export async function transitionBudget(
  scope: RequestScope,
  budgetId: string,
  step: {
    from: BudgetStatus;
    to: BudgetStatus;
    kind: CommentKind;
    action: string;
    comment?: string | undefined;
    refusal: string;
    /** Extra writes of the step in its transaction (e.g. pinning contribution lines, ADR 0023). */
    alsoWrite?: (tx: Db, budget: BudgetRow) => Promise<void>;
  },
): Promise<void> {
  const actor = actorOf(scope);
  await scope.db.transaction(async (tx) => {
    const budget = await lockOwnBudget(tx, actor.organisationId, budgetId);
    if (budget.status !== step.from) {
      throw new AppError('CONFLICT', `${step.refusal} De begroting is nu ${STATUS_LABELS[budget.status]}.`);
    }
    await tx
      .update(budgets)
      .set({ status: step.to, version: sql`${budgets.version} + 1`, updatedAt: new Date() })
      .where(eq(budgets.id, budget.id));
    if (step.alsoWrite) await step.alsoWrite(tx, budget);
    if (step.comment) {
      await tx.insert(budgetComments).values({
        organisationId: actor.organisationId,
        budgetId: budget.id,
        userId: actor.userId,
        kind: step.kind,
        body: step.comment,
      });
    }
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      budgetId: budget.id,
      entity: 'budget',
      entityId: budget.id,
      action: step.action,
      before: { status: budget.status, version: budget.version },
      after: { status: step.to, version: budget.version + 1 },
      justification: step.comment ?? null,
    });
  });
}
