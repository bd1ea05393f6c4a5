import type ExcelJS from 'exceljs';
import { CATEGORY_OF, type CalculationInput, type CalculationResult } from '@app/engine';
import { CATEGORY_LABELS, FUNDING_SOURCE_TYPE_LABELS, FUNDING_STATUS_LABELS, type FundingOverview } from '@app/schemas';
import type { ExportMeta } from '../meta.ts';
import { developmentTitle, domainName } from '../flat-rows.ts';
import { LINES_SHEET, lineColumn, type LinesSheetInfo } from './lines-sheet.ts';
import {
  EURO_FORMAT,
  YEAR_FORMAT,
  columnLetter,
  markInput,
  setPrint,
  setTitle,
  styleHeaderRow,
  styleSubtotalRow,
} from './styles.ts';

export const FUNDING_SHEET = 'Dekking';
const HEADER_ROW = 4;

/** A figure cell of the Dekking sheet with the API's value, for the recalculation test. */
export interface FundingFigure {
  where: string;
  row: number;
  column: string;
  cents: number;
}

const COLUMNS = [
  { header: 'Dekking-ID', width: 12 },
  { header: 'Bron', width: 26 },
  { header: 'Soort', width: 22 },
  { header: 'Status', width: 11 },
  { header: 'Dekt', width: 40 },
  { header: 'Domein', width: 20 },
  { header: 'Aard', width: 12 },
  { header: 'Bedrag per jaar', width: 14 },
  { header: 'Percentage', width: 11 },
  { header: 'Vanaf', width: 8 },
  { header: 'Tot en met', width: 10 },
] as const;
const AMOUNT_COL = 'H';
const PCT_COL = 'I';
const START_COL = 'J';
const END_COL = 'K';
const DOMAIN_COL = 'F';
const NATURE_COL = 'G';
const FIRST_YEAR_COL = COLUMNS.length + 1;
const SOURCE_TYPE_COL = 'C';
/** The organisation's rule for what is incidental (yellow input): funding natures follow it live. */
const RULE_CELL = `$${NATURE_COL}$3`;
/** Source types that are incidental whatever their years (ADR 0015), as written in the Soort column. */
const INCIDENTAL_TYPE_LABELS = [
  FUNDING_SOURCE_TYPE_LABELS['general-reserve'],
  FUNDING_SOURCE_TYPE_LABELS['earmarked-reserve'],
  FUNDING_SOURCE_TYPE_LABELS.subsidy,
];

/**
 * Dekking: every active funding with its inputs (yellow) and per year a live formula — an amount
 * rounded to euros, or ROUND(gross × p / 100) of the target's exploitation summed from Regels —
 * then gross / funded / net in total and per domain, the structural balance and the incidental
 * overview, all as formulas over Regels and this sheet (packages/engine/README.md "Funding").
 * The warnings are written out as text (as on the screen).
 */
