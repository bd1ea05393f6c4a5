import { formatEuroExact, formatNumberShort, formatPct } from '@app/engine';
import {
  BUDGET_STATUS_LABELS,
  COST_BASIS_LABELS,
  COST_POOL_LABELS,
  DRIVER_LABELS,
  INDEXATION_LABELS,
  KIND_LABELS,
  LINE_FIELD_LABELS,
  PROVENANCE_LABELS,
} from './labels.ts';
import { FUNDING_SOURCE_TYPE_LABELS, FUNDING_STATUS_LABELS } from './funding.ts';
import {
  ALLOCATION_KEY_TYPE_LABELS,
  COLLABORATION_FORM_LABELS,
  describeAllocationKey,
} from './collaboration-labels.ts';
import type { AllocationKey } from './collaboration.ts';

// Turns an audit entry's before/after JSON into field-level changes in Dutch: only the fields that
// differ, each with its Dutch label and both values formatted (euros, percentages, Dutch enum
// words). One module for the history screen and the CSV download, so both say the same.

const ENTITY_LABELS: Record<string, string> = {
  budget: 'Begroting',
  budget_line: 'Regel',
  budget_development: 'Ontwikkeling',
  comment: 'Opmerking',
  user: 'Gebruiker',
  org_unit: 'Organisatie-eenheid',
  funding: 'Dekking',
  funding_settings: 'P&C-regels voor de dekking',
  budget_contribution: 'Bijdrage aan samenwerking',
  collaboration: 'Samenwerking',
  'collaboration-partner': 'Partnerrol',
  'allocation-keys': 'Verdeelsleutels',
  assumption_defaults: 'Standaarduitgangspunten',
  salary_table: 'Salaristabel',
  rate_card: 'Tariefkaart',
  benchmark: 'Benchmark',
  catalog_edition: 'Catalogusversie',
  catalog_development: 'Catalogusontwikkeling',
  catalog_line: 'Catalogusregel',
};

const ACTION_LABELS: Record<string, string> = {
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
  'update+password-reset': 'gewijzigd (wachtwoord opnieuw ingesteld)',
  archive: 'gearchiveerd',
  unarchive: 'uit het archief gehaald',
  detach: 'losgemaakt van de verwijderde basis',
  grant: 'toegekend',
  revoke: 'ingetrokken',
  import: 'geïmporteerd',
  publish: 'gepubliceerd',
  retire: 'buiten gebruik gesteld',
};

/** Budget assumptions and profile fields; line fields come from LINE_FIELD_LABELS. */
export const ASSUMPTION_LABELS: Record<string, string> = {
  salaryTable: 'Salaristabel',
  salaryStep: 'Periodiek (trede)',
  employerCostPct: 'Werkgeverslasten',
  rateCard: 'Tariefkaart inhuur',
  defaultHireRole: 'Standaardrol inhuur',
  priceIndexationPct: 'Prijsindexatie',
  wageIndexationPct: 'Loonindexatie',
  interestRatePct: 'Rente kapitaallasten',
  activationThresholdCents: 'Activeringsgrens',
  defaultDepreciationYears: 'Standaard afschrijvingstermijn',
  depreciationYearsByAssetClass: 'Afschrijvingstermijn per activaklasse',
  externalFinancingPct: 'Deel gefinancierd met vreemd vermogen',
  interestOnOwnEquity: 'Rente over eigen vermogen',
  writeOffAtOnce: 'Activeren en direct afschrijven',
  defaultElasticity: 'Standaard elasticiteit',
  retenderPct: 'Heraanbesteding bij contracteinde',
  migrationPct: 'Migratie bij contracteinde',
};

