import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { AmendmentResponse } from '@app/schemas';
import { formatDate, formatEuro, formatEuroDelta } from '../format.ts';

const HEADER = '#1F4E79';
const head = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text,
  bold: true,
  color: '#FFFFFF',
  fillColor: HEADER,
  alignment,
});

/** Begrotingswijziging for the council: per domain and taakveld, adopted / now / change, reportable changes marked. */
export function amendmentDocument(
  data: AmendmentResponse,
  meta: { municipalityName: string; generatedAt: string | Date },
): TDocumentDefinitions {
  const years = data.years;
  const threshold = `${formatEuro(data.threshold.minAmountCents)}${data.threshold.minPct != null ? ` en ${data.threshold.minPct} % van het vastgestelde bedrag` : ''}`;
  const body: TableCell[][] = [
    [head('Domein'), head('Taakveld'), head('Bedrag'), ...years.map((y) => head(String(y), 'right'))],
  ];
  for (const r of data.rows) {
    body.push([
      { text: r.domainName, rowSpan: 3 },
      { text: r.taakveld, rowSpan: 3 },
      'Vastgesteld',
      ...years.map((y) => ({ text: formatEuro(r.adopted[y] ?? 0), alignment: 'right' as const })),
    ]);
    body.push([
      '',
      '',
      'Nu',
      ...years.map((y) => ({ text: formatEuro(r.current[y] ?? 0), alignment: 'right' as const })),
    ]);
    body.push([
      '',
      '',
      { text: 'Wijziging', bold: true },
      ...years.map((y) => ({
        text: `${formatEuroDelta(r.difference[y] ?? 0)}${r.reportable[y] ? ' *' : ''}`,
        alignment: 'right' as const,
        bold: true,
        fillColor: r.reportable[y] ? '#FFF2CC' : undefined,
      })),
    ]);
  }
  body.push([
    { text: 'Totale wijziging', bold: true, colSpan: 3 },
    '',
    '',
    ...years.map((y) => ({
      text: formatEuroDelta(data.total.difference[y] ?? 0),
      alignment: 'right' as const,
      bold: true,
    })),
  ]);
  const content: Content[] = [
    {
      text: `Begrotingswijziging ${meta.municipalityName}`,
      fontSize: 16,
      bold: true,
      color: HEADER,
      margin: [0, 0, 0, 6],
    },
    {
      text: `${data.adoptedBudget ? `${data.budgetName} ten opzichte van de vastgestelde versie “${data.adoptedBudget.name}”` : `${data.budgetName}: er is nog geen vastgestelde versie om mee te vergelijken`}. Datum ${formatDate(meta.generatedAt)}.`,
      margin: [0, 0, 0, 6],
    },
    {
      text: `Exploitatie (lasten) per domein en Iv3-taakveld, in hele euro’s. * = te melden: de wijziging is ten minste ${threshold}.`,
      italics: true,
      fontSize: 8,
      margin: [0, 0, 0, 10],
    },
    data.adoptedBudget
      ? {
          table: { headerRows: 1, dontBreakRows: true, widths: ['*', 45, 60, ...years.map(() => 62)], body },
          layout: { hLineWidth: (i: number) => (i <= 1 ? 1 : 0.4), vLineWidth: () => 0, hLineColor: () => '#A6A6A6' },
        }
      : { text: 'Er is geen vastgestelde eerdere versie.' },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 45],
    info: {
      title: `Begrotingswijziging ${data.budgetName}`,
      author: 'ICT-begrotingsplanner',
      creator: 'ICT-begrotingsplanner',
    },
    language: 'nl-NL',
    content,
    footer: (page: number, count: number) => ({
      text: `Pagina ${page} van ${count}`,
      alignment: 'right',
      fontSize: 7,
      margin: [40, 15, 40, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 8.5 },
  };
}
