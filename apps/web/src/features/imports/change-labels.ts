import { DRIVER_LABELS, LINE_FIELD_LABELS } from '@app/schemas';
import { formatDecimal, formatEuroCents, formatInteger, formatPercent } from '../../lib/format.ts';

// Profile and line fields use the shared labels; the budget assumptions are named here.
const LABELS: Record<string, string> = {
  inhabitants: DRIVER_LABELS.inhabitants,
  employees: DRIVER_LABELS.employees,
  departments: DRIVER_LABELS.departments,
  ...LINE_FIELD_LABELS,
  employerCostPct: 'Werkgeverslasten',
  priceIndexationPct: 'Prijsindexatie',
  wageIndexationPct: 'Loonindexatie',
  interestRatePct: 'Rente kapitaallasten',
  activationThresholdCents: 'Activeringsgrens',
  defaultDepreciationYears: 'Standaard afschrijvingstermijn',
  retenderPct: 'Heraanbesteding',
  migrationPct: 'Migratie',
};

/** Dutch name of a changed field from the budget-import preview (`salaryTable.scales.10` → `Maandsalaris schaal 10`). */
export function changeLabel(field: string): string {
  const scale = /^salaryTable\.scales\.(.+)$/.exec(field);
  if (scale) return `Maandsalaris schaal ${scale[1]}`;
  const rate = /^rateCard\.rates\.(.+)$/.exec(field);
  if (rate) return `Uurtarief ${rate[1]}`;
  const elasticity = /^defaultElasticity\.(.+)$/.exec(field);
  if (elasticity) return `Standaard elasticiteit (${elasticity[1]})`;
  return LABELS[field] ?? field;
}

/** A value of that field in Dutch notation: cents as euros, percentages with %. */
export function formatChangeValue(field: string, value: number | null): string {
  if (value === null) return '—';
  if (/Cents$/.test(field) || /^(salaryTable\.scales|rateCard\.rates)\./.test(field)) return formatEuroCents(value);
  if (/Pct$/.test(field)) return formatPercent(value, 2);
  return Number.isInteger(value) ? formatInteger(value) : formatDecimal(value, 2);
}
