import type ExcelJS from 'exceljs';
import { exploitationByLine, sumByYear, type CalculationInput, type CalculationResult, type Category, type Totals } from '@app/engine';
import type { ExportMeta } from '../meta.ts';
import { CATEGORY_LABELS, COST_BASIS_LABELS, KIND_LABELS, PROVENANCE_LABELS, lineFieldLabel, lineValueLabel } from '@app/schemas';
import { developmentTitle, domainKeysInOrder, domainName } from '../flat-rows.ts';
import { formatDate, formatEuroExact, formatNumber } from '../format.ts';
import { LINES_SHEET, lineColumn, type LinesSheetInfo } from './lines-sheet.ts';
import type { AssumptionRefs } from './assumptions-sheet.ts';
import { EURO_FORMAT, INTEGER_FORMAT, columnLetter, freeze, setPrint, setTitle, styleHeaderRow, styleSubtotalRow } from './styles.ts';

/** Where a figure sits, so tests can find every total they must compare with the engine. */
export interface FigureCell {
  sheet: string;
  row: number;
  year: number;
  column: string;
  /** Engine value in cents. */
  cents: number;
  label: string;
}

const CATEGORY_ROWS: Category[] = ['incidental', 'structural', 'capital'];

function regelsRange(info: LinesSheetInfo, column: string): string {
  return `${LINES_SHEET}!$${column}$${info.firstDataRow}:$${column}$${info.lastDataRow}`;
}

/** SUMIFS over a Regels year column with (criteria column, criterion) pairs. */
function sumifs(info: LinesSheetInfo, year: number, criteria: [string, string][]): string {
  const parts = criteria.map(([col, crit]) => `${regelsRange(info, col)},"${crit.replace(/"/g, '""')}"`);
  return `SUMIFS(${regelsRange(info, info.yearColumn[year]!)},${parts.join(',')})`;
}

const NOT_INVESTMENT = `<>${CATEGORY_LABELS.investment}`;

