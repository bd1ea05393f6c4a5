/** Test helpers shared with the API's export tests (not for production code). */
export { findSoffice, parseCsv, recalculateWithLibreOffice, shouldSkipTool } from './libreoffice.ts';
export { eurosOnLine, hasPdftotext, pdfToText } from './poppler.ts';

import ExcelJS from 'exceljs';

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

/** Cached (engine) results of the Samenvatting row whose first cell is `label`, as cents per column B…. */
export function summaryRowCents(wb: ExcelJS.Workbook, label: string, years: number): number[] {
  const ws = wb.getWorksheet('Samenvatting');
  let found: number[] | null = null;
  ws?.eachRow((row) => {
    if (found || row.getCell(1).value !== label) return;
    found = Array.from({ length: years }, (_, k) => {
      // cell.result, not cell.value.result: exceljs's value getter drops a cached result of 0.
      const cell = row.getCell(2 + k);
      const v = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      return Math.round(Number(v) * 100);
    });
  });
  if (!found) throw new Error(`Samenvatting has no row "${label}"`);
  return found;
}

/** The same row from a LibreOffice recalculation (CSV rows of the sheet), as cents. */
export function recalculatedRowCents(rows: string[][], label: string, years: number): number[] {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`recalculated sheet has no row "${label}"`);
  return row.slice(1, 1 + years).map((v) => Math.round(Number(v) * 100));
}

/** A one-sheet workbook from plain rows (for upload tests in packages without exceljs). */
export async function makeXlsx(sheetName: string, rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart/form-data body for `app.inject` with one file and optional text fields. */
export function multipartBody(
  file: { field?: string; name: string; content: Buffer; type?: string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----export-test-${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface WorkbookEdit {
  /** Uitgangspunten row by its label in column A (e.g. "Inwoners"), or a Regels row by line id. */
  sheet: 'Uitgangspunten' | 'Regels';
  row: string;
  /** Column letter (Uitgangspunten: "C") or Regels column header (e.g. "Modelhoeveelheid"). */
  column: string;
  value: string | number;
}

/** Edits an exported workbook the way a user would (for import tests in packages without exceljs). */
export async function editWorkbook(
  buffer: Buffer,
  edits: WorkbookEdit[],
): Promise<{ buffer: Buffer; cells: string[] }> {
  const wb = await loadWorkbook(buffer);
  const cells: string[] = [];
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`no sheet ${e.sheet}`);
    let rowNumber = 0;
    let headerRow: ExcelJS.Row | null = null;
    ws.eachRow((row, n) => {
      if (!headerRow && row.getCell(1).value === 'Regel-ID') headerRow = row;
      if (!rowNumber && row.getCell(1).value === e.row) rowNumber = n;
    });
    if (!rowNumber) throw new Error(`no row ${e.row} in ${e.sheet}`);
    let column = e.column;
    if (e.sheet === 'Regels') {
      let found = 0;
      (headerRow as ExcelJS.Row | null)?.eachCell((cell, c) => {
        if (cell.value === e.column) found = c;
      });
      if (!found) throw new Error(`no column ${e.column} in Regels`);
      column = ws.getColumn(found).letter;
    }
    ws.getCell(`${column}${rowNumber}`).value = e.value;
    cells.push(`${e.sheet}!${column}${rowNumber}`);
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), cells };
}
