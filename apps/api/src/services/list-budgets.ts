import type { RequestScope } from './request-scope.ts';
import type { BudgetSummary } from '@app/schemas';
import { loadBudgetAggregates, toBudgetSummary } from './budget-aggregate.ts';

/**
 * Budgets, developments and lines are read in one snapshot (repeatable read): a budget created or
 * deleted between the reads must not leave a summary without its rows.
 */
export async function listBudgets(scope: RequestScope): Promise<BudgetSummary[]> {
  const { db, cache, organisationId } = scope;
  const aggregates = await db.transaction((tx) => loadBudgetAggregates(tx, cache, organisationId), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
  return aggregates.map(toBudgetSummary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