/** Samenvatting: totals per year by category and per domain, all SUMIFS over Regels. */
export function writeSummarySheet(
  ws: ExcelJS.Worksheet,
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  info: LinesSheetInfo,
  figures: FigureCell[],
  refs: AssumptionRefs,
): void {
  const years = result.years;
  const yc = (k: number) => columnLetter(2 + k);
  const name = ws.name;
  setTitle(ws, `ICT-begroting ${meta.municipalityName}`, `${meta.budgetName}${meta.scenarioName ? ` — scenario ${meta.scenarioName}` : ''}`);
  const facts: [string, ExcelJS.CellValue, string?][] = [
    ['Status / versie', `${meta.status} / versie ${meta.version}`],
    ['Catalogus', meta.editionName],
    // Live: the profile figures follow Uitgangspunten like every amount does.
    ['Inwoners', { formula: refs.own.inhabitants, result: input.profile.inhabitants }, INTEGER_FORMAT],
    ['Medewerkers', { formula: refs.own.employees, result: input.profile.employees }, INTEGER_FORMAT],
    ['Afdelingen', { formula: refs.own.departments, result: input.profile.departments }, INTEGER_FORMAT],
    ['Gemaakt op', formatDate(meta.generatedAt)],
  ];
  facts.forEach(([k, v, fmt], i) => {
    ws.getCell(`A${3 + i}`).value = k;
    const cell = ws.getCell(`B${3 + i}`);
    cell.value = v;
    cell.alignment = { horizontal: 'left' };
    if (fmt) cell.numFmt = fmt;
  });
  ws.getColumn(1).width = 40;
  years.forEach((_, k) => (ws.getColumn(2 + k).width = 15));

  let r = 10;
  const header = (title: string) => {
    const row = ws.getRow(r);
    row.values = [title, ...years.map(String)];
    styleHeaderRow(row, 1, 1 + years.length);
    for (let k = 0; k < years.length; k++) row.getCell(2 + k).alignment = { horizontal: 'right', vertical: 'middle' };
    return r++;
  };
  const headerRow = header('Totaal per jaar (€)');
  const catRows: number[] = [];
  for (const cat of CATEGORY_ROWS) {
    const row = ws.getRow(r);
    row.getCell(1).value = CATEGORY_LABELS[cat];
    years.forEach((y, k) => {
      row.getCell(2 + k).value = { formula: sumifs(info, y, [[lineColumn('category'), CATEGORY_LABELS[cat]]]), result: result.totals[cat][y]! / 100 };
      figures.push({ sheet: name, row: r, year: y, column: yc(k), cents: result.totals[cat][y]!, label: `totaal ${cat}` });
    });
    catRows.push(r++);
  }
  const totalRow = ws.getRow(r);
  totalRow.getCell(1).value = 'Totaal exploitatie';
  years.forEach((y, k) => {
    totalRow.getCell(2 + k).value = { formula: catRows.map((cr) => `${yc(k)}${cr}`).join('+'), result: result.totals.total[y]! / 100 };
    figures.push({ sheet: name, row: r, year: y, column: yc(k), cents: result.totals.total[y]!, label: 'totaal' });
  });
  styleSubtotalRow(totalRow, 1, 1 + years.length);
  r++;
  const invRow = ws.getRow(r);
  invRow.getCell(1).value = 'Investeringen (geactiveerd, buiten het totaal)';
  years.forEach((y, k) => {
    invRow.getCell(2 + k).value = { formula: sumifs(info, y, [[lineColumn('category'), CATEGORY_LABELS.investment]]), result: result.totals.investment[y]! / 100 };
    figures.push({ sheet: name, row: r, year: y, column: yc(k), cents: result.totals.investment[y]!, label: 'investeringen' });
  });
  invRow.font = { italic: true };
  r += 2;

  header('Per domein (€, exploitatie)');
  const domainRows: number[] = [];
  for (const key of domainKeysInOrder(input, result, meta)) {
    const totals: Totals | undefined = result.byDomain[key];
    if (!totals) continue;
    const row = ws.getRow(r);
    row.getCell(1).value = domainName(meta, key);
    years.forEach((y, k) => {
      row.getCell(2 + k).value = {
        formula: sumifs(info, y, [
          [lineColumn('domain'), domainName(meta, key)],
          [lineColumn('category'), NOT_INVESTMENT],
        ]),
        result: totals.total[y]! / 100,
      };
      figures.push({ sheet: name, row: r, year: y, column: yc(k), cents: totals.total[y]!, label: `domein ${key}` });
    });
    domainRows.push(r++);
  }
  const domTotal = ws.getRow(r);
  domTotal.getCell(1).value = 'Totaal';
  years.forEach((y, k) => {
    const col = yc(k);
    domTotal.getCell(2 + k).value = {
      formula: domainRows.length ? `SUM(${col}${domainRows[0]}:${col}${domainRows[domainRows.length - 1]})` : '0',
      result: result.totals.total[y]! / 100,
    };
    figures.push({ sheet: name, row: r, year: y, column: col, cents: result.totals.total[y]!, label: 'totaal domeinen' });
  });
  styleSubtotalRow(domTotal, 1, 1 + years.length);
  r++;

  for (let row = headerRow; row <= r; row++) for (let k = 0; k < years.length; k++) ws.getCell(`${yc(k)}${row}`).numFmt = EURO_FORMAT;
  freeze(ws, headerRow + 1, 2);
  setPrint(ws, headerRow, `${meta.municipalityName} — ${meta.budgetName}`);
}

/**
 * One sheet per domain: per development its lines (exploitation per year, SUMIFS over Regels by
 * line id) with a development subtotal, then the domain's split by category.
 */
