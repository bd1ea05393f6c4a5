import type ExcelJS from 'exceljs';
import {
  PROVENANCES,
  exploitationByLine,
  sumByYear,
  type CalculationInput,
  type CalculationResult,
  type Category,
  type PlausibilityCheck,
  type Totals,
} from '@app/engine';
import type { ExportMeta } from '../meta.ts';
import {
  BENCHMARK_SCOPE_NOTE,
  CATEGORY_LABELS,
  COST_BASIS_LABELS,
  KIND_LABELS,
  PROVENANCE_LABELS,
  benchmarkCitation,
  exampleMajorityText,
  lineFieldLabel,
  lineValueLabel,
  plausibilityWarning,
} from '@app/schemas';
import { exportChecks } from '../checks.ts';
import { developmentTitle, domainKeysInOrder, domainName } from '../flat-rows.ts';
import { formatDate, formatEuroExact, formatNumber } from '../format.ts';
import { LINES_SHEET, lineColumn, type LinesSheetInfo } from './lines-sheet.ts';
import type { AssumptionRefs } from './assumptions-sheet.ts';
import {
  EURO_CENTS_FORMAT,
  EURO_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  columnLetter,
  freeze,
  setPrint,
  setTitle,
  styleHeaderRow,
  styleSubtotalRow,
} from './styles.ts';

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
  setTitle(
    ws,
    `ICT-begroting ${meta.municipalityName}`,
    `${meta.budgetName}${meta.scenarioName ? ` — scenario ${meta.scenarioName}` : ''}`,
  );
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
  // The plausibility block uses columns up to J.
  for (let c = 2 + years.length; c <= 10; c++) ws.getColumn(c).width = 14;

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
      row.getCell(2 + k).value = {
        formula: sumifs(info, y, [[lineColumn('category'), CATEGORY_LABELS[cat]]]),
        result: result.totals[cat][y]! / 100,
      };
      figures.push({
        sheet: name,
        row: r,
        year: y,
        column: yc(k),
        cents: result.totals[cat][y]!,
        label: `totaal ${cat}`,
      });
    });
    catRows.push(r++);
  }
  const totalRow = ws.getRow(r);
  totalRow.getCell(1).value = 'Totaal exploitatie';
  years.forEach((y, k) => {
    totalRow.getCell(2 + k).value = {
      formula: catRows.map((cr) => `${yc(k)}${cr}`).join('+'),
      result: result.totals.total[y]! / 100,
    };
    figures.push({ sheet: name, row: r, year: y, column: yc(k), cents: result.totals.total[y]!, label: 'totaal' });
  });
  styleSubtotalRow(totalRow, 1, 1 + years.length);
  r++;
  const invRow = ws.getRow(r);
  invRow.getCell(1).value = 'Investeringen (geactiveerd, buiten het totaal)';
  years.forEach((y, k) => {
    invRow.getCell(2 + k).value = {
      formula: sumifs(info, y, [[lineColumn('category'), CATEGORY_LABELS.investment]]),
      result: result.totals.investment[y]! / 100,
    };
    figures.push({
      sheet: name,
      row: r,
      year: y,
      column: yc(k),
      cents: result.totals.investment[y]!,
      label: 'investeringen',
    });
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
    figures.push({
      sheet: name,
      row: r,
      year: y,
      column: col,
      cents: result.totals.total[y]!,
      label: 'totaal domeinen',
    });
  });
  styleSubtotalRow(domTotal, 1, 1 + years.length);
  r += 2;

  // Every total split by provenance: SUMIFS over Regels' Herkomst column, so it moves with the lines.
  const checks = exportChecks({ input, result, meta });
  header('Per herkomst (€, exploitatie)');
  const inSheet = new Set(info.rows.map((x) => x.line.provenance));
  const provRows: number[] = [];
  let exampleRow: number | null = null;
  for (const prov of PROVENANCES) {
    if (!inSheet.has(prov)) continue;
    const row = ws.getRow(r);
    row.getCell(1).value = PROVENANCE_LABELS[prov];
    years.forEach((y, k) => {
      const cents = checks.byProvenance[prov].total[y] ?? 0;
      row.getCell(2 + k).value = {
        formula: sumifs(info, y, [
          [lineColumn('provenance'), PROVENANCE_LABELS[prov]],
          [lineColumn('category'), NOT_INVESTMENT],
        ]),
        result: cents / 100,
      };
      figures.push({ sheet: name, row: r, year: y, column: yc(k), cents, label: `herkomst ${prov}` });
    });
    if (prov === 'example') exampleRow = r;
    provRows.push(r++);
  }
  const provTotal = ws.getRow(r);
  provTotal.getCell(1).value = 'Totaal';
  years.forEach((y, k) => {
    const col = yc(k);
    provTotal.getCell(2 + k).value = {
      formula: provRows.length ? `SUM(${col}${provRows[0]}:${col}${provRows[provRows.length - 1]})` : '0',
      result: result.totals.total[y]! / 100,
    };
    figures.push({
      sheet: name,
      row: r,
      year: y,
      column: col,
      cents: result.totals.total[y]!,
      label: 'totaal herkomst',
    });
  });
  styleSubtotalRow(provTotal, 1, 1 + years.length);
  const provTotalRow = r++;
  const euroRowsEnd = r - 1;
  if (exampleRow !== null) {
    const row = ws.getRow(r);
    row.getCell(1).value = 'Waarvan voorbeeldregels';
    years.forEach((y, k) => {
      const col = yc(k);
      const cell = row.getCell(2 + k);
      cell.value = {
        formula: `IF(${col}${provTotalRow}=0,0,${col}${exampleRow}/${col}${provTotalRow})`,
        result: checks.exampleYears[k]?.share ?? 0,
      };
      cell.numFmt = PERCENT_FORMAT;
    });
    row.font = { italic: true };
    r++;
  }
  for (let row = headerRow; row <= euroRowsEnd; row++)
    for (let k = 0; k < years.length; k++) ws.getCell(`${yc(k)}${row}`).numFmt = EURO_FORMAT;
  const majority = exampleMajorityText(checks.exampleMajority);
  if (majority) {
    wrapAcross(ws, 9, 1, `Let op: ${majority}`);
    ws.getCell('A9').font = { bold: true, color: { argb: 'FF9C5700' } };
  }
  r += 1;
  r = writePlausibility(ws, r, input, result, checks, refs, catRows[1]!, totalRow.number, yc, years.length, figures);
  freeze(ws, headerRow + 1, 2);
  setPrint(ws, headerRow, `${meta.municipalityName} — ${meta.budgetName}`);
}

