import { eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, type Db } from '@app/db';

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
  if (lineRows.length > 0) {
    await tx.insert(budgetLines).values(lineRows.map(({ id: _rowId, createdAt: _rowCreated, ...row }) => ({ ...row, budgetId: toBudgetId })));
  }
}
