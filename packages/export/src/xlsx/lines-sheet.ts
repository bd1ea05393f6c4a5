import type ExcelJS from 'exceljs';
import {
  CATEGORY_OF,
  type CalculationInput,
  type CalculationResult,
  type Component,
  type LineInput,
  type LineResult,
} from '@app/engine';
import type { ExportMeta } from '../meta.ts';
import {
  CATEGORY_LABELS,
  COMPONENT_LABELS,
  COST_BASIS_LABELS,
  COST_POOL_LABELS,
  DRIVER_LABELS,
  INDEXATION_LABELS,
  KIND_LABELS,
  PROVENANCE_LABELS,
} from '@app/schemas';
import { UNIT_LABELS, developmentTitle, domainKeysInOrder, domainName, modelQuantity } from '../flat-rows.ts';
import type { AssumptionRefs } from './assumptions-sheet.ts';
import { lineFormulas, type LineCells } from './formulas.ts';
import {
  DECIMAL_FORMAT,
  EURO_CENTS_FORMAT,
  EURO_FORMAT,
  YEAR_FORMAT,
  columnLetter,
  freeze,
  setPrint,
  setTitle,
} from './styles.ts';

export const LINES_SHEET = 'Regels';
export const LINES_HEADER_ROW = 4;

/** Column layout of Regels (1-based); the import reads the same positions back by header name. */
export const LINE_COLUMNS = [
  { key: 'id', header: 'Regel-ID', width: 14 },
  { key: 'description', header: 'Omschrijving', width: 48 },
  { key: 'development', header: 'Ontwikkeling', width: 34 },
  { key: 'domain', header: 'Domein', width: 20 },
  { key: 'component', header: 'Component', width: 14 },
  { key: 'category', header: 'Categorie', width: 15 },
  { key: 'kind', header: 'Soort', width: 13 },
  { key: 'costBasis', header: 'Kostenbasis', width: 15 },
  { key: 'costPool', header: 'Kostensoort', width: 18 },
  { key: 'provenance', header: 'Herkomst', width: 16 },
  { key: 'driver', header: 'Schaalbasis', width: 12 },
  { key: 'elasticity', header: 'Elasticiteit', width: 11 },
  { key: 'ratio', header: 'Verhouding', width: 11 },
  { key: 'modelQuantity', header: 'Modelhoeveelheid', width: 14 },
  { key: 'scaledQuantity', header: 'Geschaalde hoeveelheid', width: 14 },
  { key: 'unit', header: 'Eenheid', width: 13 },
  { key: 'unitPrice', header: 'Prijs per eenheid', width: 13 },
  { key: 'base', header: 'Basisbedrag', width: 14 },
  { key: 'indexation', header: 'Indexatie', width: 10 },
  { key: 'startYear', header: 'Eerste jaar', width: 10 },
  { key: 'term', header: 'Looptijd (jaren)', width: 10 },
] as const;

export type LineColumnKey = (typeof LINE_COLUMNS)[number]['key'];

export function lineColumn(key: LineColumnKey): string {
  return columnLetter(LINE_COLUMNS.findIndex((c) => c.key === key) + 1);
}

export const FIRST_YEAR_COLUMN = LINE_COLUMNS.length + 1;

/** What the other sheets need to sum over Regels. */
export interface LinesSheetInfo {
  firstDataRow: number;
  lastDataRow: number;
  /** year → column letter in Regels. */
  yearColumn: Record<number, string>;
  /** Sheet rows, in order (for tests and the domain sheets). */
  rows: LinesSheetRow[];
}

export interface LinesSheetRow {
  rowNumber: number;
  line: LineInput;
  component: Component;
  /** Engine amounts (cents) of this row; zeros for the alternative rows of an investment. */
  amounts: Record<number, number>;
}

/**
 * The components a line gets in the sheet. Investment lines always get all four rows: whether an
 * investment is activated depends on its rescaled amount, so after a change of inhabitants the
 * other set of rows may be the live one; the inactive set computes to zero.
 */
function sheetComponents(line: LineInput, engineComponents: Component[]): Component[] {
  if (line.kind === 'investment') return ['investment', 'depreciation', 'interest', 'incidental'];
  return engineComponents;
}

