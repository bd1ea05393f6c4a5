import type { Db } from '@app/db';
import type { BudgetSummary } from '@app/schemas';
import type { ReferenceCache } from './reference-cache.ts';
import { loadBudgetAggregates, toBudgetSummary } from './budget-aggregate.ts';

export async function listBudgets(db: Db, cache: ReferenceCache, organisationId: string): Promise<BudgetSummary[]> {
  const aggregates = await loadBudgetAggregates(db, cache, organisationId);
  return aggregates.map(toBudgetSummary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
