import ExcelJS from 'exceljs';
import type { BudgetExportInput } from '../meta.ts';
import { domainKeysInOrder, domainName } from '../flat-rows.ts';
import { toDate } from '../format.ts';
import { ASSUMPTIONS_SHEET, writeAssumptionsSheet } from './assumptions-sheet.ts';
import { LINES_SHEET, writeLinesSheet, type LinesSheetInfo } from './lines-sheet.ts';
import { safeSheetName } from './styles.ts';
import { FUNDING_SHEET, writeFundingSheet, type FundingFigure } from './funding-sheet.ts';
import { type FigureCell, writeDomainSheet, writeNotesSheet, writeSummarySheet } from './summary-sheets.ts';

export const SUMMARY_SHEET = 'Samenvatting';
export const NOTES_SHEET = 'Toelichting';

/** The workbook plus where its figures are, for tests that recalculate it and compare with the engine. */
export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  lines: LinesSheetInfo;
  figures: FigureCell[];
  /** Figure cells of the Dekking sheet (only with funding). */
  fundingFigures: FundingFigure[];
}

/** Builds the ExcelJS workbook (see buildBudgetWorkbook for the bytes). */
export function createBudgetWorkbook({ input, result, meta, funding }: BudgetExportInput): BuiltWorkbook {
  const wb = new ExcelJS.Workbook();
  const generated = toDate(meta.generatedAt);
  wb.creator = 'ICT-begrotingsplanner';
  wb.lastModifiedBy = 'ICT-begrotingsplanner';
  wb.title = `ICT-begroting ${meta.municipalityName} — ${meta.budgetName}`;
  wb.subject = `Meerjarige ICT-begroting ${result.years[0] ?? input.firstYear}–${result.years[result.years.length - 1] ?? input.firstYear}`;
  wb.company = meta.municipalityName;
  wb.description = `Status ${meta.status}, versie ${meta.version}. Catalogus: ${meta.editionName}.`;
  wb.created = generated;
  wb.modified = generated;
  // Ask Excel to recalculate everything on open, so edited inputs never show stale cached results.
  wb.calcProperties = { fullCalcOnLoad: true };

  const taken = new Set<string>(
    [SUMMARY_SHEET, LINES_SHEET, ASSUMPTIONS_SHEET, NOTES_SHEET, ...(funding ? [FUNDING_SHEET] : [])].map((s) =>
      s.toLowerCase(),
    ),
  );
  const summary = wb.addWorksheet(SUMMARY_SHEET, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  const domainKeys = domainKeysInOrder(input, result, meta).filter((k) => result.byDomain[k] != null);
  const domainSheets = domainKeys.map((key) => ({
    key,
    ws: wb.addWorksheet(safeSheetName(domainName(meta, key), taken)),
  }));
  const fundingWs = funding ? wb.addWorksheet(FUNDING_SHEET, { properties: { tabColor: { argb: 'FF548235' } } }) : null;
  const linesWs = wb.addWorksheet(LINES_SHEET);
  const assumptionsWs = wb.addWorksheet(ASSUMPTIONS_SHEET, { properties: { tabColor: { argb: 'FFFFC000' } } });
  const notesWs = wb.addWorksheet(NOTES_SHEET);

  const refs = writeAssumptionsSheet(assumptionsWs, input, meta);
  const lines = writeLinesSheet(linesWs, input, result, meta, refs);
  const figures: FigureCell[] = [];
  writeSummarySheet(summary, input, result, meta, lines, figures, refs);
  for (const { key, ws } of domainSheets) writeDomainSheet(ws, key, input, result, meta, lines, figures);
  writeNotesSheet(notesWs, meta, input);
  const fundingFigures = fundingWs && funding ? writeFundingSheet(fundingWs, input, result, meta, lines, funding) : [];
  keepZeroResults(wb);
  return { workbook: wb, lines, figures, fundingFigures };
}

/**
 * exceljs drops a formula's cached result when it is 0 (its value setter copies only truthy
 * fields), which would leave every zero year blank in viewers that do not recalculate. Every
 * formula here is written with a numeric result, so a missing one can only be a 0: put it back on
 * the cell's formula value, from where the writer does emit `<v>0</v>`.
 */
function keepZeroResults(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula || cell.result !== undefined) return;
        (cell as unknown as { _value: { result: number } })._value.result = 0;
      }),
    );
  }
}

/**
 * The budget as an .xlsx: Samenvatting, one sheet per domain, Regels (every line-year as a live
 * formula), Uitgangspunten (the inputs), Toelichting (overrides). Cached results are the engine's
 * figures, so viewers that do not recalculate show the same numbers.
 */
export async function buildBudgetWorkbook(data: BudgetExportInput): Promise<Buffer> {
  const { workbook } = createBudgetWorkbook(data);
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