/**
 * Cost per inhabitant and per employee beside the Modelgemeente's own and the benchmark. Own
 * figures are live (they follow Uitgangspunten); the model's amount is the engine's figure for the
 * model profile (a value: recomputing the model needs the whole workbook again). Per-inhabitant
 * cents are computed as the engine does: round(cents / inhabitants), half away from zero.
 */
function writePlausibility(
  ws: ExcelJS.Worksheet,
  startRow: number,
  input: CalculationInput,
  result: CalculationResult,
  checks: ReturnType<typeof exportChecks>,
  refs: AssumptionRefs,
  structuralRow: number,
  totalRow: number,
  yc: (k: number) => string,
  yearCount: number,
  figures: FigureCell[],
): number {
  const name = ws.name;
  let r = startRow;
  const head = ws.getRow(r);
  head.values = [
    'Plausibiliteit (per inwoner en per medewerker)',
    'Bedrag',
    'Per inwoner',
    'Per medewerker',
    'Modelgemeente',
    'Model per inwoner',
    'Verhouding',
    'Plausibel van',
    'tot',
    'Oordeel',
  ];
  styleHeaderRow(head, 1, 10);
  for (let c = 2; c <= 10; c++) head.getCell(c).alignment = { horizontal: 'right', vertical: 'middle', wrapText: true };
  head.getCell(1).alignment = { vertical: 'middle', wrapText: true };
  head.height = 30;
  r++;
  const lastCol = yc(yearCount - 1);
  const perCapita = (amount: string, count: string) => `IF(${count}>0,ROUND(ROUND(${amount}*100/${count},6),0)/100,0)`;
  const firstYear = result.years[0]!;
  const rows: [string, string, PlausibilityCheck][] = [
    [
      `Structureel ${checks.plausibility.structural.year ?? ''}`.trim(),
      `${lastCol}${structuralRow}`,
      checks.plausibility.structural,
    ],
    ['Totaal over alle jaren', `SUM(${yc(0)}${totalRow}:${lastCol}${totalRow})`, checks.plausibility.total],
  ];
  for (const [label, amountFormula, check] of rows) {
    const row = ws.getRow(r);
    row.getCell(1).value = label;
    row.getCell(2).value = { formula: amountFormula, result: check.own.amountCents / 100 };
    row.getCell(3).value = {
      formula: perCapita(`B${r}`, refs.own.inhabitants),
      result: check.own.perInhabitantCents / 100,
    };
    row.getCell(4).value = {
      formula: perCapita(`B${r}`, refs.own.employees),
      result: check.own.perEmployeeCents / 100,
    };
    row.getCell(5).value = check.model.amountCents / 100;
    row.getCell(6).value = {
      formula: perCapita(`E${r}`, refs.model.inhabitants),
      result: check.model.perInhabitantCents / 100,
    };
    row.getCell(7).value = {
      formula: `IF(OR(E${r}=0,${refs.own.inhabitants}<=0),"",(B${r}*${refs.model.inhabitants})/(E${r}*${refs.own.inhabitants}))`,
      result: check.ratio ?? '',
    };
    row.getCell(8).value = check.min;
    row.getCell(9).value = check.max;
    const verdict =
      check.status === 'high'
        ? 'te hoog'
        : check.status === 'low'
          ? 'te laag'
          : check.status === 'within'
            ? 'binnen de band'
            : '';
    row.getCell(10).value = {
      formula: `IF(G${r}="","",IF(G${r}<H${r},"te laag",IF(G${r}>I${r},"te hoog","binnen de band")))`,
      result: verdict,
    };
    for (const c of [2, 5]) row.getCell(c).numFmt = EURO_FORMAT;
    for (const c of [3, 4, 6]) row.getCell(c).numFmt = EURO_CENTS_FORMAT;
    row.getCell(7).numFmt = '0.00"×"';
    for (const c of [8, 9]) row.getCell(c).numFmt = '0.00"×"';
    figures.push({
      sheet: name,
      row: r,
      year: firstYear,
      column: 'B',
      cents: check.own.amountCents,
      label: `${check.measure} bedrag`,
    });
    figures.push({
      sheet: name,
      row: r,
      year: firstYear,
      column: 'C',
      cents: check.own.perInhabitantCents,
      label: `${check.measure} per inwoner`,
    });
    figures.push({
      sheet: name,
      row: r,
      year: firstYear,
      column: 'D',
      cents: check.own.perEmployeeCents,
      label: `${check.measure} per medewerker`,
    });
    figures.push({
      sheet: name,
      row: r,
      year: firstYear,
      column: 'F',
      cents: check.model.perInhabitantCents,
      label: `${check.measure} model per inwoner`,
    });
    r++;
  }
  const text = (value: string, opts: { bold?: boolean; italic?: boolean; color?: string } = {}) => {
    wrapAcross(ws, r, 1, value);
    ws.getCell(`A${r}`).font = {
      bold: opts.bold,
      italic: opts.italic,
      ...(opts.color ? { color: { argb: opts.color } } : {}),
    };
    r++;
  };
  text(
    `Modelgemeente: dezelfde regels berekend voor ${input.modelProfile.inhabitants} inwoners en ${input.modelProfile.employees} medewerkers (bedrag berekend bij de export). Plausibel: structureel per inwoner ${check2band(checks.plausibility.structural)}, totaal ${check2band(checks.plausibility.total)} van het model.`,
    { italic: true },
  );
  for (const check of [checks.plausibility.structural, checks.plausibility.total]) {
    const warning = plausibilityWarning(check);
    if (warning) text(`Waarschuwing (bij export): ${warning}`, { bold: true, color: 'FF9C5700' });
  }
  const { latest, sizeClass, series } = checks.perInhabitant;
  const benchRow = (label: string, b: NonNullable<typeof latest>, unit: string) => {
    const row = ws.getRow(r);
    row.getCell(1).value = label;
    row.getCell(2).value = b.valueCents / 100;
    row.getCell(2).numFmt = EURO_FORMAT;
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { vertical: 'top' };
    wrapAcross(ws, r, 3, `${benchmarkCitation(b, unit)}${b.sourceUrl ? ` ${b.sourceUrl}` : ''}`);
    r++;
  };
  if (latest) benchRow(`Benchmark per inwoner ${latest.year}`, latest, 'per inwoner');
  if (sizeClass) benchRow(`Benchmark grootteklasse ${sizeClass.year}`, sizeClass, 'per inwoner');
  const perFte = checks.perEmployee.sizeClass ?? checks.perEmployee.latest;
  if (perFte) benchRow(`Benchmark per medewerker ${perFte.year}`, perFte, 'per fte');
  if (series.length > 1)
    text(`Reeks per inwoner (M&I/Partners): ${series.map((b) => `${b.year} € ${b.valueCents / 100}`).join(', ')}`);
  text(BENCHMARK_SCOPE_NOTE, { italic: true });
  return r;
}

