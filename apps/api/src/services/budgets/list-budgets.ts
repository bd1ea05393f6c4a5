import { asc, eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import type { RequestScope } from '../request-scope.ts';
import type { BudgetSummary } from '@app/schemas';
import { summariesOfRows } from '../budget-read/budget-results.ts';

/**
 * Budgets, developments and lines are read in one snapshot (repeatable read): a budget created or
 * deleted between the reads must not leave a summary without its rows. Totals come from the
 * result cache; only budgets changed since they were last computed have their lines read.
 */
export async function listBudgets(scope: RequestScope): Promise<BudgetSummary[]> {
  const { db, cache, results, organisationId } = scope;
  const summaries = await db.transaction(
    async (tx) => {
      const rows = await tx
        .select()
        .from(budgets)
        .where(eq(budgets.organisationId, organisationId))
        .orderBy(asc(budgets.createdAt), asc(budgets.id));
      return summariesOfRows(tx, cache, results, organisationId, rows);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
