import type { CalculationResult } from '@app/engine';
import type { BuiltWorkbook } from '../xlsx/workbook.ts';
import { LINES_SHEET, FIRST_YEAR_COLUMN } from '../xlsx/lines-sheet.ts';
import { COMPONENT_LABELS } from '@app/schemas';

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface Mismatch {
  where: string;
  expectedEuros: number;
  actual: string;
}

export interface VerifyReport {
  mismatches: Mismatch[];
  lineYearsChecked: number;
  figuresChecked: number;
  /** Sum of all recalculated totals per year, for the report. */
  totals: Record<number, number>;
}

/**
 * Compares a LibreOffice recalculation (sheet → CSV rows) with the engine result: every Regels
 * line-year (rows the engine did not produce must be 0) and every figure cell (totals, domain and
 * development subtotals, line sums), to the euro.
 */
export function compareRecalculation(
  built: BuiltWorkbook,
  sheets: Record<string, string[][]>,
  expected: CalculationResult,
): VerifyReport {
  const mismatches: Mismatch[] = [];
  const regels = sheets[LINES_SHEET];
  if (!regels) throw new Error(`sheet ${LINES_SHEET} missing from the recalculation`);
  const engineRows = new Map(expected.rows.map((r) => [`${r.lineId}|${r.component}`, r]));
  const seen = new Set<string>();
  let lineYearsChecked = 0;
  for (const row of built.lines.rows) {
    const key = `${row.line.id}|${row.component}`;
    const engine = engineRows.get(key);
    if (engine) seen.add(key);
    const csvRow = regels[row.rowNumber - 1] ?? [];
    expected.years.forEach((y, k) => {
      const want = (engine?.amounts[y] ?? 0) / 100;
      const got = csvRow[FIRST_YEAR_COLUMN - 1 + k] ?? '';
      lineYearsChecked++;
      if (Number(got) !== want || got === '') {
        mismatches.push({
          where: `${LINES_SHEET}!row ${row.rowNumber} ${row.line.id} ${COMPONENT_LABELS[row.component]} ${y}`,
          expectedEuros: want,
          actual: got,
        });
      }
    });
  }
  for (const key of engineRows.keys()) {
    if (!seen.has(key))
      mismatches.push({ where: `engine row ${key} has no sheet row`, expectedEuros: NaN, actual: '' });
  }
  let figuresChecked = 0;
  for (const f of built.figures) {
    const sheet = sheets[f.sheet];
    const got = sheet?.[f.row - 1]?.[columnIndex(f.column)] ?? '';
    figuresChecked++;
    if (got === '' || Number(got) !== f.cents / 100) {
      mismatches.push({
        where: `${f.sheet}!${f.column}${f.row} (${f.label}, ${f.year})`,
        expectedEuros: f.cents / 100,
        actual: got,
      });
    }
  }
  const totals: Record<number, number> = {};
  for (const y of expected.years) totals[y] = expected.totals.total[y]! / 100;
  return { mismatches, lineYearsChecked, figuresChecked, totals };
}

/** Dekking figures whose recalculated cell (LibreOffice rows of the sheet) is not the API's euro amount. */
export function fundingMismatches(
  figures: readonly { where: string; row: number; column: string; cents: number }[],
  rows: string[][],
) {
  return figures.flatMap((f) => {
    const got = rows[f.row - 1]?.[columnIndex(f.column)] ?? '';
    return Number(got) === f.cents / 100 && got !== '' ? [] : [{ where: f.where, expected: f.cents / 100, got }];
  });
}
