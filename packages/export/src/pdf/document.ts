import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import {
  ASSET_CLASS_NL,
  ASSET_CLASSES,
  exploitationByLine,
  salaryAtStep,
  sumByYear,
  type CalculationInput,
  type CalculationResult,
  type Category,
  type Driver,
} from '@app/engine';
import type { BudgetExportInput, ExportMeta } from '../meta.ts';
import {
  BENCHMARK_SCOPE_NOTE,
  CATEGORY_LABELS,
  DRIVER_LABELS,
  KIND_LABELS,
  PROVENANCE_LABELS,
  benchmarkCitation,
  exampleMajorityText,
  formatBand,
  formatRatio,
  lineFieldLabel,
  plausibilityWarning,
} from '@app/schemas';
import { exportChecks, type ExportChecks } from '../checks.ts';
import { developmentTitle, domainKeysInOrder, domainName } from '../flat-rows.ts';
import { formatDate, formatEuro, formatEuroExact, formatNumber, formatPercent } from '../format.ts';
import { display } from '../xlsx/summary-sheets.ts';
import { horizontalBarChartSvg, stackedBarChartSvg } from './charts.ts';
import { fundingSection } from './funding-section.ts';

const COLORS = {
  incidental: '#9DC3E6',
  structural: '#1F4E79',
  capital: '#C55A11',
  header: '#1F4E79',
  subtotal: '#DDEBF7',
  warning: '#FFF2CC',
  warningBorder: '#BF8F00',
};
const CATEGORIES: Exclude<Category, 'investment'>[] = ['incidental', 'structural', 'capital'];
const SCALED: Exclude<Driver, 'fixed'>[] = ['inhabitants', 'employees', 'departments'];

function headerCell(text: string, alignment: 'left' | 'right' = 'left'): TableCell {
  return { text, style: 'tableHeader', alignment };
}

function money(cents: number, bold = false): { text: string; alignment: 'right'; bold: boolean; noWrap: boolean } {
  return { text: formatEuro(cents), alignment: 'right', bold, noWrap: true };
}

function yearHeader(label: string, years: number[]): TableCell[] {
  return [headerCell(label), ...years.map((y) => headerCell(String(y), 'right'))];
}

function amountWidths(years: number[]): (string | number)[] {
  return ['*', ...years.map(() => (years.length > 6 ? 48 : 64))];
}

const TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i <= 1 ? 1 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#A6A6A6',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function coverPage(
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  checks: ExportChecks,
): Content[] {
  const first = result.years[0] ?? input.firstYear;
  const last = result.years[result.years.length - 1] ?? first;
  const exampleWarning = exampleMajorityText(checks.exampleMajority);
  return [
    { text: 'ICT-begroting', style: 'coverKicker', margin: [0, 160, 0, 6] },
    { text: meta.municipalityName, style: 'coverTitle' },
    {
      text: meta.budgetName + (meta.scenarioName ? ` — scenario ${meta.scenarioName}` : ''),
      style: 'coverSubtitle',
      margin: [0, 8, 0, 30],
    },
    {
      table: {
        widths: [150, '*'],
        body: [
          ['Periode', `${first}–${last}`],
          ['Status', String(meta.status)],
          ['Versie', String(meta.version)],
          ['Datum', formatDate(meta.generatedAt)],
          ['Catalogus', meta.editionName],
          [
            'Inwoners / medewerkers / afdelingen',
            `${formatNumber(input.profile.inhabitants, 0)} / ${formatNumber(input.profile.employees, 0)} / ${formatNumber(input.profile.departments, 0)}`,
          ],
        ],
      },
      layout: 'noBorders',
    },
    ...(exampleWarning ? [warningBox(`Let op: ${exampleWarning}`, [0, 30, 0, 0])] : []),
    {
      text: 'Gebaseerd op de Modelgemeente van M&I/Partners (100.000 inwoners, 1.000 medewerkers, 40 afdelingen), herschaald naar deze gemeente. Regels met herkomst “Voorbeeld” zijn illustratieve aannames, geen Modelgemeente-bedragen.',
      style: 'note',
      margin: [0, 40, 0, 0],
    },
    { text: 'Gemaakt met de ICT-begrotingsplanner', style: 'note', margin: [0, 8, 0, 0], pageBreak: 'after' },
  ];
}

