import type { RequestScope } from '../request-scope.ts';
import { invalidField } from '../../errors.ts';
import { mutateBudgetLine, type LineWrite } from './budget-mutation.ts';
import { updateLineRow } from './budget-lines.ts';

/** "Terug naar model": drops every override of a catalog line. */
export async function resetLineOverride(
  scope: RequestScope,
  budgetId: string,
  budgetLineId: string,
  expectedVersion?: number,
): Promise<LineWrite> {
  return mutateBudgetLine(
    scope,
    budgetId,
    budgetLineId,
    expectedVersion,
    async (tx, _budget, line) => {
      if (line.customLine)
        throw invalidField(
          'params.budgetLineId',
          'is een eigen regel zonder modelwaarden; wijzig of verwijder de regel',
        );
      return updateLineRow(tx, line, { overrides: {}, justification: null, overriddenAt: null });
    },
    'query.version',
  );
}
