import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, type Db } from '@app/db';
import { copyAllocation, copyContributions } from './collaborations/copy-allocation.ts';

/**
 * Copies every development and line (overrides and justifications included) of one budget to
 * another, inside the caller's transaction: the shared step of a scenario and a new version.
 */
export async function copyBudgetChildren(tx: Db, fromBudgetId: string, toBudgetId: string): Promise<void> {
  const developmentRows = await tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, fromBudgetId));
  if (developmentRows.length > 0) {
    await tx.insert(budgetDevelopments).values(developmentRows.map(({ id: _rowId, ...row }) => ({ ...row, budgetId: toBudgetId })));
  }
  const lineRows = await tx.select().from(budgetLines).where(eq(budgetLines.budgetId, fromBudgetId));
  const lineIds = new Map<string, string>();
  if (lineRows.length > 0) {
    // Ids chosen here (not by the database) so the copy's line ids are known: a shared budget's line keys follow them.
    const copies = lineRows.map(({ id, createdAt: _rowCreated, ...row }) => {
      const copyId = randomUUID();
      lineIds.set(id, copyId);
      return { ...row, id: copyId, budgetId: toBudgetId };
    });
    await tx.insert(budgetLines).values(copies);
  }
  await copyAllocation(tx, fromBudgetId, toBudgetId, lineIds);
  await copyContributions(tx, fromBudgetId, toBudgetId);
}
