import { eq } from 'drizzle-orm';
import { budgetAllocations, type Db } from '@app/db';
import type { AllocationKey } from '@app/engine';

/**
 * Copies a shared budget's allocation keys and member figures to its scenario or new version, in
 * the caller's transaction: keys are versioned with the budget. `lineIds` maps the source's budget
 * line ids to the copy's (line keys follow their line). Nothing to do for an ordinary budget.
 */
export async function copyAllocation(tx: Db, fromBudgetId: string, toBudgetId: string, lineIds: ReadonlyMap<string, string>): Promise<void> {
  const [row] = await tx.select().from(budgetAllocations).where(eq(budgetAllocations.budgetId, fromBudgetId));
  if (!row) return;
  const lineKeys: Record<string, AllocationKey> = {};
  for (const [id, key] of Object.entries(row.keys.lineKeys)) {
    const copied = lineIds.get(id);
    if (copied) lineKeys[copied] = key;
  }
  await tx.insert(budgetAllocations).values({ budgetId: toBudgetId, collaborationId: row.collaborationId, keys: { ...row.keys, lineKeys }, members: row.members });
}