/** A framed, shaded paragraph: the warnings a reader must not miss. */
function warningBox(text: string, margin: [number, number, number, number] = [0, 0, 0, 8]): Content {
  return {
    table: {
      widths: ['*'],
      body: [[{ text, fillColor: COLORS.warning, margin: [6, 5, 6, 5], fontSize: 9, bold: true }]],
    },
    layout: {
      hLineColor: () => COLORS.warningBorder,
      vLineColor: () => COLORS.warningBorder,
      hLineWidth: () => 1,
      vLineWidth: () => 1,
    },
    margin,
  };
}

/** Every total split by the provenance of its lines; the rows add up to the totals above. */
function provenanceTable(result: CalculationResult, checks: ExportChecks): Content[] {
  const years = result.years;
  const body: TableCell[][] = [yearHeader('Totaal naar herkomst (exploitatie)', years)];
  for (const p of checks.provenancesShown)
    body.push([PROVENANCE_LABELS[p], ...years.map((y) => money(checks.byProvenance[p].total[y] ?? 0))]);
  body.push([
    { text: 'Totaal exploitatie', bold: true },
    ...years.map((y) => money(result.totals.total[y] ?? 0, true)),
  ]);
  body.push([
    { text: 'Waarvan voorbeeldregels', italics: true },
    ...checks.exampleYears.map((e) => ({
      text: formatPercent(Math.round(e.share * 100)),
      alignment: 'right' as const,
      italics: true,
    })),
  ]);
  return [
    { text: 'Herkomst van de bedragen', style: 'h3' },
    { table: { headerRows: 1, widths: amountWidths(years), body }, layout: TABLE_LAYOUT, margin: [0, 0, 0, 4] },
    {
      text: 'Gepubliceerd: letterlijk uit de Modelgemeente. Gepubliceerd, onvolledig: in de bron afgebroken, telt € 0 tot de gebruiker hem aanvult. Uit tweede hand: door derden geparafraseerd. Voorbeeld: illustratieve aanname van de planner. Geïmporteerd en eigen regel: door de gemeente zelf.',
      style: 'note',
      margin: [0, 0, 0, 10],
    },
  ];
}

/** Cost per inhabitant and per employee beside the model's own and the benchmark for the size class. */
function plausibilitySection(input: CalculationInput, checks: ExportChecks): Content[] {
  const { structural, total } = checks.plausibility;
  const row = (label: string, c: typeof structural): TableCell[] => [
    label,
    { text: formatEuroExact(c.own.perInhabitantCents), alignment: 'right' },
    { text: formatEuroExact(c.model.perInhabitantCents), alignment: 'right' },
    {
      text: c.ratio === null ? '—' : formatRatio(c.ratio),
      alignment: 'right',
      bold: c.status === 'low' || c.status === 'high',
    },
    { text: formatBand(c.min, c.max), alignment: 'right' },
    { text: formatEuroExact(c.own.perEmployeeCents), alignment: 'right' },
  ];
  const body: TableCell[][] = [
    [
      headerCell('Per inwoner'),
      headerCell('Deze begroting', 'right'),
      headerCell('Modelgemeente', 'right'),
      headerCell('Verhouding', 'right'),
      headerCell('Plausibel', 'right'),
      headerCell('Per medewerker', 'right'),
    ],
    row(`Structureel ${structural.year ?? ''}`.trim(), structural),
    row('Totaal over alle jaren', total),
  ];
  const warnings = [plausibilityWarning(structural), plausibilityWarning(total)].filter((w): w is string => w !== null);
  const cite: Content[] = [];
  const { latest, sizeClass, series } = checks.perInhabitant;
  if (latest) cite.push({ text: `Benchmark: ${benchmarkCitation(latest, 'per inwoner')}.`, margin: [0, 0, 0, 2] });
  if (sizeClass)
    cite.push({
      text: `Voor deze grootteklasse: ${benchmarkCitation(sizeClass, 'per inwoner')}.`,
      margin: [0, 0, 0, 2],
    });
  if (checks.perEmployee.sizeClass ?? checks.perEmployee.latest) {
    cite.push({
      text: `Per medewerker: ${benchmarkCitation((checks.perEmployee.sizeClass ?? checks.perEmployee.latest)!, 'per fte')}.`,
      margin: [0, 0, 0, 2],
    });
  }
  if (series.length > 1)
    cite.push({
      text: `Reeks per inwoner: ${series.map((b) => `${b.year} ${formatEuro(b.valueCents)}`).join(', ')}.`,
      margin: [0, 0, 0, 2],
    });
  if (latest) {
    const share = structural.own.perInhabitantCents / latest.valueCents;
    cite.push({
      text: `De structurele kosten per inwoner van deze begroting zijn ${formatPercent(Math.round(share * 100))} van de benchmark ${latest.year}.`,
      margin: [0, 0, 0, 2],
    });
  }
  return [
    { text: 'Plausibiliteit: kosten per inwoner en per medewerker', style: 'h3' },
    ...warnings.map((w) => warningBox(w)),
    { table: { headerRows: 1, widths: ['*', 62, 62, 52, 52, 62], body }, layout: TABLE_LAYOUT, margin: [0, 0, 0, 4] },
    {
      text: `Modelgemeente: dezelfde regels berekend voor ${formatNumber(input.modelProfile.inhabitants, 0)} inwoners en ${formatNumber(input.modelProfile.employees, 0)} medewerkers. Plausibel: structureel per inwoner ${formatBand(structural.min, structural.max)} van het model, totaal ${formatBand(total.min, total.max)}.`,
      style: 'note',
      margin: [0, 0, 0, 4],
    },
    { stack: cite, fontSize: 8 },
    { text: BENCHMARK_SCOPE_NOTE, style: 'note', margin: [0, 2, 0, 10] },
  ];
}

