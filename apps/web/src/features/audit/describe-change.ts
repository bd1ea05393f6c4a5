import {
  BUDGET_STATUS_LABELS,
  COST_BASIS_LABELS,
  COST_POOL_LABELS,
  DRIVER_LABELS,
  INDEXATION_LABELS,
  KIND_LABELS,
  LINE_FIELD_LABELS,
  PROVENANCE_LABELS,
} from '@app/schemas';
import { formatEuroCents } from '../../lib/format.ts';

// Turns audit before/after JSON into short Dutch text for the history table.

const ENTITY_LABEL: Record<string, string> = {
  budget: 'Begroting',
  budget_line: 'Regel',
  budget_development: 'Ontwikkeling',
  comment: 'Opmerking',
  user: 'Gebruiker',
  org_unit: 'Organisatie-eenheid',
};

const ACTION_LABEL: Record<string, string> = {
  create: 'aangemaakt',
  update: 'gewijzigd',
  delete: 'verwijderd',
  override: 'aangepast',
  reset: 'terug naar model',
  submit: 'ingediend',
  adopt: 'vastgesteld',
  'send-back': 'teruggestuurd',
  'new-version': 'nieuwe versie',
  'create-scenario': 'scenario gemaakt',
  promote: 'basis geworden',
  'change-password': 'wachtwoord gewijzigd',
};

const FIELD_LABEL: Record<string, string> = {
  name: 'naam',
  status: 'status',
  firstYear: 'eerste jaar',
  horizonYears: 'aantal jaren',
  overrides: 'aanpassing',
  customLine: 'eigen regel',
  justification: 'toelichting',
  enabled: 'aan',
  startYear: 'startjaar',
  ownerUnitId: 'eigenaar',
  priority: 'prioriteit',
  note: 'notitie',
  amountCents: 'bedrag',
  hoursPerWeek: 'uren per week',
  scenarioName: 'scenarionaam',
  assumptions: 'uitgangspunten',
  includeExamples: 'voorbeeldregels',
};

/** Codes stored in the audit JSON, shown with the same Dutch words as everywhere else. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: BUDGET_STATUS_LABELS,
  kind: KIND_LABELS,
  costBasis: COST_BASIS_LABELS,
  costPool: COST_POOL_LABELS,
  driver: DRIVER_LABELS,
  indexation: INDEXATION_LABELS,
  provenance: PROVENANCE_LABELS,
};

// `version` is the budget's internal revision counter, not one of the user's "versies" (new
// versions after adoption): showing "versie: 7" beside a status change only confuses.
const HIDDEN_KEYS = new Set(['version']);

function fieldLabel(key: string): string {
  return FIELD_LABEL[key] ?? LINE_FIELD_LABELS[key]?.toLowerCase() ?? key;
}

export function describeWhat(entity: string, action: string): string {
  return `${ENTITY_LABEL[entity] ?? entity} ${ACTION_LABEL[action] ?? action}`;
}

function describeValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number' && key.endsWith('Cents')) return formatEuroCents(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string' && VALUE_LABELS[key]?.[value]) return VALUE_LABELS[key][value];
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => !HIDDEN_KEYS.has(k));
    if (entries.length === 0) return 'geen';
    return entries.map(([k, v]) => `${fieldLabel(k)} ${describeValue(k, v)}`).join(', ');
  }
  return String(value);
}

/** `{ overrides: { amountCents: 700000 } }` → `aanpassing: bedrag € 7.000,00`. Ids are left out. */
export function describeValues(values: unknown): string {
  if (values === null || values === undefined) return '—';
  if (typeof values !== 'object') return String(values);
  const shown = Object.entries(values as Record<string, unknown>).filter(([k]) => (!/(^|[a-z])(Id|id)$/.test(k) || k === 'ownerUnitId') && !HIDDEN_KEYS.has(k));
  if (shown.length === 0) return '—';
  return shown.map(([k, v]) => `${fieldLabel(k)}: ${describeValue(k, v)}`).join('; ');
}