export function writeDomainSheet(
  ws: ExcelJS.Worksheet,
  domainKey: string,
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  info: LinesSheetInfo,
  figures: FigureCell[],
): void {
  const years = result.years;
  const fixedCols = 5;
  const yc = (k: number) => columnLetter(fixedCols + 1 + k);
  const name = ws.name;
  const domain = domainName(meta, domainKey);
  setTitle(ws, `Domein: ${domain}`, `${meta.municipalityName} — ${meta.budgetName}. Bedragen in € (exploitatie; investeringen staan op Regels).`);
  const headerRowNr = 4;
  const head = ws.getRow(headerRowNr);
  head.values = ['Ontwikkeling / regel', 'Soort', 'Kostenbasis', 'Herkomst', 'Regel-ID', ...years.map(String)];
  styleHeaderRow(head, 1, fixedCols + years.length);
  for (let k = 0; k < years.length; k++) head.getCell(fixedCols + 1 + k).alignment = { horizontal: 'right', vertical: 'middle' };
  ws.columns = [{ width: 56 }, { width: 13 }, { width: 15 }, { width: 18 }, { width: 12 }, ...years.map(() => ({ width: 14 }))];

  // Exploitation per line per year, from the engine rows (what the formulas must reproduce).
  const lineTotals = exploitationByLine(result.rows.filter((row) => row.domainKey === domainKey), years);
  const shownLines = new Set(info.rows.map((x) => x.line.id));

  let r = headerRowNr + 1;
  const devTotalRows: number[] = [];
  for (const dev of input.developments) {
    if (dev.domainKey !== domainKey) continue;
    const lines = input.lines.filter((l) => l.developmentId === dev.id && shownLines.has(l.id));
    if (lines.length === 0) continue;
    const devRow = ws.getRow(r);
    const devRowNr = r++;
    devRow.getCell(1).value = developmentTitle(input, meta, dev.id);
    const lineRows: number[] = [];
    const devSum = sumByYear(years, lines.map((line) => lineTotals.get(line.id) ?? {}));
    for (const line of lines) {
      const row = ws.getRow(r);
      row.getCell(1).value = `   ${line.description}`;
      row.getCell(2).value = KIND_LABELS[line.kind];
      row.getCell(3).value = COST_BASIS_LABELS[line.costBasis];
      row.getCell(4).value = PROVENANCE_LABELS[line.provenance];
      row.getCell(5).value = line.id;
      const totals = lineTotals.get(line.id) ?? {};
      years.forEach((y, k) => {
        const cents = totals[y] ?? 0;
        row.getCell(fixedCols + 1 + k).value = {
          formula: `SUMIFS(${regelsRange(info, info.yearColumn[y]!)},${regelsRange(info, lineColumn('id'))},$E${r},${regelsRange(info, lineColumn('category'))},"${NOT_INVESTMENT}")`,
          result: cents / 100,
        };
        figures.push({ sheet: name, row: r, year: y, column: yc(k), cents, label: `regel ${line.id}` });
      });
      lineRows.push(r++);
    }
    years.forEach((y, k) => {
      const col = yc(k);
      devRow.getCell(fixedCols + 1 + k).value = { formula: `SUM(${col}${lineRows[0]}:${col}${lineRows[lineRows.length - 1]})`, result: devSum[y]! / 100 };
      figures.push({ sheet: name, row: devRowNr, year: y, column: col, cents: devSum[y]!, label: `ontwikkeling ${dev.id}` });
    });
    styleSubtotalRow(devRow, 1, fixedCols + years.length);
    devTotalRows.push(devRowNr);
  }

  const totals = result.byDomain[domainKey];
  r++;
  const catHead = ws.getRow(r++);
  catHead.values = [`Totaal ${domain}`, '', '', '', '', ...years.map(String)];
  styleHeaderRow(catHead, 1, fixedCols + years.length);
  const catRows: number[] = [];
  for (const cat of [...CATEGORY_ROWS, 'investment'] as Category[]) {
    const row = ws.getRow(r);
    row.getCell(1).value = cat === 'investment' ? 'Investeringen (buiten het totaal)' : CATEGORY_LABELS[cat];
    years.forEach((y, k) => {
      const cents = totals?.[cat][y] ?? 0;
      row.getCell(fixedCols + 1 + k).value = {
        formula: sumifs(info, y, [
          [lineColumn('domain'), domain],
          [lineColumn('category'), CATEGORY_LABELS[cat]],
        ]),
        result: cents / 100,
      };
      figures.push({ sheet: name, row: r, year: y, column: yc(k), cents, label: `domein ${cat}` });
    });
    if (cat !== 'investment') catRows.push(r);
    r++;
  }
  const totalRow = ws.getRow(r);
  totalRow.getCell(1).value = 'Totaal exploitatie (som van de ontwikkelingen)';
  years.forEach((y, k) => {
    const col = yc(k);
    const cents = totals?.total[y] ?? 0;
    totalRow.getCell(fixedCols + 1 + k).value = {
      formula: devTotalRows.length ? devTotalRows.map((dr) => `${col}${dr}`).join('+') : '0',
      result: cents / 100,
    };
    figures.push({ sheet: name, row: r, year: y, column: col, cents, label: 'domein totaal' });
  });
  styleSubtotalRow(totalRow, 1, fixedCols + years.length);

  for (let row = headerRowNr + 1; row <= r; row++) for (let k = 0; k < years.length; k++) ws.getCell(`${yc(k)}${row}`).numFmt = EURO_FORMAT;
  freeze(ws, headerRowNr + 1, 2);
  setPrint(ws, headerRowNr, `${meta.municipalityName} — ${domain}`);
}