export function writeFundingSheet(
  ws: ExcelJS.Worksheet,
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  lines: LinesSheetInfo,
  funding: FundingOverview,
): FundingFigure[] {
  setTitle(
    ws,
    'Dekking: bruto, dekking en netto per jaar',
    'Gele cellen zijn invoer. Een percentage dekt dat deel van de bruto kosten (exploitatie) van de regel of ontwikkeling in hetzelfde jaar, per jaar afgerond op hele euro’s.',
  );
  const years = result.years;
  const yearCol: Record<number, string> = {};
  years.forEach((y, k) => (yearCol[y] = columnLetter(FIRST_YEAR_COL + k)));
  const totalCol = columnLetter(FIRST_YEAR_COL + years.length);
  const figures: FundingFigure[] = [];
  const figure = (where: string, row: number, column: string, cents: number) =>
    figures.push({ where, row, column, cents });

  // The incidental rule as an input: the Aard column and everything summed by it follow it.
  ws.getCell('A3').value = 'Incidenteel is een dekking van ten hoogste (jaren; Commissie BBV: 3) →';
  ws.getCell('A3').font = { bold: true };
  const ruleCell = ws.getCell(RULE_CELL.replace(/\$/g, ''));
  ruleCell.value = funding.rule.maxYears;
  markInput(ruleCell);

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  years.forEach((y, k) => (header.getCell(FIRST_YEAR_COL + k).value = y));
  header.getCell(FIRST_YEAR_COL + years.length).value = 'Totaal';
  styleHeaderRow(header, 1, FIRST_YEAR_COL + years.length);

  const range = (col: string) => `${LINES_SHEET}!$${col}$${lines.firstDataRow}:$${col}$${lines.lastDataRow}`;
  const idRange = range(lineColumn('id'));
  const categoryRange = range(lineColumn('category'));
  const domainRange = range(lineColumn('domain'));
  const investment = CATEGORY_LABELS.investment;
  /** Exploitation of one line in one year, from Regels. */
  const lineGross = (lineId: string, y: number) =>
    `SUMIFS(${range(lines.yearColumn[y]!)},${idRange},"${lineId}",${categoryRange},"<>${investment}")`;
  const lineCategory = (lineId: string, y: number, category: string) =>
    `SUMIFS(${range(lines.yearColumn[y]!)},${idRange},"${lineId}",${categoryRange},"${category}")`;
  const linesOf = new Map<string, string[]>();
  const shownLines = new Set(lines.rows.map((r) => r.line.id));
  for (const line of input.lines) {
    if (!shownLines.has(line.id)) continue;
    const list = linesOf.get(line.developmentId) ?? [];
    list.push(line.id);
    linesOf.set(line.developmentId, list);
  }
  const lineById = new Map(input.lines.map((l) => [l.id, l]));
  const devById = new Map(input.developments.map((d) => [d.id, d]));
  const amountsById = new Map(funding.fundings.map((f) => [f.fundingId, f]));

  // 1. One row per active funding.
  let r = HEADER_ROW + 1;
  const firstFundingRow = r;
  for (const source of funding.sources.filter((s) => s.active)) {
    const row = ws.getRow(r);
    const line = source.budgetLineId ? lineById.get(source.budgetLineId) : undefined;
    const developmentId = line?.developmentId ?? source.developmentId ?? '';
    const dev = devById.get(developmentId);
    const target = line
      ? `Regel: ${line.description}`
      : `Ontwikkeling: ${developmentTitle(input, meta, developmentId)}`;
    const targetLines = line ? [line.id] : (linesOf.get(developmentId) ?? []);
    const first = years[0] ?? input.firstYear;
    const values: ExcelJS.CellValue[] = [
      source.id.slice(0, 8),
      source.label ?? FUNDING_SOURCE_TYPE_LABELS[source.sourceType],
      FUNDING_SOURCE_TYPE_LABELS[source.sourceType],
      FUNDING_STATUS_LABELS[source.status],
      target,
      dev ? domainName(meta, dev.domainKey) : '',
      null,
      source.amountCents != null ? source.amountCents / 100 : null,
      source.percentage ?? null,
      Math.max(source.startYear, first),
      source.endYear ?? null,
    ];
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
    for (const col of [AMOUNT_COL, PCT_COL, START_COL, END_COL]) markInput(row.getCell(col));
    const computed = amountsById.get(source.id);
    // The nature follows the rule live: reserves and subsidies are incidental, any other source
    // when it ends within the rule's number of years (engine fundingNature).
    const incidentalType = INCIDENTAL_TYPE_LABELS.map((label) => `$${SOURCE_TYPE_COL}${r}="${label}"`).join(',');
    row.getCell(NATURE_COL).value = {
      formula: `IF(OR(${incidentalType},AND($${END_COL}${r}<>"",$${END_COL}${r}-$${START_COL}${r}+1<=${RULE_CELL})),"incidenteel","structureel")`,
      result: (computed?.nature ?? source.nature) === 'incidental' ? 'incidenteel' : 'structureel',
    };
    for (const y of years) {
      const yearRef = `${yearCol[y]}$${HEADER_ROW}`;
      const runs = `AND(${yearRef}>=$${START_COL}${r},OR($${END_COL}${r}="",${yearRef}<=$${END_COL}${r}))`;
      const gross = targetLines.length > 0 ? targetLines.map((id) => lineGross(id, y)).join('+') : '0';
      const amount = `IF($${AMOUNT_COL}${r}<>"",ROUND(ROUND($${AMOUNT_COL}${r},6),0),ROUND(ROUND((${gross})*$${PCT_COL}${r}/100,6),0))`;
      const cents = computed?.amounts[y] ?? 0;
      row.getCell(yearCol[y]!).value = { formula: `IF(${runs},${amount},0)`, result: cents / 100 };
      figure(`${FUNDING_SHEET} ${target} ${y}`, r, yearCol[y]!, cents);
    }
    row.getCell(totalCol).value = {
      formula: `SUM(${yearCol[years[0]!] ?? 'L'}${r}:${yearCol[years[years.length - 1]!] ?? 'L'}${r})`,
      result: (computed?.total ?? 0) / 100,
    };
    r++;
  }
  // Kapitaallasten covered from a bestemmingsreserve (organisation setting, ADR 0027): one row per
  // line, its depreciation and interest from Regels, structural by the BBV exception.
  const capital = CATEGORY_LABELS.capital;
  for (const item of funding.capitalReserve?.lines ?? []) {
    const line = lineById.get(item.lineId);
    if (!line || !shownLines.has(item.lineId)) continue;
    const dev = devById.get(line.developmentId);
    const row = ws.getRow(r);
    const values: ExcelJS.CellValue[] = [
      'automatisch',
      'Kapitaallasten uit bestemmingsreserve',
      FUNDING_SOURCE_TYPE_LABELS['earmarked-reserve'],
      '',
      `Regel: ${line.description}`,
      dev ? domainName(meta, dev.domainKey) : '',
      'structureel',
    ];
    values.forEach((v, i) => (row.getCell(i + 1).value = v));
    for (const y of years) {
      const cents = item.amounts[y] ?? 0;
      row.getCell(yearCol[y]!).value = { formula: lineCategory(item.lineId, y, capital), result: cents / 100 };
      figure(`${FUNDING_SHEET} reserve ${line.description} ${y}`, r, yearCol[y]!, cents);
    }
    row.getCell(totalCol).value = {
      formula: `SUM(${yearCol[years[0]!] ?? 'L'}${r}:${yearCol[years[years.length - 1]!] ?? 'L'}${r})`,
      result: item.total / 100,
    };
    r++;
  }
  const lastFundingRow = Math.max(firstFundingRow, r - 1);
  const fundingRange = (col: string) => `$${col}$${firstFundingRow}:$${col}$${lastFundingRow}`;
  const hasFundingRows = r > firstFundingRow;

  // 2. Totals and per domain.
  r += 1;
  const block = (title: string) => {
    const row = ws.getRow(r);
    row.getCell(1).value = title;
    row.getCell(1).font = { bold: true, size: 12 };
    r++;
  };
  const yearsRow = (
    label: string,
    formula: (y: number) => string,
    cents: Record<number, number>,
    where: string,
    subtotal = false,
  ) => {
    const row = ws.getRow(r);
    row.getCell(2).value = label;
    let sum = 0;
    for (const y of years) {
      row.getCell(yearCol[y]!).value = { formula: formula(y), result: (cents[y] ?? 0) / 100 };
      figure(`${where} ${y}`, r, yearCol[y]!, cents[y] ?? 0);
      sum += cents[y] ?? 0;
    }
    row.getCell(totalCol).value = {
      formula: `SUM(${yearCol[years[0]!]}${r}:${yearCol[years[years.length - 1]!]}${r})`,
      result: sum / 100,
    };
    if (subtotal) styleSubtotalRow(row, 2, FIRST_YEAR_COL + years.length);
    const at = r;
    r++;
    return at;
  };
  const fundedSum = (y: number, criteria = '') =>
    hasFundingRows
      ? criteria
        ? `SUMIFS(${fundingRange(yearCol[y]!)},${criteria})`
        : `SUM(${fundingRange(yearCol[y]!)})`
      : '0';

  block('Hele begroting');
  const grossRow = yearsRow(
    'Bruto kosten (exploitatie)',
    (y) => `SUMIFS(${range(lines.yearColumn[y]!)},${categoryRange},"<>${investment}")`,
    funding.total.gross,
    'Bruto totaal',
  );
  const fundedRow = yearsRow('Dekking', (y) => fundedSum(y), funding.total.funded, 'Dekking totaal');
  yearsRow(
    'Netto',
    (y) => `${yearCol[y]}${grossRow}-${yearCol[y]}${fundedRow}`,
    funding.total.net,
    'Netto totaal',
    true,
  );

  r += 1;
  block('Per domein');
  for (const [key, part] of Object.entries(funding.domains)) {
    const name = domainName(meta, key);
    const g = yearsRow(
      `${name}: bruto`,
      (y) => `SUMIFS(${range(lines.yearColumn[y]!)},${domainRange},"${name}",${categoryRange},"<>${investment}")`,
      part.gross,
      `${name} bruto`,
    );
    const f = yearsRow(
      `${name}: dekking`,
      (y) => fundedSum(y, `${fundingRange(DOMAIN_COL)},"${name}"`),
      part.funded,
      `${name} dekking`,
    );
    yearsRow(`${name}: netto`, (y) => `${yearCol[y]}${g}-${yearCol[y]}${f}`, part.net, `${name} netto`, true);
  }

  // 3. BBV: structural balance and incidental overview.
  r += 1;
  block('Structureel evenwicht (BBV)');
  const structural = CATEGORY_LABELS.structural;
  const incidental = CATEGORY_LABELS.incidental;
  const reclassified = funding.incidental.reclassified.map((i) => i.id);
  const costRow = yearsRow(
    'Structurele lasten (incl. kapitaallasten en incidentele regels langer dan de BBV-termijn)',
    (y) =>
      [
        `SUMIFS(${range(lines.yearColumn[y]!)},${categoryRange},"${structural}")`,
        `SUMIFS(${range(lines.yearColumn[y]!)},${categoryRange},"${capital}")`,
        ...reclassified.map((id) => lineCategory(id, y, incidental)),
      ].join('+'),
    funding.structuralBalance.cost,
    'Structurele lasten',
  );
  const sFundRow = yearsRow(
    'Structurele dekking',
    (y) => fundedSum(y, `${fundingRange(NATURE_COL)},"structureel"`),
    funding.structuralBalance.funding,
    'Structurele dekking',
  );
  yearsRow(
    'Saldo (dekking − lasten)',
    (y) => `${yearCol[y]}${sFundRow}-${yearCol[y]}${costRow}`,
    funding.structuralBalance.balance,
    'Structureel saldo',
    true,
  );

  r += 1;
  block(`Overzicht incidentele lasten en baten (BBV: ten hoogste ${funding.incidental.rule.maxYears} jaar)`);
  // Every line that can have incidental cells in Regels is listed (zero rows included), so the
  // layout does not depend on the figures: a change in Excel that pushes an investment below the
  // activation threshold still lands in its row. With a euro threshold the split follows the API.
  const reclassifiedSet = new Set(reclassified);
  const candidates = [
    ...new Set(lines.rows.filter((row) => CATEGORY_OF[row.component] === 'incidental').map((row) => row.line.id)),
  ].filter((id) => !reclassifiedSet.has(id));
  const listedItems = new Map(funding.incidental.lasten.map((i) => [i.id, i]));
  const listed =
    funding.incidental.rule.thresholdCents == null ? candidates : candidates.filter((id) => listedItems.has(id));
  const others = candidates.filter((id) => !listed.includes(id));
  const zeros = Object.fromEntries(years.map((y) => [y, 0]));
  const lastenRows: number[] = [];
  for (const id of listed) {
    const label = lineById.get(id)?.description ?? id;
    lastenRows.push(
      yearsRow(
        `Last: ${label}`,
        (y) => lineCategory(id, y, incidental),
        listedItems.get(id)?.amounts ?? zeros,
        `Incidentele last ${label}`,
      ),
    );
  }
  if (others.length > 0) {
    lastenRows.push(
      yearsRow(
        'Overige incidentele lasten',
        (y) => others.map((id) => lineCategory(id, y, incidental)).join('+'),
        funding.incidental.otherLasten,
        'Overige incidentele lasten',
      ),
    );
  }
  yearsRow(
    'Totaal incidentele lasten',
    (y) => (lastenRows.length > 0 ? lastenRows.map((n) => `${yearCol[y]}${n}`).join('+') : '0'),
    funding.incidental.totalLasten,
    'Totaal incidentele lasten',
    true,
  );
  yearsRow(
    'Totaal incidentele baten (incidentele dekking)',
    (y) => fundedSum(y, `${fundingRange(NATURE_COL)},"incidenteel"`),
    funding.incidental.totalBaten,
    'Totaal incidentele baten',
    true,
  );

  // 4. The warnings, as text.
  r += 1;
  block('Signalen voor de controller');
  if (funding.warnings.length === 0) ws.getRow(r++).getCell(2).value = 'Geen signalen.';
  for (const w of funding.warnings) ws.getRow(r++).getCell(2).value = w.message;

  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  years.forEach((_, k) => (ws.getColumn(FIRST_YEAR_COL + k).width = 13));
  ws.getColumn(FIRST_YEAR_COL + years.length).width = 14;
  for (const y of years) ws.getColumn(yearCol[y]!).numFmt = EURO_FORMAT;
  ws.getColumn(totalCol).numFmt = EURO_FORMAT;
  ws.getColumn(AMOUNT_COL).numFmt = EURO_FORMAT;
  ws.getColumn(START_COL).numFmt = YEAR_FORMAT;
  ws.getColumn(END_COL).numFmt = YEAR_FORMAT;
  setPrint(ws, HEADER_ROW, `${meta.municipalityName} — ${meta.budgetName}`);
  return figures;
}
