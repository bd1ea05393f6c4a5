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
  CATALOG_IMPORT_FIELDS,
  FIELD_LABELS,
  REQUIRED_FIELDS,
  mapCatalogRows,
  suggestCatalogMapping,
  type CatalogColumnMapping,
  type CatalogImportField,
  type ImportedCatalogLine,
  type ImportRowError,
} from './import/catalog-mapping.ts';
export { readBudgetWorkbook, applyWorkbookChanges, changedTables, type BudgetWorkbookChanges, type CellIssue, type LineChange } from './import/budget-workbook.ts';
export { buildAmendmentPdf } from './pdf/render.ts';
export { buildAmendmentWorkbook, createAmendmentWorkbook, AMENDMENT_SHEET, type AmendmentFigure } from './xlsx/amendment-workbook.ts';
