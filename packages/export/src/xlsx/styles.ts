import type ExcelJS from 'exceljs';

/** Number formats: codes are locale-neutral in OOXML; Dutch Excel shows them as `€ 1.234`. */
export const EURO_FORMAT = '"€ "#,##0;"€ "-#,##0';
export const EURO_CENTS_FORMAT = '"€ "#,##0.00;"€ "-#,##0.00';
export const PERCENT_FORMAT = '0.0#%';
export const DECIMAL_FORMAT = '#,##0.0##';
export const INTEGER_FORMAT = '#,##0';
export const YEAR_FORMAT = '0';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const SUBTOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export function styleHeaderRow(row: ExcelJS.Row, fromCol = 1, toCol = row.cellCount): void {
  for (let c = fromCol; c <= toCol; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  }
}

export function styleSubtotalRow(row: ExcelJS.Row, fromCol: number, toCol: number): void {
  for (let c = fromCol; c <= toCol; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = SUBTOTAL_FILL;
  }
}

/** Cells a user is meant to change are yellow, like the model spreadsheet's input cells. */
export function markInput(cell: ExcelJS.Cell): void {
  cell.fill = INPUT_FILL;
}

export function setTitle(ws: ExcelJS.Worksheet, text: string, subtitle?: string): void {
  const title = ws.getCell('A1');
  title.value = text;
  title.font = { bold: true, size: 14 };
  if (subtitle) {
    const sub = ws.getCell('A2');
    sub.value = subtitle;
    sub.font = { italic: true, color: { argb: 'FF595959' } };
  }
}

/** Landscape A4, fit to one page wide, header rows repeated on every printed page. */
export function setPrint(ws: ExcelJS.Worksheet, headerRow: number, title: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddHeader: `&L${escapeHeader(title)}&R&A`,
    oddFooter: '&LICT-begrotingsplanner&RPagina &P van &N',
  };
}

function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Freeze everything above `row` and left of `col` (1-based: the first scrolling row/column). */
export function freeze(ws: ExcelJS.Worksheet, row: number, col = 1): void {
  ws.views = [
    {
      state: 'frozen',
      xSplit: col - 1,
      ySplit: row - 1,
      topLeftCell: `${columnLetter(col)}${row}`,
      activeCell: `${columnLetter(col)}${row}`,
    },
  ];
}

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Sheet names: max 31 chars, none of []:*?/\ — and unique within the workbook. */
export function safeSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 31)
      .trim() || 'Blad';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
