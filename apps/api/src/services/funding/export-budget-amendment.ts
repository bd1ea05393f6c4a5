import { buildAmendmentPdf, buildAmendmentWorkbook } from '@app/export';
import type { AmendmentQuery } from '@app/schemas';
import { exportFileBase } from '../exports/export-file.ts';
import { loadBudgetAggregate } from '../budgets/budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { getBudgetAmendment } from './get-budget-amendment.ts';

/** The begrotingswijziging as .xlsx or .pdf, with the same figures as GET …/begrotingswijziging. */
export async function exportBudgetAmendment(
  scope: RequestScope,
  budgetId: string,
  query: AmendmentQuery,
  format: 'xlsx' | 'pdf',
  generatedAt: Date,
): Promise<{ body: Buffer; fileName: string }> {
  const data = await getBudgetAmendment(scope, budgetId, query);
  const { budget } = await loadBudgetAggregate(scope.db, scope.cache, scope.organisationId, budgetId);
  const meta = { municipalityName: budget.profileName, generatedAt };
  const body = format === 'xlsx' ? await buildAmendmentWorkbook(data, meta) : await buildAmendmentPdf(data, meta);
  return {
    body,
    fileName: `${exportFileBase(budget.profileName, budget.firstYear, ['begrotingswijziging'])}.${format}`,
  };
}
