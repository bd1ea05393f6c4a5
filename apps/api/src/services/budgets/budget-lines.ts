import { and, eq, sql } from 'drizzle-orm';
import { budgetLines, jsonParam, preparedStatement, timestampParam, type BudgetLineRow, type Db } from '@app/db';
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

/** The columns a line write (override, reset) sets. */
type LineFields = Pick<BudgetLineRow, 'overrides' | 'customLine' | 'justification' | 'overriddenAt'>;

/**
 * The update of updateLineRow, one prepared statement for every line write: it always sets all
 * four columns (the unchanged ones to their current value), so overrides and resets, custom and
 * catalog lines share it.
 */
const updateLine = preparedStatement('update_budget_line', (db) =>
  db
    .update(budgetLines)
    .set({
      overrides: sql`${sql.placeholder('overrides')}::jsonb`,
      customLine: sql`${sql.placeholder('customLine')}::jsonb`,
      justification: sql`${sql.placeholder('justification')}::text`,
      overriddenAt: sql`${sql.placeholder('overriddenAt')}::timestamptz`,
    })
    .where(eq(budgetLines.id, sql.placeholder('id')))
    .returning(),
);

/**
 * Writes fields of one line and returns the row as stored. `line` is the row as it stands (under
 * the budget's lock): the fields not in `set` are written back unchanged.
 */
export async function updateLineRow(tx: Db, line: BudgetLineRow, set: Partial<LineFields>): Promise<BudgetLineRow> {
  const next: LineFields = { ...pickLineFields(line), ...set };
  const [row] = await updateLine(tx, {
    id: line.id,
    overrides: jsonParam(next.overrides),
    customLine: jsonParam(next.customLine),
    justification: next.justification,
    overriddenAt: timestampParam(next.overriddenAt),
  });
  if (!row) throw notFound('Begrotingsregel');
  return row;
}

const pickLineFields = ({ overrides, customLine, justification, overriddenAt }: BudgetLineRow): LineFields => ({
  overrides,
  customLine,
  justification,
  overriddenAt,
});
