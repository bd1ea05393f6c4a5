import { and, eq } from 'drizzle-orm';
import { budgetLines, type BudgetLineRow, type Db } from '@app/db';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';

/** A line of this budget, or 404 (a line of another budget is "not found" too). */
export async function findBudgetLine(tx: Db, budgetId: string, budgetLineId: string): Promise<BudgetLineRow> {
  if (!isUuid(budgetLineId)) throw notFound('Begrotingsregel');
  const [line] = await tx
    .select()
    .from(budgetLines)
    .where(and(eq(budgetLines.id, budgetLineId), eq(budgetLines.budgetId, budgetId)));
  if (!line) throw notFound('Begrotingsregel');
  return line;
}

/** Writes fields of one line and returns the row as stored. */
export async function updateLineRow(
  tx: Db,
  budgetLineId: string,
  set: Partial<Pick<BudgetLineRow, 'overrides' | 'customLine' | 'justification' | 'overriddenAt'>>,
): Promise<BudgetLineRow> {
  const [row] = await tx.update(budgetLines).set(set).where(eq(budgetLines.id, budgetLineId)).returning();
  if (!row) throw notFound('Begrotingsregel');
  return row;
}
