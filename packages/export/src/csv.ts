import { PROVENANCES, totalsByProvenance } from '@app/engine';
import { PROVENANCE_LABELS } from '@app/schemas';
import type { BudgetExportInput } from './meta.ts';
import { FLAT_HEADERS, buildFlatRows, flatRowCells } from './flat-rows.ts';

const BOM = '\uFEFF';

/** Dutch decimal comma, no thousands separator (so spreadsheets parse it as a number). */
function csvNumber(value: number): string {
  // Up to 6 decimals is plenty for quantities and elasticities; drop trailing zeros.
  const text = Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

/** Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps user text inert. */
function csvText(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return csvNumber(value);
  return csvText(value);
}

/** Rows as CSV the way Dutch Excel opens it by double-click: UTF-8 with BOM, `;` separator, CRLF line ends. */
export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** Activated investments are shown beside the totals: their cost reaches the totals as depreciation and interest. */
const COUNTS_IN_TOTAL = { yes: 'Ja', investment: 'Nee: investering (telt mee via afschrijving en rente)' } as const;

/**
 * The flat line table as CSV the way Dutch Excel opens it by double-click: UTF-8 with BOM, `;`
 * separator, decimal comma, CRLF line ends, user text kept inert. Year amounts in whole euros.
 * A column says whether a row counts in the total (investment rows do not), and after an empty
 * row the totals follow, so a reader never has to sum the column and cannot overstate it.
 */
export function buildLinesCsv({ input, result, meta }: BudgetExportInput): string {
  const years = result.years;
  const rows = buildFlatRows(input, result, meta).map((f) => [
    ...flatRowCells(f),
    f.row.category === 'investment' ? COUNTS_IN_TOTAL.investment : COUNTS_IN_TOTAL.yes,
    ...years.map((y) => (f.row.amounts[y] ?? 0) / 100),
  ]);
  const blank = FLAT_HEADERS.map(() => '');
  const totals = TOTAL_ROWS.map(([key, label]) => {
    const cells: (string | number)[] = [...blank];
    cells[0] = 'TOTAAL';
    cells[1] = label;
    return [
      ...cells,
      key === 'investment' ? COUNTS_IN_TOTAL.investment : '',
      ...years.map((y) => (result.totals[key][y] ?? 0) / 100),
    ];
  });
  return csvDocument([[...FLAT_HEADERS, 'Telt mee in totaal', ...years.map(String)], ...rows, [], ...totals]);
}

const TOTAL_ROWS = [
  ['incidental', 'Incidenteel'],
  ['structural', 'Structureel'],
  ['capital', 'Kapitaallasten'],
  ['total', 'Totaal exploitatie'],
  ['investment', 'Investeringen (buiten het totaal)'],
] as const;

/**
 * Every total split by provenance, as CSV (same dialect as the line table): per category first the
 * total over all lines, then one row per provenance that has lines in the budget. Whole euros.
 */
export function buildTotalsCsv({ input, result }: BudgetExportInput): string {
  const years = result.years;
  const split = totalsByProvenance(result);
  const present = PROVENANCES.filter((p) => input.lines.some((l) => l.provenance === p));
  const rows: (string | number)[][] = [['Onderdeel', 'Herkomst', ...years.map(String)]];
  for (const [key, label] of TOTAL_ROWS) {
    rows.push([label, 'Alle herkomsten', ...years.map((y) => (result.totals[key][y] ?? 0) / 100)]);
    for (const p of present)
      rows.push([label, PROVENANCE_LABELS[p], ...years.map((y) => (split[p][key][y] ?? 0) / 100)]);
  }
  return csvDocument(rows);
}
