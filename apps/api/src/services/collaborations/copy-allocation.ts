import { eq } from 'drizzle-orm';
import { budgetAllocations, budgetContributions, type Db } from '@app/db';
import type { AllocationKey } from '@app/engine';

/**
 * Copies a shared budget's allocation keys and member figures to its scenario or new version, in
 * the caller's transaction: keys are versioned with the budget. `lineIds` maps the source's budget
 * line ids to the copy's (line keys follow their line). Nothing to do for an ordinary budget.
 */
export async function copyAllocation(
  tx: Db,
  fromBudgetId: string,
  toBudgetId: string,
  lineIds: ReadonlyMap<string, string>,
): Promise<void> {
  const [row] = await tx.select().from(budgetAllocations).where(eq(budgetAllocations.budgetId, fromBudgetId));
  if (!row) return;
  const lineKeys: Record<string, AllocationKey> = {};
  for (const [id, key] of Object.entries(row.keys.lineKeys)) {
    const copied = lineIds.get(id);
    if (copied) lineKeys[copied] = key;
  }
  await tx.insert(budgetAllocations).values({
    budgetId: toBudgetId,
    collaborationId: row.collaborationId,
    keys: { ...row.keys, lineKeys },
    members: row.members,
  });
}

/**
 * Copies a member budget's contribution links to its scenario or new version, unpinned: the copy is
 * a draft and follows the shared budget again (ADR 0023).
 */
export async function copyContributions(tx: Db, fromBudgetId: string, toBudgetId: string): Promise<void> {
  const rows = await tx.select().from(budgetContributions).where(eq(budgetContributions.budgetId, fromBudgetId));
  if (rows.length === 0) return;
  await tx.insert(budgetContributions).values(
    rows.map((r) => ({
      budgetId: toBudgetId,
      collaborationId: r.collaborationId,
      memberId: r.memberId,
      collaborationName: r.collaborationName,
      pinned: null,
    })),
  );
}