function summarySection(
  input: CalculationInput,
  result: CalculationResult,
  meta: ExportMeta,
  checks: ExportChecks,
): Content[] {
  const years = result.years;
  const t = result.totals;
  const body: TableCell[][] = [yearHeader('Totaal per jaar', years)];
  for (const cat of CATEGORIES) body.push([CATEGORY_LABELS[cat], ...years.map((y) => money(t[cat][y] ?? 0))]);
  body.push([{ text: 'Totaal exploitatie', bold: true }, ...years.map((y) => money(t.total[y] ?? 0, true))]);
  body.push([
    { text: 'Investeringen (buiten het totaal)', italics: true },
    ...years.map((y) => ({ ...money(t.investment[y] ?? 0), italics: true })),
  ]);

  const domains = domainKeysInOrder(input, result, meta).filter((k) => result.byDomain[k]);
  const domainBody: TableCell[][] = [yearHeader('Per domein', years)];
  for (const key of domains)
    domainBody.push([domainName(meta, key), ...years.map((y) => money(result.byDomain[key]!.total[y] ?? 0))]);
  domainBody.push([{ text: 'Totaal', bold: true }, ...years.map((y) => money(t.total[y] ?? 0, true))]);

  const chart = stackedBarChartSvg(
    years.map(String),
    CATEGORIES.map((cat) => ({
      label: CATEGORY_LABELS[cat],
      color: COLORS[cat],
      values: years.map((y) => (t[cat][y] ?? 0) / 100),
    })),
  );
  const firstYear = years[0];
  const domainChart =
    firstYear == null
      ? null
      : horizontalBarChartSvg(
          domains.map((k) => ({
            label: domainName(meta, k),
            value: (result.byDomain[k]!.total[firstYear] ?? 0) / 100,
          })),
          COLORS.structural,
        );
  const exampleWarning = exampleMajorityText(checks.exampleMajority);
  return [
    { text: 'Samenvatting', style: 'h1' },
    ...(exampleWarning ? [warningBox(exampleWarning)] : []),
    { table: { headerRows: 1, widths: amountWidths(years), body }, layout: TABLE_LAYOUT, margin: [0, 0, 0, 12] },
    ...provenanceTable(result, checks),
    ...plausibilitySection(input, checks),
    { text: 'Totaal per jaar naar soort', style: 'h3' },
    { svg: chart, width: 515, margin: [0, 4, 0, 12] },
    {
      table: { headerRows: 1, widths: amountWidths(years), body: domainBody },
      layout: TABLE_LAYOUT,
      margin: [0, 0, 0, 10],
    },
    ...(domainChart
      ? [
          { text: `Exploitatie per domein in ${firstYear}`, style: 'h3' } as Content,
          { svg: domainChart, width: 515 } as Content,
        ]
      : []),
  ];
}

