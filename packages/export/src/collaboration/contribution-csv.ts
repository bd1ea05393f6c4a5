import { CATEGORY_LABELS } from '@app/schemas';
import { csvDocument } from '../csv.ts';
import { keyText } from './key-text.ts';
import type { AllocationExportInput } from './types.ts';

type Cell = string | number | null;
const euros = (cents: number) => cents / 100;

/** The member's index in the allocation, or an error for an unknown member. */
export function memberIndex(data: AllocationExportInput, memberId: string): number {
  const index = data.allocation.members.findIndex((m) => m.memberId === memberId);
  if (index < 0) throw new Error(`unknown member ${memberId}`);
  return index;
}

/**
 * "Bijdrage per deelnemer" as CSV (UTF-8 with BOM, `;`, decimal comma, whole euros): the member's
 * contribution per year and category, per domain, per development and per line-year (with the key
 * that applied), then alone vs together. Every figure is the API's, to the euro.
 */
export function buildContributionCsv(data: AllocationExportInput, memberId: string): string {
  const i = memberIndex(data, memberId);
  const member = data.allocation.members[i]!;
  const figures = data.members[i]!;
  const years = data.allocation.years;
  const alone = data.aloneTogether[i]!;
  const rows: Cell[][] = [
    ['Bijdrage per deelnemer', member.name],
    ['Samenwerking', data.collaborationName],
    ['Gezamenlijke begroting', `${data.budgetName} (${data.status})`],
    ['Verdeelsleutel', keyText(data.keys.defaultKey, data.members)],
    ['Inwoners', figures.inhabitants, figures.referenceDate ?? ''],
    ['Medewerkers', figures.employees],
    ['Afronding', data.remainderRule],
    [],
    ['Onderdeel', '', '', ...years.map(String)],
    ...(['incidental', 'structural', 'capital'] as const).map((c) => [
      CATEGORY_LABELS[c],
      '',
      '',
      ...years.map((y) => euros(member.totals[c][y] ?? 0)),
    ]),
    ['Totaal bijdrage', '', '', ...years.map((y) => euros(member.totals.total[y] ?? 0))],
    [CATEGORY_LABELS.investment, 'naast het totaal', '', ...years.map((y) => euros(member.totals.investment[y] ?? 0))],
    [],
    ['Domein', '', '', ...years.map(String)],
    ...Object.entries(member.byDomain).map(([key, totals]) => [
      data.domainNames[key] ?? key,
      '',
      '',
      ...years.map((y) => euros(totals.total[y] ?? 0)),
    ]),
    [],
    ['Ontwikkeling', '', '', ...years.map(String)],
    ...Object.entries(member.byDevelopment).map(([id, amounts]) => [
      data.developmentTitles[id] ?? id,
      '',
      '',
      ...years.map((y) => euros(amounts[y] ?? 0)),
    ]),
    [],
    ['Regel', 'Onderdeel', 'Sleutel', ...years.map(String)],
    ...data.allocation.rows
      .filter((row) => years.some((y) => (row.parts[i]![y] ?? 0) !== 0))
      .map((row) => [
        data.lineDescriptions[row.lineId] ?? row.lineId,
        CATEGORY_LABELS[row.category],
        row.keySource === 'line'
          ? 'sleutel van de regel'
          : row.keySource === 'development'
            ? 'sleutel van de ontwikkeling'
            : 'standaardsleutel',
        ...years.map((y) => euros(row.parts[i]![y] ?? 0)),
      ]),
    [],
    ['Alleen of samen', '', '', ...years.map(String), 'Totaal'],
    ['Alleen (eigen begroting)', '', '', ...years.map((y) => euros(alone.alone[y] ?? 0)), euros(alone.aloneTotalCents)],
    ['Samen (bijdrage)', '', '', ...years.map((y) => euros(alone.together[y] ?? 0)), euros(alone.togetherTotalCents)],
    ['Verschil (besparing +)', '', '', ...years.map((y) => euros(alone.saving[y] ?? 0)), euros(alone.savingTotalCents)],
  ];
  return csvDocument(rows);
}