const BUDGET_FIELD_LABELS: Record<string, string> = {
  name: 'Naam',
  status: 'Status',
  firstYear: 'Eerste jaar',
  horizonYears: 'Aantal jaren',
  cbsCode: 'Gemeente (CBS-code)',
  profileName: 'Gemeente',
  profileInhabitants: 'Inwoners',
  profileEmployees: 'Medewerkers',
  profileDepartments: 'Afdelingen',
  includeExamples: 'Voorbeeldregels meetellen',
  scenarioName: 'Scenarionaam',
  enabled: 'Aan',
  startYear: 'Startjaar',
  ownerUnitId: 'Eigenaar',
  priority: 'Prioriteit',
  note: 'Notitie',
  justification: 'Toelichting',
  body: 'Tekst',
  role: 'Rol',
  displayName: 'Naam',
  email: 'E-mailadres',
  disabled: 'Uitgeschakeld',
  sourceType: 'Soort dekking',
  label: 'Naam van de bron',
  percentage: 'Percentage',
  endYear: 'Tot en met jaar',
  incidentalMaxYears: 'Incidenteel: ten hoogste (jaren)',
  incidentalThresholdCents: 'Incidentele posten apart vanaf',
  amendmentMinAmountCents: 'Begrotingswijziging melden vanaf',
  amendmentMinPct: 'Begrotingswijziging melden vanaf (%)',
  archivedAt: 'Gearchiveerd op',
  form: 'Vorm',
  members: 'Deelnemers',
  member: 'Deelnemer',
  collaboration: 'Samenwerking',
  collaborationName: 'Samenwerking',
  partnerOrganisation: 'Partnerorganisatie',
  defaultKey: 'Standaardsleutel',
};

const GROUP_LABELS: Record<string, string> = {
  overrides: 'aanpassing',
  customLine: 'eigen regel',
  assumptions: '',
  keys: '',
};

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: { ...BUDGET_STATUS_LABELS, ...FUNDING_STATUS_LABELS },
  sourceType: FUNDING_SOURCE_TYPE_LABELS,
  kind: KIND_LABELS,
  costBasis: COST_BASIS_LABELS,
  costPool: COST_POOL_LABELS,
  driver: DRIVER_LABELS,
  indexation: INDEXATION_LABELS,
  provenance: PROVENANCE_LABELS,
  hoursPeriod: { year: 'jaar', total: 'totaal' },
  unitPricePeriod: { year: 'jaar', month: 'maand' },
  role: { advisor: 'Informatieadviseur', manager: 'Manager', admin: 'Beheerder' },
  form: COLLABORATION_FORM_LABELS,
};

/** An allocation key (`{ type: … }`) is one value in the history, not a tree of fields. */
function isAllocationKey(value: unknown): value is AllocationKey {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type in ALLOCATION_KEY_TYPE_LABELS
  );
}

/** A key as text; member ids it names are looked up in `names` (else "een deelnemer"). */
function describeKeyValue(key: AllocationKey, names: ReadonlyMap<string, string>): string {
  const ids =
    key.type === 'fixed' ? Object.keys(key.percentages) : key.type === 'usage' ? Object.keys(key.quantities) : [];
  return describeAllocationKey(
    key,
    ids.map((memberId) => ({ memberId, name: names.get(memberId) ?? 'een deelnemer' })),
  );
}