function domainSection(key: string, input: CalculationInput, result: CalculationResult, meta: ExportMeta): Content[] {
  const years = result.years;
  const lineTotals = exploitationByLine(
    result.rows.filter((row) => row.domainKey === key),
    years,
  );
  // A fresh header per table: pdfmake writes layout state into cell objects, so they cannot be shared.
  const header = (): TableCell[] => [
    headerCell('Ontwikkeling / regel'),
    headerCell('Herkomst'),
    ...years.map((y) => headerCell(String(y), 'right')),
  ];
  const widths = amountWidths(years);
  widths.splice(1, 0, 62);
  // One table per development: the column header and the development row repeat on every page
  // the development spans, and the development row never ends a page on its own.
  const tables: Content[] = [];
  for (const dev of input.developments) {
    if (dev.domainKey !== key) continue;
    const lines = input.lines.filter((l) => l.developmentId === dev.id && lineTotals.has(l.id));
    if (lines.length === 0) continue;
    const devSum = sumByYear(
      years,
      lines.map((l) => lineTotals.get(l.id)!),
    );
    const body: TableCell[][] = [
      header(),
      [
        { text: developmentTitle(input, meta, dev.id), bold: true, fillColor: COLORS.subtotal },
        { text: dev.startYear ? `vanaf ${dev.startYear}` : '', fillColor: COLORS.subtotal, fontSize: 7 },
        ...years.map((y) => ({ ...money(devSum[y] ?? 0, true), fillColor: COLORS.subtotal })),
      ],
    ];
    for (const l of lines) {
      body.push([
        { text: `${l.description} (${KIND_LABELS[l.kind].toLowerCase()})`, margin: [8, 0, 0, 0] },
        {
          text: PROVENANCE_LABELS[l.provenance],
          fontSize: 7,
          color: l.provenance === 'example' ? '#7F6000' : '#404040',
        },
        ...years.map((y) => money(lineTotals.get(l.id)![y] ?? 0)),
      ]);
    }
    tables.push({
      table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
      layout: TABLE_LAYOUT,
      margin: [0, 0, 0, 8],
    });
  }
  const totals = result.byDomain[key]!;
  const totalBody: TableCell[][] = [header()];
  for (const cat of CATEGORIES)
    totalBody.push([
      { text: CATEGORY_LABELS[cat], italics: true },
      '',
      ...years.map((y) => money(totals[cat][y] ?? 0)),
    ]);
  totalBody.push([
    { text: `Totaal ${domainName(meta, key)}`, bold: true },
    '',
    ...years.map((y) => money(totals.total[y] ?? 0, true)),
  ]);
  return [
    { text: `Domein: ${domainName(meta, key)}`, style: 'h2', pageBreak: 'before' },
    ...tables,
    {
      table: { headerRows: 1, dontBreakRows: true, widths, body: totalBody },
      layout: TABLE_LAYOUT,
      unbreakable: true,
      margin: [0, 4, 0, 0],
    },
  ];
}