/** Long text in one row, merged from `fromCol` to J and wrapped, so it prints within the sheet's width. */
function wrapAcross(ws: ExcelJS.Worksheet, row: number, fromCol: number, value: string): void {
  const lastCol = 10;
  ws.mergeCells(row, fromCol, row, lastCol);
  const cell = ws.getCell(row, fromCol);
  cell.value = value;
  cell.alignment = { wrapText: true, vertical: 'top' };
  // Merged cells do not grow by themselves: about 1,1 characters per width unit, 15 pt per line.
  let width = 0;
  for (let c = fromCol; c <= lastCol; c++) width += ws.getColumn(c).width ?? 10;
  ws.getRow(row).height = Math.max(15, Math.ceil(value.length / (width * 1.1)) * 15);
}

function check2band(c: PlausibilityCheck): string {
  const f = (n: number) => String(n).replace('.', ',');
  return `${f(c.min)}×–${f(c.max)}×`;
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
  setTitle(
    ws,
    `Domein: ${domain}`,
    `${meta.municipalityName} — ${meta.budgetName}. Bedragen in € (exploitatie; investeringen staan op Regels).`,
  );
  const headerRowNr = 4;
  const head = ws.getRow(headerRowNr);
  head.values = ['Ontwikkeling / regel', 'Soort', 'Kostenbasis', 'Herkomst', 'Regel-ID', ...years.map(String)];
  styleHeaderRow(head, 1, fixedCols + years.length);
  for (let k = 0; k < years.length; k++)
    head.getCell(fixedCols + 1 + k).alignment = { horizontal: 'right', vertical: 'middle' };
  ws.columns = [
    { width: 56 },
    { width: 13 },
    { width: 15 },
    { width: 18 },
    { width: 12 },
    ...years.map(() => ({ width: 14 })),
  ];

  // Exploitation per line per year, from the engine rows (what the formulas must reproduce).
  const lineTotals = exploitationByLine(
    result.rows.filter((row) => row.domainKey === domainKey),
    years,
  );
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
    const devSum = sumByYear(
      years,
      lines.map((line) => lineTotals.get(line.id) ?? {}),
    );
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
      devRow.getCell(fixedCols + 1 + k).value = {
        formula: `SUM(${col}${lineRows[0]}:${col}${lineRows[lineRows.length - 1]})`,
        result: devSum[y]! / 100,
      };
      figures.push({
        sheet: name,
        row: devRowNr,
        year: y,
        column: col,
        cents: devSum[y]!,
        label: `ontwikkeling ${dev.id}`,
      });
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

  for (let row = headerRowNr + 1; row <= r; row++)
    for (let k = 0; k < years.length; k++) ws.getCell(`${yc(k)}${row}`).numFmt = EURO_FORMAT;
  freeze(ws, headerRowNr + 1, 2);
  setPrint(ws, headerRowNr, `${meta.municipalityName} — ${domain}`);
}

/** Toelichting: every override with its model values and justification. */
export function writeNotesSheet(ws: ExcelJS.Worksheet, meta: ExportMeta, input: CalculationInput): void {
  setTitle(
    ws,
    'Toelichting op afwijkingen van het model',
    'Elke aangepaste regel met de modelwaarde en de verantwoording.',
  );
  const head = ws.getRow(4);
  head.values = ['Regel', 'Ontwikkeling', 'Aangepast', 'Modelwaarde', 'Nieuwe waarde', 'Toelichting', 'Regel-ID'];
  styleHeaderRow(head, 1, 7);
  ws.columns = [
    { width: 44 },
    { width: 30 },
    { width: 20 },
    { width: 24 },
    { width: 24 },
    { width: 60 },
    { width: 14 },
  ];
  const lines = new Map(input.lines.map((l) => [l.id, l]));
  let r = 5;
  for (const o of meta.overrides) {
    const line = lines.get(o.lineId);
    const row = ws.getRow(r++);
    const effective = o.fields.map((f) => `${lineFieldLabel(f)}: ${display(f, line?.[f])}`).join('\n');
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
