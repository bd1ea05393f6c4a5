export type { AssumptionSource, BudgetExportInput, ExportMeta, OverrideNote } from './meta.ts';
export { buildBudgetWorkbook, createBudgetWorkbook, type BuiltWorkbook } from './xlsx/workbook.ts';
export { buildLinesCsv, buildTotalsCsv, csvDocument } from './csv.ts';
export { exportChecks, type ExportChecks } from './checks.ts';
export { buildBudgetJson } from './json.ts';
export { formatEuro, formatNumber, formatDate } from './format.ts';
export * from './labels.ts';
export { buildBudgetPdf } from './pdf/render.ts';
export { readUploadedTable, cellNumber, UploadError, type UploadedTable, type CellText } from './import/table.ts';
export {
  mapCatalogRows,
  suggestCatalogMapping,
  type ImportedCatalogLine,
  type ImportRowError,
} from './import/catalog-mapping.ts';
export {
  readBudgetWorkbook,
  applyWorkbookChanges,
  changedTables,
  type BudgetWorkbookChanges,
  type CellIssue,
  type LineChange,
} from './import/budget-workbook.ts';
export type { AllocationExportInput, AllocationExportMember } from './collaboration/types.ts';
export { buildContributionCsv } from './collaboration/contribution-csv.ts';
export { buildContributionPdf, contributionDocument } from './collaboration/contribution-pdf.ts';
export {
  ALLOCATION_SHEET,
  addAllocationSheet,
  buildSharedBudgetWorkbook,
  createSharedBudgetWorkbook,
  type AllocationSheetInfo,
} from './collaboration/allocation-sheet.ts';
export { keyText } from './collaboration/key-text.ts';
export { buildAmendmentPdf } from './pdf/render.ts';
export {
  buildAmendmentWorkbook,
  createAmendmentWorkbook,
  AMENDMENT_SHEET,
  type AmendmentFigure,
} from './xlsx/amendment-workbook.ts';