export function writeLinesSheet(
  ws: ExcelJS.Worksheet,
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  refs: AssumptionRefs,
): LinesSheetInfo {
  setTitle(
    ws,
    'Regels: alle begrotingsregels per jaar',
    'Jaarbedragen in hele euro’s, berekend met formules uit de kolommen links en het blad Uitgangspunten (afronding per regel per jaar).',
  );
  const years = result.years;
  const yearColumn: Record<number, string> = {};
  years.forEach((y, k) => (yearColumn[y] = columnLetter(FIRST_YEAR_COLUMN + k)));

  const rowsByLine = new Map<string, Map<Component, Record<number, number>>>();
  for (const r of result.rows) {
    let m = rowsByLine.get(r.lineId);
    if (!m) rowsByLine.set(r.lineId, (m = new Map()));
    m.set(r.component, r.amounts);
  }
  const lineResults = new Map<string, LineResult>(result.lines.map((l) => [l.lineId, l]));
  const devs = new Map(input.developments.map((d, i) => [d.id, { d, i }]));
  const domainOrder = domainKeysInOrder(input, result, meta);
  const lines = input.lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => rowsByLine.has(line.id))
    .sort((a, b) => {
      const da = devs.get(a.line.developmentId);
      const db = devs.get(b.line.developmentId);
      return (
        domainOrder.indexOf(da?.d.domainKey ?? '') - domainOrder.indexOf(db?.d.domainKey ?? '') ||
        (da?.i ?? 0) - (db?.i ?? 0) ||
        a.index - b.index
      );
    });

  const tableRows: ExcelJS.CellValue[][] = [];
  const sheetRows: LinesSheetRow[] = [];
  let rowNumber = LINES_HEADER_ROW + 1;
  for (const { line } of lines) {
    const engineRows = rowsByLine.get(line.id)!;
    const lr = lineResults.get(line.id);
    const dev = devs.get(line.developmentId)!.d;
    const mainRow = rowNumber;
    for (const component of sheetComponents(line, [...engineRows.keys()])) {
      const amounts = engineRows.get(component) ?? Object.fromEntries(years.map((y) => [y, 0]));
      const cells: LineCells = { row: rowNumber, mainRow, col: lineColumn };
      const f = lineFormulas({ input, line, lineResult: lr, component, cells, refs, years, amounts });
      const values: ExcelJS.CellValue[] = [
        line.id,
        line.description,
        developmentTitle(input, meta, line.developmentId),
        domainName(meta, dev.domainKey),
        COMPONENT_LABELS[component],
        CATEGORY_LABELS[CATEGORY_OF[component]],
        KIND_LABELS[line.kind],
        COST_BASIS_LABELS[line.costBasis],
        COST_POOL_LABELS[line.costPool],
        PROVENANCE_LABELS[line.provenance],
        DRIVER_LABELS[line.driver],
        f.elasticity,
        f.ratio,
        modelQuantity(line),
        f.scaledQuantity,
        unitLabel(line),
        f.unitPrice,
        f.base,
        INDEXATION_LABELS[f.indexation],
        f.startYear,
        f.term,
        ...years.map((y) => f.years[y]!),
      ];
      tableRows.push(values);
      sheetRows.push({ rowNumber, line, component, amounts });
      rowNumber++;
    }
  }

  const firstDataRow = LINES_HEADER_ROW + 1;
  const lastDataRow = Math.max(firstDataRow, rowNumber - 1);
  const columns = [...LINE_COLUMNS.map((c) => c.header), ...years.map(String)];
  ws.addTable({
    name: 'RegelsTabel',
    ref: `A${LINES_HEADER_ROW}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: columns.map((name) => ({ name, filterButton: true })),
    // An empty table is not valid OOXML; a budget without lines gets one blank row.
    rows: tableRows.length > 0 ? tableRows : [columns.map(() => null)],
  });

  const widths = [...LINE_COLUMNS.map((c) => c.width), ...years.map(() => 13)];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const fmt = (key: LineColumnKey, numFmt: string) => (ws.getColumn(lineColumn(key)).numFmt = numFmt);
  fmt('elasticity', DECIMAL_FORMAT);
  fmt('ratio', '0.0000');
  fmt('modelQuantity', DECIMAL_FORMAT);
  fmt('scaledQuantity', DECIMAL_FORMAT);
  fmt('unitPrice', EURO_CENTS_FORMAT);
  fmt('base', EURO_FORMAT);
  fmt('startYear', YEAR_FORMAT);
  for (const y of years) ws.getColumn(yearColumn[y]!).numFmt = EURO_FORMAT;
  ws.getRow(LINES_HEADER_ROW).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(LINES_HEADER_ROW).height = 30;

  freeze(ws, LINES_HEADER_ROW + 1, 3);
  setPrint(ws, LINES_HEADER_ROW, `${meta.municipalityName} — ${meta.budgetName}`);
  return { firstDataRow, lastDataRow, yearColumn, rows: sheetRows };
}

function unitLabel(line: LineInput): string {
  if (line.costBasis === 'hire')
    return line.hoursPeriod === 'year' || line.kind === 'structural' ? 'uur per jaar' : 'uur (totaal)';
  if (line.costBasis === 'licence')
    return line.unitPricePeriod === 'month' ? 'eenheden (prijs per maand)' : 'eenheden (prijs per jaar)';
  return UNIT_LABELS[line.costBasis];
}