/** dd-mm-jjjj hh:mm (UTC) of an ISO timestamp. */
function dutchTimestamp(iso: string): string {
  const [date = '', time = ''] = iso.split('T');
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}${time ? ` ${time.slice(0, 5)}` : ''}`;
}

/** A list in the history: names joined; member figures as "inwoners, medewerkers (peildatum)". */
function describeList(items: unknown[], names: ReadonlyMap<string, string>): string {
  return items
    .map((item) => {
      if (typeof item === 'string' || typeof item === 'number') return String(item);
      if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        const parts: string[] = [];
        const name =
          typeof o.name === 'string' ? o.name : typeof o.memberId === 'string' ? names.get(o.memberId) : undefined;
        if (name) parts.push(name);
        if (typeof o.inhabitants === 'number') parts.push(`${formatNumberShort(o.inhabitants, 0)} inwoners`);
        if (typeof o.employees === 'number') parts.push(`${formatNumberShort(o.employees, 0)} medewerkers`);
        if (typeof o.referenceDate === 'string') parts.push(`peildatum ${dutchTimestamp(o.referenceDate)}`);
        if (parts.length > 0) return parts.join(', ');
      }
      return JSON.stringify(item);
    })
    .join('; ');
}

// `version` is the budget's internal revision counter, not one of the user's "versies"; ids mean
// nothing to a reader (the owner unit is named through `names`).
const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'passwordHash']);
const isHiddenId = (key: string) => key !== 'ownerUnitId' && /(^id|Id)$/.test(key);

export interface FieldChange {
  /** Dot path in the stored JSON, e.g. `assumptions.priceIndexationPct`. */
  path: string;
  label: string;
  before: string;
  after: string;
}

export function describeWhat(entity: string, action: string): string {
  return `${ENTITY_LABELS[entity] ?? entity} ${ACTION_LABELS[action] ?? action}`;
}

function leafLabel(path: string[]): string {
  const key = path[path.length - 1] ?? '';
  const parent = path[path.length - 2];
  if (parent === 'scales') return `Maandsalaris schaal ${key}`;
  if (parent === 'rates') return `Uurtarief ${key}`;
  if (parent === 'developmentKeys') return 'Sleutel van een ontwikkeling';
  if (parent === 'lineKeys') return 'Sleutel van een regel';
  if (parent === 'defaultElasticity')
    return `Standaard elasticiteit (${(DRIVER_LABELS as Record<string, string>)[key]?.toLowerCase() ?? key})`;
  const own = ASSUMPTION_LABELS[key] ?? BUDGET_FIELD_LABELS[key] ?? LINE_FIELD_LABELS[key] ?? key;
  const group = path
    .slice(0, -1)
    .map((p) => GROUP_LABELS[p] ?? ASSUMPTION_LABELS[p])
    .find((g) => g);
  return group ? `${own} (${group})` : own;
}

/** One value in Dutch notation: cents as euros, percentages with %, codes as their Dutch word. */
export function describeValue(key: string, value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') {
    if (key.endsWith('Cents')) return formatEuroExact(value);
    if (key.endsWith('Pct')) return formatPct(value);
    if (key === 'firstYear' || key === 'startYear' || key === 'endYear') return String(value);
    return formatNumberShort(value, 4);
  }
  if (typeof value === 'string') {
    if (key === 'ownerUnitId') return names.get(value) ?? 'een verwijderde eenheid';
    if (key.endsWith('At') && /^\d{4}-\d{2}-\d{2}T/.test(value)) return dutchTimestamp(value);
    return VALUE_LABELS[key]?.[value] ?? value;
  }
  if (isAllocationKey(value)) return describeKeyValue(value, names);
  if (Array.isArray(value)) return value.length === 0 ? '—' : describeList(value, names);
  return JSON.stringify(value);
}

/** Leaf paths of a JSON value (objects are walked; arrays and scalars are leaves). */
function leaves(value: unknown, path: string[], out: Map<string, { path: string[]; value: unknown }>) {
  if (value && typeof value === 'object' && !Array.isArray(value) && !isAllocationKey(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (HIDDEN.has(key) || isHiddenId(key)) continue;
      leaves(child, [...path, key], out);
    }
    return;
  }
  if (path.length > 0) out.set(path.join('.'), { path, value });
}

/**
 * The fields that differ between before and after, in order of first appearance. A create has no
 * before (every field is new), a delete no after. `names` resolves ids that have a name (org units).
 */
export function describeChanges(before: unknown, after: unknown, names?: ReadonlyMap<string, string>): FieldChange[] {
  const b = new Map<string, { path: string[]; value: unknown }>();
  const a = new Map<string, { path: string[]; value: unknown }>();
  leaves(before, [], b);
  leaves(after, [], a);
  const changes: FieldChange[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const old = b.get(key);
    const now = a.get(key);
    if (JSON.stringify(old?.value ?? null) === JSON.stringify(now?.value ?? null)) continue;
    const path = (now ?? old)!.path;
    // Salary scales and hourly rates are amounts in cents under a key that is not named *Cents.
    const parent = path[path.length - 2];
    const leaf = parent === 'scales' || parent === 'rates' ? 'amountCents' : path[path.length - 1]!;
    changes.push({
      path: key,
      label: leafLabel(path),
      before: describeValue(leaf, old?.value, names),
      after: describeValue(leaf, now?.value, names),
    });
  }
  return changes;
}
