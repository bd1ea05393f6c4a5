import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, funding, type Db } from '@app/db';
import { copyAllocation, copyContributions } from '../collaborations/copy-allocation.ts';

/**
 * Copies every development, line (overrides and justifications included) and funding of one
 * budget to another, inside the caller's transaction: the shared step of a scenario and a new
 * version. New line ids are chosen here so a funding of a line follows its copy.
 */
export async function copyBudgetChildren(tx: Db, fromBudgetId: string, toBudgetId: string): Promise<void> {
  const developmentRows = await tx
    .select()
    .from(budgetDevelopments)
    .where(eq(budgetDevelopments.budgetId, fromBudgetId));
  if (developmentRows.length > 0) {
    await tx
      .insert(budgetDevelopments)
      .values(developmentRows.map(({ id: _rowId, ...row }) => ({ ...row, budgetId: toBudgetId })));
  }
  const lineRows = await tx.select().from(budgetLines).where(eq(budgetLines.budgetId, fromBudgetId));
  // Ids chosen here (not by the database) so the copy's line ids are known: a line's funding and a
  // shared budget's line keys follow them.
  const lineIds = new Map(lineRows.map((row) => [row.id, randomUUID()]));
  if (lineRows.length > 0) {
    await tx.insert(budgetLines).values(
      lineRows.map(({ id, createdAt: _rowCreated, ...row }) => ({
        ...row,
        id: lineIds.get(id) as string,
        budgetId: toBudgetId,
      })),
    );
  }
  const fundingRows = await tx.select().from(funding).where(eq(funding.budgetId, fromBudgetId));
  if (fundingRows.length > 0) {
    await tx.insert(funding).values(
      // createdAt is kept: it orders the fundings, and the copy lists them as the original does.
      fundingRows.map(({ id: _rowId, budgetLineId, ...row }) => ({
        ...row,
        budgetId: toBudgetId,
        budgetLineId: budgetLineId ? (lineIds.get(budgetLineId) as string) : null,
      })),
    );
  }
  await copyAllocation(tx, fromBudgetId, toBudgetId, lineIds);
  await copyContributions(tx, fromBudgetId, toBudgetId);
}