function assumptionsSection(input: CalculationInput, meta: ExportMeta): Content[] {
  const a = input.assumptions;
  const src = (key: string): [string, string] => {
    const s = meta.sources[key];
    return s ? [s.note ? `${s.source} (${s.note})` : s.source, s.date ? formatDate(s.date) : ''] : ['', ''];
  };
  const profileBody: TableCell[][] = [
    [
      headerCell('Gegeven'),
      headerCell('Eigen gemeente', 'right'),
      headerCell('Modelgemeente', 'right'),
      headerCell('Verhouding', 'right'),
      headerCell('Bron'),
    ],
  ];
  for (const d of SCALED) {
    profileBody.push([
      DRIVER_LABELS[d],
      { text: formatNumber(input.profile[d], 0), alignment: 'right' },
      { text: formatNumber(input.modelProfile[d], 0), alignment: 'right' },
      { text: formatNumber(input.profile[d] / input.modelProfile[d], 4), alignment: 'right' },
      { text: src(d).filter(Boolean).join(', '), fontSize: 7 },
    ]);
  }
  const rows: [string, string, string][] = [
    ['Werkgeverslasten (op 12 × maandsalaris)', formatPercent(a.employerCostPct), 'employerCostPct'],
    ['Prijsindexatie per jaar', formatPercent(a.priceIndexationPct), 'priceIndexationPct'],
    ['Loonindexatie per jaar', formatPercent(a.wageIndexationPct), 'wageIndexationPct'],
    ['Rente kapitaallasten', formatPercent(a.interestRatePct), 'interestRatePct'],
    ['Activeringsgrens', formatEuroExact(a.activationThresholdCents), 'activationThresholdCents'],
    ['Standaard afschrijvingstermijn', `${a.defaultDepreciationYears} jaar`, 'defaultDepreciationYears'],
    [
      'Afschrijvingstermijn per activaklasse',
      ASSET_CLASSES.filter((c) => a.depreciationYearsByAssetClass?.[c] != null)
        .map((c) => `${ASSET_CLASS_NL[c]} ${a.depreciationYearsByAssetClass?.[c]} jaar`)
        .join(', ') || 'geen (standaardtermijn)',
      'depreciationYearsByAssetClass',
    ],
    [
      'Rente over eigen vermogen',
      a.interestOnOwnEquity === true
        ? 'aan: de hele boekwaarde draagt rente'
        : `uit: rente over ${formatPercent(a.externalFinancingPct ?? 100)} (vreemd vermogen)`,
      'interestOnOwnEquity',
    ],
    [
      'Activeren en direct afschrijven',
      a.writeOffAtOnce === true ? 'aan: volledig afgeschreven in het jaar van de investering' : 'uit',
      'writeOffAtOnce',
    ],
    ['Aanbesteding bij contracteinde', `${formatPercent(a.retenderPct)} van de jaarwaarde`, 'retenderPct'],
    ['Migratie bij contracteinde', `${formatPercent(a.migrationPct)} van de jaarwaarde`, 'migrationPct'],
    [
      'Trede salaristabel',
      a.salaryStep === 'max' ? 'maximum van de schaal' : `trede ${a.salaryStep + 1}`,
      'salaryStep',
    ],
    ['Standaard inhuurrol', a.defaultHireRole, 'defaultHireRole'],
    [
      'Standaard elasticiteit inwoners / medewerkers / afdelingen',
      SCALED.map((d) => formatNumber(a.defaultElasticity[d] ?? 1, 2)).join(' / '),
      'defaultElasticity',
    ],
  ];
  const body: TableCell[][] = [
    [headerCell('Uitgangspunt'), headerCell('Waarde', 'right'), headerCell('Bron'), headerCell('Datum')],
  ];
  for (const [label, value, key] of rows) {
    const [s, d] = src(key);
    body.push([label, { text: value, alignment: 'right' }, { text: s, fontSize: 7 }, { text: d, fontSize: 7 }]);
  }
  const usedScales = [
    ...new Set(input.lines.filter((l) => l.costBasis === 'staff' && l.salaryScale).map((l) => l.salaryScale!)),
  ].sort((x, y) => parseInt(x, 10) - parseInt(y, 10) || x.localeCompare(y));
  const salaryBody: TableCell[][] = [[headerCell('Schaal'), headerCell('Maandsalaris (gebruikte trede)', 'right')]];
  for (const scale of usedScales) {
    const monthly = salaryAtStep(a.salaryTable.scales[scale] ?? [], a.salaryStep);
    salaryBody.push([
      `Schaal ${scale}`,
      { text: monthly == null ? '—' : formatEuroExact(monthly), alignment: 'right' },
    ]);
  }
  const rateBody: TableCell[][] = [[headerCell('Rol'), headerCell('Uurtarief (excl. btw)', 'right')]];
  for (const [role, cents] of Object.entries(a.rateCard.rates))
    rateBody.push([role, { text: formatEuroExact(cents), alignment: 'right' }]);
  return [
    { text: 'Uitgangspunten', style: 'h1', pageBreak: 'before' },
    {
      table: { headerRows: 1, widths: ['*', 70, 70, 55, 150], body: profileBody },
      layout: TABLE_LAYOUT,
      margin: [0, 0, 0, 12],
    },
    { table: { headerRows: 1, widths: [170, 90, '*', 55], body }, layout: TABLE_LAYOUT, margin: [0, 0, 0, 12] },
    {
      // Heading, source and table stay on one page.
      unbreakable: true,
      stack: [
        { text: `Salaristabel: ${a.salaryTable.label}`, style: 'h3' },
        {
          text: `Bron: ${a.salaryTable.source}, geldig vanaf ${formatDate(a.salaryTable.validFrom)}`,
          style: 'note',
          margin: [0, 0, 0, 4],
        },
        ...(usedScales.length
          ? [
              {
                table: { headerRows: 1, widths: [120, 150], body: salaryBody },
                layout: TABLE_LAYOUT,
                margin: [0, 0, 0, 12],
              } as Content,
            ]
          : []),
      ],
    },
    {
      unbreakable: true,
      stack: [
        { text: `Tarievenkaart inhuur: ${a.rateCard.label}`, style: 'h3' },
        {
          text: `Bron: ${a.rateCard.source}, geldig vanaf ${formatDate(a.rateCard.validFrom)}`,
          style: 'note',
          margin: [0, 0, 0, 4],
        },
        { table: { headerRows: 1, widths: [120, 150], body: rateBody }, layout: TABLE_LAYOUT },
      ],
    },
  ];
}

