import type { Content, TableCell } from 'pdfmake/interfaces';
import type { CalculationInput } from '@app/engine';
import { FUNDING_SOURCE_TYPE_LABELS, FUNDING_STATUS_LABELS, type FundingOverview } from '@app/schemas';
import type { ExportMeta } from '../meta.ts';
import { developmentTitle, domainName } from '../flat-rows.ts';
import { formatEuro, formatNumber } from '../format.ts';

const HEADER = '#1F4E79';
const SUBTOTAL = '#DDEBF7';
const LAYOUT = {
  hLineWidth: (i: number) => (i <= 1 ? 1 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#A6A6A6',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text,
  bold: true,
  color: '#FFFFFF',
  fillColor: HEADER,
  alignment,
});
const money = (cents: number, bold = false): TableCell => ({
  text: formatEuro(cents),
  alignment: 'right',
  bold,
  noWrap: true,
});

function yearTable(
  title: string,
  years: number[],
  rows: { label: string; values: Record<number, number>; total?: boolean }[],
): Content {
  const body: TableCell[][] = [[head(title), ...years.map((y) => head(String(y), 'right')), head('Totaal', 'right')]];
  for (const r of rows) {
    const sum = years.reduce((acc, y) => acc + (r.values[y] ?? 0), 0);
    const fill = r.total ? SUBTOTAL : undefined;
    body.push([
      { text: r.label, bold: Boolean(r.total), fillColor: fill },
      ...years.map((y) => ({ ...(money(r.values[y] ?? 0, r.total) as object), fillColor: fill }) as TableCell),
      { ...(money(sum, r.total) as object), fillColor: fill } as TableCell,
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...years.map(() => 54), 60], body },
    layout: LAYOUT,
    margin: [0, 0, 0, 10],
  };
}

/**
 * Dekking for the council: gross / funded / net (total and per domain), the sources, the
 * controller's warnings, the structural balance and the incidental overview — the same figures
 * as the screen, the API and the Dekking sheet.
 */
export function fundingSection(input: CalculationInput, meta: ExportMeta, funding: FundingOverview): Content[] {
  const years = funding.years;
  const lineById = new Map(input.lines.map((l) => [l.id, l]));
  const target = (s: FundingOverview['sources'][number]) =>
    s.budgetLineId
      ? `Regel: ${lineById.get(s.budgetLineId)?.description ?? '—'}`
      : `Ontwikkeling: ${developmentTitle(input, meta, s.developmentId ?? '')}`;
  const amounts = new Map(funding.fundings.map((f) => [f.fundingId, f]));
  const sourceBody: TableCell[][] = [
    [head('Bron'), head('Dekt'), head('Bedrag'), head('Jaren'), head('Status en aard'), head('Totaal', 'right')],
  ];
  for (const s of funding.sources) {
    sourceBody.push([
      `${s.label ?? FUNDING_SOURCE_TYPE_LABELS[s.sourceType]}${s.label ? ` (${FUNDING_SOURCE_TYPE_LABELS[s.sourceType]})` : ''}`,
      target(s),
      s.percentage != null
        ? `${formatNumber(s.percentage, s.percentage % 1 === 0 ? 0 : 2)} % van bruto`
        : `${formatEuro(s.amountCents ?? 0)} per jaar`,
      s.endYear == null ? `vanaf ${s.startYear}` : `${s.startYear}–${s.endYear}`,
      `${FUNDING_STATUS_LABELS[s.status]}, ${s.nature === 'incidental' ? 'incidenteel' : 'structureel'}${s.active ? '' : ' (telt niet mee)'}`,
      money(amounts.get(s.id)?.total ?? 0),
    ]);
  }
  const domainRows = Object.entries(funding.domains).flatMap(([key, part]) => {
    const name = domainName(meta, key);
    return [
      { label: `${name}: bruto`, values: part.gross },
      { label: `${name}: dekking`, values: part.funded },
      { label: `${name}: netto`, values: part.net, total: true },
    ];
  });
  const inc = funding.incidental;
  const hasOther = (r: Record<number, number>) => Object.values(r).some((v) => v !== 0);
  return [
    { text: 'Dekking', style: 'h2', pageBreak: 'before' },
    {
      text: 'Netto = bruto − dekking, per jaar. Een percentage dekt dat deel van de bruto kosten (exploitatie) van de regel of ontwikkeling in hetzelfde jaar, per jaar afgerond op hele euro’s.',
      style: 'note',
      margin: [0, 0, 0, 8],
    },
    yearTable('Hele begroting', years, [
      { label: 'Bruto kosten', values: funding.total.gross },
      { label: 'Dekking', values: funding.total.funded },
      { label: 'Netto', values: funding.total.net, total: true },
    ]),
    { text: 'Signalen voor de controller', style: 'h3' },
    funding.warnings.length === 0
      ? { text: 'Geen signalen.', style: 'note', margin: [0, 0, 0, 8] }
      : { ul: funding.warnings.map((w) => w.message), margin: [0, 0, 0, 8] },
    { text: 'Bronnen van dekking', style: 'h3' },
    funding.sources.length === 0
      ? { text: 'Geen dekking vastgelegd.', style: 'note', margin: [0, 0, 0, 8] }
      : {
          table: { headerRows: 1, dontBreakRows: true, widths: [90, '*', 70, 50, 70, 55], body: sourceBody },
          layout: LAYOUT,
          margin: [0, 0, 0, 10],
        },
    ...(funding.capitalReserve
      ? [
          {
            text: 'Kapitaallasten gedekt uit een bestemmingsreserve (instelling organisatie; structurele dekking)',
            style: 'h3',
          },
          yearTable('Regel', years, [
            ...funding.capitalReserve.lines.map((l) => ({ label: l.label, values: l.amounts })),
            { label: 'Totaal uit de bestemmingsreserve', values: funding.capitalReserve.amounts, total: true },
          ]),
        ]
      : []),
    { text: 'Per domein', style: 'h3' },
    yearTable('Domein', years, domainRows),
    { text: 'Structureel evenwicht (BBV)', style: 'h3' },
    yearTable('Onderdeel', years, [
      { label: 'Structurele lasten (incl. kapitaallasten)', values: funding.structuralBalance.cost },
      { label: 'Structurele dekking', values: funding.structuralBalance.funding },
      { label: 'Saldo (dekking − lasten)', values: funding.structuralBalance.balance, total: true },
    ]),
    {
      text: `Overzicht incidentele lasten en baten (ten hoogste ${inc.rule.maxYears} jaar is incidenteel; Commissie BBV, januari 2012)`,
      style: 'h3',
    },
    yearTable('Post', years, [
      ...inc.lasten.map((i) => ({ label: `Last: ${i.label}`, values: i.amounts })),
      ...(hasOther(inc.otherLasten) ? [{ label: 'Overige incidentele lasten', values: inc.otherLasten }] : []),
      { label: 'Totaal incidentele lasten', values: inc.totalLasten, total: true },
      ...inc.baten.map((i) => ({ label: `Baat: ${i.label}`, values: i.amounts })),
      ...(hasOther(inc.otherBaten) ? [{ label: 'Overige incidentele baten', values: inc.otherBaten }] : []),
      { label: 'Totaal incidentele baten', values: inc.totalBaten, total: true },
    ]),
    ...(inc.reclassified.length > 0
      ? [
          {
            text: 'Incidentele regels die langer lopen dan de BBV-termijn (tellen als structureel)',
            style: 'h3',
          } as Content,
          yearTable(
            'Regel',
            years,
            inc.reclassified.map((i) => ({ label: i.label, values: i.amounts })),
          ),
        ]
      : []),
  ];
}
