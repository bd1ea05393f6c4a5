import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import { CATEGORY_LABELS } from '@app/schemas';
import { formatDate, formatEuro, formatNumber } from '../format.ts';
import { memberIndex } from './contribution-csv.ts';
import { keyText } from './key-text.ts';
import type { AllocationExportInput } from './types.ts';

const require = createRequire(import.meta.url);
type PdfMake = typeof import('pdfmake');
let instance: PdfMake | null = null;

/** The same pdfmake set-up as the budget report (pdf/render.ts): bundled Roboto, no URL or other file access. */
function pdfmake(): PdfMake {
  if (instance) return instance;
  const pm = require('pdfmake') as PdfMake;
  const fontsFile = require.resolve('pdfmake/fonts/Roboto.js');
  const fontDir = dirname(fontsFile);
  pm.setFonts(require(fontsFile) as PdfMake['fonts']);
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path: string) => path.startsWith(fontDir));
  instance = pm;
  return pm;
}

const HEADER = '#1F4E79';
const header = (text: string, right = false): TableCell => ({
  text,
  bold: true,
  color: '#FFFFFF',
  fillColor: HEADER,
  alignment: right ? 'right' : 'left',
});
const money = (cents: number, bold = false): TableCell => ({
  text: formatEuro(cents),
  alignment: 'right',
  bold,
  noWrap: true,
});
const LAYOUT = {
  hLineWidth: (i: number) => (i <= 1 ? 1 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#A6A6A6',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
const sum = (r: Record<number, number>, years: number[]) => years.reduce((a, y) => a + (r[y] ?? 0), 0);

/** The "bijdrage per deelnemer" document: contribution per year, category, domain and development, alone vs together, key and remainder rule. */
export function contributionDocument(data: AllocationExportInput, memberId: string): TDocumentDefinitions {
  const i = memberIndex(data, memberId);
  const member = data.allocation.members[i]!;
  const figures = data.members[i]!;
  const alone = data.aloneTogether[i]!;
  const years = data.allocation.years;
  const widths = ['*', ...years.map(() => 62), 66];
  const yearHeader = (label: string) => [
    header(label),
    ...years.map((y) => header(String(y), true)),
    header('Totaal', true),
  ];
  const title = `Bijdrage ${member.name} — ${data.collaborationName}`;

  const categories: TableCell[][] = [
    ...(['incidental', 'structural', 'capital'] as const).map((c) => [
      CATEGORY_LABELS[c],
      ...years.map((y) => money(member.totals[c][y] ?? 0)),
      money(sum(member.totals[c], years)),
    ]),
    [
      { text: 'Totaal bijdrage', bold: true },
      ...years.map((y) => money(member.totals.total[y] ?? 0, true)),
      money(sum(member.totals.total, years), true),
    ],
    [
      { text: 'Investeringen (naast het totaal)', italics: true },
      ...years.map((y) => money(member.totals.investment[y] ?? 0)),
      money(sum(member.totals.investment, years)),
    ],
  ];
  const domains: TableCell[][] = Object.entries(member.byDomain)
    .filter(([, t]) => sum(t.total, years) !== 0)
    .map(([key, t]) => [
      data.domainNames[key] ?? key,
      ...years.map((y) => money(t.total[y] ?? 0)),
      money(sum(t.total, years)),
    ]);
  const developments: TableCell[][] = alone.developments.map((d) => [
    data.developmentTitles[d.developmentId] ?? d.developmentId,
    money(d.aloneCents),
    money(d.togetherCents),
    money(d.savingCents, true),
  ]);

  const content: Content[] = [
    { text: 'Bijdrage per deelnemer', fontSize: 12, color: '#595959' },
    { text: member.name, fontSize: 24, bold: true, color: HEADER },
    {
      text: `${data.collaborationName} (${data.formLabel}) — gastorganisatie ${data.hostName}`,
      fontSize: 12,
      margin: [0, 4, 0, 12],
    },
    {
      table: {
        widths: [150, '*'],
        body: [
          ['Gezamenlijke begroting', `${data.budgetName} (${data.status})`],
          ['Periode', `${years[0] ?? ''}–${years.at(-1) ?? ''}`],
          ['Verdeelsleutel', keyText(data.keys.defaultKey, data.members)],
          ['Sleutelperiode', data.keyPeriod],
          ['Aandeel (standaardsleutel)', `${formatNumber(member.defaultSharePct, 2)} %`],
          [
            'Inwoners / medewerkers',
            `${formatNumber(figures.inhabitants, 0)} / ${formatNumber(figures.employees, 0)}${figures.referenceDate ? ` (peildatum ${formatDate(figures.referenceDate)})` : ''}`,
          ],
          ['Datum', formatDate(data.generatedAt)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    { text: 'Bijdrage per jaar', fontSize: 14, bold: true, color: HEADER, margin: [0, 0, 0, 6] },
    {
      table: { headerRows: 1, widths, body: [yearHeader('Onderdeel'), ...categories] },
      layout: LAYOUT,
      margin: [0, 0, 0, 12],
    },
    { text: 'Per domein', fontSize: 14, bold: true, color: HEADER, margin: [0, 0, 0, 6] },
    {
      table: { headerRows: 1, widths, body: [yearHeader('Domein'), ...domains] },
      layout: LAYOUT,
      margin: [0, 0, 0, 12],
    },
    { text: 'Alleen of samen', fontSize: 14, bold: true, color: HEADER, margin: [0, 0, 0, 6] },
    {
      text: `Alleen: de eigen begroting van ${member.name} voor dezelfde ontwikkelingen, geschaald naar de eigen gemeente. Samen: de bijdrage in de samenwerking. Over ${years.length} jaar: alleen ${formatEuro(alone.aloneTotalCents)}, samen ${formatEuro(alone.togetherTotalCents)}, verschil ${formatEuro(alone.savingTotalCents)} (positief = besparing).`,
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 70, 70, 70],
        body: [
          [header('Ontwikkeling'), header('Alleen', true), header('Samen', true), header('Verschil', true)],
          ...developments,
        ],
      },
      layout: LAYOUT,
      margin: [0, 0, 0, 12],
    },
    { text: 'Afronding', fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
    { text: data.remainderRule, fontSize: 8, italics: true, color: '#404040' },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [40, 45, 40, 50],
    info: {
      title,
      author: 'ICT-begrotingsplanner',
      creator: 'ICT-begrotingsplanner',
      subject: `Bijdrage ${member.name}`,
      creationDate: new Date(typeof data.generatedAt === 'string' ? data.generatedAt : data.generatedAt.toISOString()),
    },
    language: 'nl-NL',
    content,
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: title, fontSize: 7, color: '#595959' },
        { text: `Pagina ${currentPage} van ${pageCount}`, fontSize: 7, alignment: 'right', color: '#595959' },
      ],
      margin: [40, 18, 40, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1 },
  };
}

/** "Bijdrage per deelnemer" as PDF bytes. */
export async function buildContributionPdf(data: AllocationExportInput, memberId: string): Promise<Buffer> {
  return pdfmake().createPdf(contributionDocument(data, memberId)).getBuffer();
}
