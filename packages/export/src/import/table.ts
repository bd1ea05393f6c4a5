import ExcelJS from 'exceljs';
import { parseDutchNumber } from '@app/schemas';
import { UploadError } from './table-error.ts';
import { checkZipLimits } from './zip-guard.ts';

/** A rectangular table read from an upload: header texts and the data rows below them. */
export interface UploadedTable {
  /** Sheet the rows come from (null for CSV). */
  sheet: string | null;
  headers: string[];
  /** Data rows; `rowNumber` is the 1-based row in the file (what a user sees in Excel). */
  rows: { rowNumber: number; cells: CellText[] }[];
}

/** A cell as the importer sees it: numbers stay numbers, everything else is trimmed text, empty → null. */
export type CellText = string | number | null;

export { UploadError } from './table-error.ts';

const MAX_ROWS = 20_000;
/** Columns a catalog sheet may use: a stray cell in column XFD must not make every row 16,384 cells wide. */
const MAX_COLUMNS = 200;

function cellToText(value: ExcelJS.CellValue): CellText {
  if (value == null) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) {
      const r = (value as ExcelJS.CellFormulaValue).result;
      if (r == null || typeof r === 'object') return r instanceof Date ? r.toISOString().slice(0, 10) : null;
      return cellToText(r as ExcelJS.CellValue);
    }
    if ('richText' in value) return cellToText(value.richText.map((t) => t.text).join(''));
    if ('text' in value) return cellToText(String((value as ExcelJS.CellHyperlinkValue).text));
    if ('error' in value) return null;
  }
  return null;
}

function looksLikeHeader(cells: CellText[]): boolean {
  const texts = cells.filter((c) => typeof c === 'string');
  return texts.length >= 2 && texts.length >= cells.filter((c) => c != null).length * 0.8;
}

/**
 * Reads an .xlsx upload: the named sheet, or the first sheet with a header row (a row of at least
 * two texts). Header row = the first such row; data = the non-empty rows below it.
 */
async function readXlsxTable(buffer: Buffer, sheetName?: string): Promise<UploadedTable> {
  checkZipLimits(buffer);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new UploadError('Het bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  const sheets = sheetName ? wb.worksheets.filter((w) => w.name === sheetName) : wb.worksheets;
  if (sheetName && sheets.length === 0)
    throw new UploadError(`Het werkblad "${sheetName}" bestaat niet in het bestand.`);
  for (const ws of sheets) {
    let headerRow = 0;
    let headers: string[] = [];
    const rows: UploadedTable['rows'] = [];
    const width = ws.columnCount;
    if (width > MAX_COLUMNS) {
      throw new UploadError(
        `Het werkblad "${ws.name}" gebruikt ${width} kolommen; maximaal ${MAX_COLUMNS}. Verwijder lege of verre cellen (bijv. in kolom XFD).`,
        { tooLarge: true },
      );
    }
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellText[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellToText(row.getCell(c).value));
      if (!headerRow) {
        if (looksLikeHeader(cells)) {
          headerRow = rowNumber;
          headers = cells.map((c, i) => (c == null ? `Kolom ${i + 1}` : String(c)));
        }
        return;
      }
      if (cells.every((c) => c == null)) return;
      rows.push({ rowNumber, cells });
      // Stop at the first row over the limit instead of converting the rest of the sheet.
      if (rows.length > MAX_ROWS) throw tooManyRows();
    });
    if (headerRow) {
      return { sheet: ws.name, headers: trimTrailingEmpty(headers, rows), rows };
    }
  }
  throw new UploadError('Geen werkblad met een kopregel gevonden (een rij met kolomnamen).');
}

const tooManyRows = () =>
  new UploadError(`Te veel regels (meer dan ${MAX_ROWS}); maximaal ${MAX_ROWS}.`, { tooLarge: true });

/**
 * CSV text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (what Dutch Excel writes
 * for "CSV (gescheiden door lijstscheidingsteken)"), so "€" and "é" arrive intact instead of as U+FFFD.
 */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (latin1), so those 32 are mapped here.
    let text = '';
    for (const byte of buffer)
      text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return text;
  }
}

/** Windows-1252 0x80–0x9F (unassigned bytes keep their code point). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function trimTrailingEmpty(headers: string[], rows: UploadedTable['rows']): string[] {
  let n = headers.length;
  while (n > 0 && /^Kolom \d+$/.test(headers[n - 1]!) && rows.every((r) => r.cells[n - 1] == null)) n--;
  for (const r of rows) r.cells.length = Math.min(r.cells.length, n);
  return headers.slice(0, n);
}

/** Splits CSV text with the given separator, honouring double quotes (uploads, and LibreOffice's output in tests). */
export function splitCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a CSV upload (UTF-8 with optional BOM, or Windows-1252). The separator is whichever of `;`, `,` and tab splits
 * the header line into the most columns (Dutch Excel writes `;`). Cells stay text: numbers are
 * parsed per field later, where a decimal comma can be told apart from a thousands dot.
 */
function readCsvTable(buffer: Buffer): UploadedTable {
  const text = decodeCsv(buffer).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new UploadError('Het bestand is geen tekstbestand (CSV).');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = [';', ',', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const all = splitCsv(text, sep);
  const headerIndex = all.findIndex((r) => r.filter((c) => c.trim() !== '').length >= 2);
  if (headerIndex < 0) throw new UploadError('Geen kopregel gevonden (een rij met kolomnamen).');
  const headers = all[headerIndex]!.map((h, i) => h.trim() || `Kolom ${i + 1}`);
  const rows: UploadedTable['rows'] = [];
  for (let i = headerIndex + 1; i < all.length; i++) {
    const cells = all[i]!.map((c) => (c.trim() === '' ? null : c.trim()));
    if (cells.every((c) => c == null)) continue;
    rows.push({ rowNumber: i + 1, cells });
  }
  if (rows.length > MAX_ROWS) throw tooManyRows();
  return { sheet: null, headers, rows };
}

/** .xlsx or .csv by file name (or by content: an xlsx is a zip starting with "PK"). */
export async function readUploadedTable(buffer: Buffer, fileName: string, sheetName?: string): Promise<UploadedTable> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || (!lower.endsWith('.csv') && buffer.subarray(0, 2).toString('latin1') === 'PK')) {
    return readXlsxTable(buffer, sheetName);
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsvTable(buffer);
  throw new UploadError('Alleen .xlsx- en .csv-bestanden kunnen worden ingelezen.');
}

/**
 * A cell as a number: numbers as they are, text read as Dutch input by the one parser of
 * @app/schemas; null for an empty cell, NaN for text that is not a number (so the caller can
 * name the cell).
 */
export function cellNumber(cell: CellText): number | null {
  if (cell == null) return null;
  if (typeof cell === 'number') return cell;
  if (cell.trim() === '') return null;
  return parseDutchNumber(cell) ?? NaN;
}
