import type { AssumptionSource, RateCardRow, SalaryTableRow } from '@app/db';

// The source a default records when it points at a salary table or rate card: the table's own
// source, with the date the default was changed.

export function salaryTableSource(table: SalaryTableRow, date: string): AssumptionSource {
  return sourceOf(`Salaristabel "${table.label}": ${table.source}`, table, date);
}

export function rateCardSource(card: RateCardRow, date: string): AssumptionSource {
  return sourceOf(`Tariefkaart "${card.label}": ${card.source}`, card, date);
}

function sourceOf(
  source: string,
  row: Pick<SalaryTableRow, 'sourceUrl' | 'note' | 'estimate'>,
  date: string,
): AssumptionSource {
  return { source, sourceUrl: row.sourceUrl, date, note: row.note, estimate: row.estimate };
}