/** Toelichting: every override with its model values and justification. */
export function writeNotesSheet(ws: ExcelJS.Worksheet, meta: ExportMeta, input: CalculationInput): void {
  setTitle(ws, 'Toelichting op afwijkingen van het model', 'Elke aangepaste regel met de modelwaarde en de verantwoording.');
  const head = ws.getRow(4);
  head.values = ['Regel', 'Ontwikkeling', 'Aangepast', 'Modelwaarde', 'Nieuwe waarde', 'Toelichting', 'Regel-ID'];
  styleHeaderRow(head, 1, 7);
  ws.columns = [{ width: 44 }, { width: 30 }, { width: 20 }, { width: 24 }, { width: 24 }, { width: 60 }, { width: 14 }];
  const lines = new Map(input.lines.map((l) => [l.id, l]));
  let r = 5;
  for (const o of meta.overrides) {
    const line = lines.get(o.lineId);
    const row = ws.getRow(r++);
    const effective = o.fields.map((f) => `${lineFieldLabel(f)}: ${display(f, line ? (line as unknown as Record<string, unknown>)[f] : undefined)}`).join('\n');
    const model = o.fields.map((f) => `${lineFieldLabel(f)}: ${display(f, o.modelValues[f])}`).join('\n');
    row.values = [
      o.description,
      line ? developmentTitle(input, meta, line.developmentId) : '',
      o.fields.map(lineFieldLabel).join(', '),
      model,
      effective,
      o.justification,
      o.lineId,
    ];
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  if (meta.overrides.length === 0) ws.getCell('A5').value = 'Geen afwijkingen van het model.';
  freeze(ws, 5);
  setPrint(ws, 4, `${meta.municipalityName} — ${meta.budgetName}`);
}

/** Override values as a reader expects them: cents fields as euros, decimals with a comma. */
export function display(field: string, value: unknown): string {
  if (value == null) return '—';
  // Codes (driver "departments", kind "incidental") and yes/no in the same Dutch words as the screen.
  const label = lineValueLabel(field, value);
  if (label !== null) return label;
  if (typeof value === 'number' && field.endsWith('Cents')) return formatEuroExact(value);
  if (typeof value === 'number') return formatNumber(value, 4);
  return String(value);
}

