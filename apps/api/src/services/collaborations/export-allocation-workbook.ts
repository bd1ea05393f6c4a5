import { buildSharedBudgetWorkbook } from '@app/export';
import { loadBudgetExport } from '../exports/export-budget.ts';
import type { ExportFile } from '../exports/export-file.ts';
import type { RequestScope } from '../request-scope.ts';
import { allocationExport } from './allocation-export.ts';

/** The shared budget's workbook (every budget sheet) with the live allocation sheet "Verdeling". */
export async function exportAllocationWorkbook(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
): Promise<ExportFile> {
  const generatedAt = new Date();
  const data = await allocationExport(scope, collaborationId, budgetId, generatedAt);
  const budget = await loadBudgetExport(scope, budgetId, generatedAt);
  return {
    body: await buildSharedBudgetWorkbook(budget.data, data),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${budget.fileBase}-verdeling.xlsx`,
  };
}
