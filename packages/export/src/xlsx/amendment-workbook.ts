import ExcelJS from 'exceljs';
import type { AmendmentResponse } from '@app/schemas';
import { toDate } from '../format.ts';
import {
  EURO_FORMAT,
  columnLetter,
  markInput,
  setPrint,
  setTitle,
  styleHeaderRow,
  styleSubtotalRow,
} from './styles.ts';

export const AMENDMENT_SHEET = 'Begrotingswijziging';
export const AMENDMENT_HEADER_ROW = 7;
const FIRST_YEAR_COL = 4;

/** A cell of the sheet with what the API says it holds (cents, or the flag text). */
export interface AmendmentFigure {
  where: string;
  row: number;
  column: string;
  expected: number | string;
}

/**
 * Begrotingswijziging as a workbook for the council: per domain and taakveld the adopted and the
 * current amounts (values), the difference and the "melden" flag as live formulas over the
 * threshold cells (yellow: change them and the flags follow).
 */
export function createAmendmentWorkbook(
  data: AmendmentResponse,
  meta: { municipalityName: string; generatedAt: string | Date },
): { workbook: ExcelJS.Workbook; figures: AmendmentFigure[] } {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ICT-begrotingsplanner';
  wb.title = `Begrotingswijziging ${data.budgetName}`;
  wb.created = toDate(meta.generatedAt);
  wb.modified = toDate(meta.generatedAt);
  wb.calcProperties = { fullCalcOnLoad: true };
  const ws = wb.addWorksheet(AMENDMENT_SHEET);
  setTitle(
    ws,
    `Begrotingswijziging: ${data.budgetName}`,
    `${meta.municipalityName}. Vergeleken met de vastgestelde versie “${data.adoptedBudget?.name ?? '—'}”, per domein en Iv3-taakveld, exploitatie in hele euro’s.`,
  );
  ws.getCell('A4').value = 'Meldingsdrempel (€)';
  ws.getCell('B4').value = data.threshold.minAmountCents / 100;
  ws.getCell('B4').numFmt = EURO_FORMAT;
  ws.getCell('A5').value = 'En ten minste (% van vastgesteld)';
  ws.getCell('B5').value = data.threshold.minPct;
  markInput(ws.getCell('B4'));
  markInput(ws.getCell('B5'));
  const years = data.years;
  const col = (k: number) => columnLetter(FIRST_YEAR_COL + k);
  const header = ws.getRow(AMENDMENT_HEADER_ROW);
  ['Domein', 'Taakveld', 'Bedrag', ...years].forEach((v, i) => (header.getCell(i + 1).value = v));
  styleHeaderRow(header, 1, FIRST_YEAR_COL + years.length - 1);
  const figures: AmendmentFigure[] = [];
  let r = AMENDMENT_HEADER_ROW + 1;
  const diffRows: number[] = [];
  for (const row of data.rows) {
    const a = r;
    const c = r + 1;
    const d = r + 2;
    const f = r + 3;
    ws.getRow(a).getCell(1).value = row.domainName;
    ws.getRow(a).getCell(2).value = row.taakveld;
    ws.getRow(a).getCell(3).value = 'Vastgesteld';
    ws.getRow(c).getCell(3).value = 'Nu';
    ws.getRow(d).getCell(3).value = 'Wijziging';
    ws.getRow(f).getCell(3).value = 'Melden aan de raad';
    years.forEach((y, k) => {
      const L = col(k);
      ws.getCell(`${L}${a}`).value = (row.adopted[y] ?? 0) / 100;
      ws.getCell(`${L}${c}`).value = (row.current[y] ?? 0) / 100;
      const diff = row.difference[y] ?? 0;
      ws.getCell(`${L}${d}`).value = { formula: `${L}${c}-${L}${a}`, result: diff / 100 };
      const flag = row.reportable[y] ? 'melden' : '';
      ws.getCell(`${L}${f}`).value = {
        formula: `IF(AND(ABS(${L}${d})>0,ABS(${L}${d})>=$B$4,OR($B$5="",ABS(${L}${d})*100>=$B$5*ABS(${L}${a}))),"melden","")`,
        result: flag,
      };
      figures.push({ where: `${row.domainName} ${row.taakveld} ${y} wijziging`, row: d, column: L, expected: diff });
      figures.push({ where: `${row.domainName} ${row.taakveld} ${y} melden`, row: f, column: L, expected: flag });
    });
    styleSubtotalRow(ws.getRow(d), 3, FIRST_YEAR_COL + years.length - 1);
    diffRows.push(d);
    r += 5;
  }
  ws.getRow(r).getCell(1).value = 'Totale wijziging';
  ws.getRow(r).getCell(1).font = { bold: true };
  years.forEach((y, k) => {
    const L = col(k);
    const cents = data.total.difference[y] ?? 0;
    ws.getCell(`${L}${r}`).value = {
      formula: diffRows.length > 0 ? diffRows.map((n) => `${L}${n}`).join('+') : '0',
      result: cents / 100,
    };
    figures.push({ where: `totaal ${y}`, row: r, column: L, expected: cents });
  });
  [26, 10, 20, ...years.map(() => 14)].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  years.forEach((_, k) => (ws.getColumn(FIRST_YEAR_COL + k).numFmt = EURO_FORMAT));
  setPrint(ws, AMENDMENT_HEADER_ROW, `Begrotingswijziging ${data.budgetName}`);
  return { workbook: wb, figures };
}

export async function buildAmendmentWorkbook(
  data: AmendmentResponse,
  meta: { municipalityName: string; generatedAt: string | Date },
): Promise<Buffer> {
  return Buffer.from((await createAmendmentWorkbook(data, meta).workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
