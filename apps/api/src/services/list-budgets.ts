import type { Db } from '@app/db';
import type { BudgetSummary } from '@app/schemas';
import type { ReferenceCache } from './reference-cache.ts';
import { loadBudgetAggregates, toBudgetSummary } from './budget-aggregate.ts';

/**
 * Budgets, developments and lines are read in one snapshot (repeatable read): a budget created or
 * deleted between the reads must not leave a summary without its rows.
 */
export async function listBudgets(db: Db, cache: ReferenceCache, organisationId: string): Promise<BudgetSummary[]> {
  const aggregates = await db.transaction((tx) => loadBudgetAggregates(tx, cache, organisationId), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
  return aggregates.map(toBudgetSummary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