function overridesSection(input: CalculationInput, meta: ExportMeta): Content[] {
  const lines = new Map(input.lines.map((l) => [l.id, l]));
  const body: TableCell[][] = [[headerCell('Regel'), headerCell('Model'), headerCell('Nu'), headerCell('Toelichting')]];
  for (const o of meta.overrides) {
    const line = lines.get(o.lineId);
    body.push([
      o.description,
      { text: o.fields.map((f) => `${lineFieldLabel(f)}: ${display(f, o.modelValues[f])}`).join('\n'), fontSize: 7.5 },
      { text: o.fields.map((f) => `${lineFieldLabel(f)}: ${display(f, line?.[f])}`).join('\n'), fontSize: 7.5 },
      o.justification,
    ]);
  }
  return [
    { text: 'Toelichting op afwijkingen van het model', style: 'h1', margin: [0, 16, 0, 8] },
    meta.overrides.length
      ? { table: { headerRows: 1, dontBreakRows: true, widths: [150, 80, 80, '*'], body }, layout: TABLE_LAYOUT }
      : { text: 'Geen afwijkingen van het model.', style: 'note' },
  ];
}

export function budgetDocument({ input, result, meta, funding }: BudgetExportInput): TDocumentDefinitions {
  const checks = exportChecks({ input, result, meta });
  const domains = domainKeysInOrder(input, result, meta).filter(
    (k) => result.byDomain[k] && result.rows.some((r) => r.domainKey === k),
  );
  // A budget is usually named after its municipality already ("ICT-begroting Zwolle 2027"): say it once.
  const footerTitle = meta.budgetName.includes(meta.municipalityName)
    ? meta.budgetName
    : `ICT-begroting ${meta.municipalityName} — ${meta.budgetName}`;
  return {
    pageSize: 'A4',
    pageMargins: [40, 45, 40, 50],
    info: {
      title: footerTitle,
      author: 'ICT-begrotingsplanner',
      creator: 'ICT-begrotingsplanner',
      subject: `Status ${meta.status}, versie ${meta.version}`,
      creationDate: new Date(typeof meta.generatedAt === 'string' ? meta.generatedAt : meta.generatedAt.toISOString()),
    },
    language: 'nl-NL',
    content: [
      ...coverPage(input, result, meta, checks),
      ...summarySection(input, result, meta, checks),
      ...domains.flatMap((k) => domainSection(k, input, result, meta)),
      ...(funding ? fundingSection(input, meta, funding) : []),
      ...assumptionsSection(input, meta),
      ...overridesSection(input, meta),
    ],
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: footerTitle, fontSize: 7, color: '#595959' },
        { text: `Pagina ${currentPage} van ${pageCount}`, fontSize: 7, alignment: 'right', color: '#595959' },
      ],
      margin: [40, 18, 40, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1 },
    styles: {
      coverKicker: { fontSize: 14, color: '#595959' },
      coverTitle: { fontSize: 30, bold: true, color: COLORS.header },
      coverSubtitle: { fontSize: 16 },
      h1: { fontSize: 16, bold: true, color: COLORS.header, margin: [0, 0, 0, 8] },
      h2: { fontSize: 14, bold: true, color: COLORS.header, margin: [0, 0, 0, 8] },
      h3: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
      tableHeader: { bold: true, color: '#FFFFFF', fillColor: COLORS.header },
      note: { fontSize: 8, italics: true, color: '#404040' },
    },
  };
}
