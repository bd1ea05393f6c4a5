import type {
  Category,
  Component,
  CostBasis,
  CostPool,
  Driver,
  HireHoursPeriod,
  Indexation,
  LineKind,
  Provenance,
  UnitPricePeriod,
} from '@app/engine';
import type { BenchmarkUnit, BudgetStatus } from './enums.ts';

/*
 * Dutch names for the engine's enums and line fields: the one source for the web app and the
 * exports, so the screen, Excel, PDF and CSV use the same words. The workbook importer reads these
 * labels back, so a change of wording here also changes what an older workbook must contain
 * (the importer accepts the codes as well).
 */

export const KIND_LABELS: Record<LineKind, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  investment: 'Investering',
};

export const COST_BASIS_LABELS: Record<CostBasis, string> = {
  amount: 'Bedrag',
  staff: 'Eigen personeel',
  hire: 'Inhuur',
  licence: 'Licenties',
};

export const COST_POOL_LABELS: Record<CostPool, string> = {
  personnel: 'Personeel eigen',
  hire: 'Inhuur',
  software: 'Software/licenties',
  hardware: 'Hardware',
  services: 'Diensten/advies',
  training: 'Opleiding',
};

export const DRIVER_LABELS: Record<Driver, string> = {
  fixed: 'Vast',
  inhabitants: 'Inwoners',
  employees: 'Medewerkers',
  departments: 'Afdelingen',
};

export const PROVENANCE_LABELS: Record<Provenance, string> = {
  published: 'Gepubliceerd',
  'published-incomplete': 'Gepubliceerd, onvolledig',
  secondhand: 'Uit tweede hand',
  example: 'Voorbeeld',
  imported: 'Geïmporteerd',
  custom: 'Eigen regel',
};

export const COMPONENT_LABELS: Record<Component, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  investment: 'Investering',
  depreciation: 'Afschrijving',
  interest: 'Rente',
  retender: 'Heraanbesteding',
  migration: 'Migratie',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  capital: 'Kapitaallasten',
  investment: 'Investeringen',
};

export const INDEXATION_LABELS: Record<Indexation, string> = {
  wage: 'Loon',
  price: 'Prijs',
  none: 'Geen',
};

export const BUDGET_STATUS_LABELS: Record<BudgetStatus, string> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  adopted: 'Vastgesteld',
};

/** Dutch names of a budget line's fields (form labels, override notes in Excel and PDF). */
export const LINE_FIELD_LABELS: Record<string, string> = {
  description: 'Omschrijving',
  kind: 'Soort',
  costBasis: 'Kostenbasis',
  costPool: 'Kostensoort',
  driver: 'Schaalbasis',
  elasticity: 'Elasticiteit',
  ownQuantity: 'Eigen waarde (niet geschaald)',
  amountCents: 'Bedrag',
  hoursPerWeek: 'Uren per week',
  salaryScale: 'Salarisschaal',
  hours: 'Uren',
  hoursPeriod: 'Uren per',
  hireRole: 'Inhuurrol',
  hourlyRateCents: 'Uurtarief',
  units: 'Aantal eenheden',
  unitPriceCents: 'Prijs per eenheid',
  unitPricePeriod: 'Prijs per',
  yearOffset: 'Startjaar (na begin ontwikkeling)',
  durationYears: 'Looptijd (jaren)',
  depreciationYears: 'Afschrijvingstermijn',
  contractYears: 'Contractduur',
  retenderCents: 'Heraanbesteding',
  migrationCents: 'Migratie',
  contractEndFixed: 'Vaste kosten bij contracteinde',
  extrapolate: 'Schalen buiten geldigheidsbereik',
  indexation: 'Indexatie',
  basis: 'Onderbouwing',
  notes: 'Notities',
  sourceUrl: 'Webadres bron',
  provenance: 'Herkomst',
};

export const HIRE_HOURS_PERIOD_LABELS: Record<HireHoursPeriod, string> = {
  year: 'per jaar',
  total: 'in totaal',
};

export const UNIT_PRICE_PERIOD_LABELS: Record<UnitPricePeriod, string> = {
  year: 'per jaar',
  month: 'per maand',
};

/** Dutch words for the coded values of a line field (driver "departments" → "Afdelingen"). */
const LINE_VALUE_LABELS: Record<string, Record<string, string>> = {
  kind: KIND_LABELS,
  costBasis: COST_BASIS_LABELS,
  costPool: COST_POOL_LABELS,
  driver: DRIVER_LABELS,
  indexation: INDEXATION_LABELS,
  provenance: PROVENANCE_LABELS,
  hoursPeriod: HIRE_HOURS_PERIOD_LABELS,
  unitPricePeriod: UNIT_PRICE_PERIOD_LABELS,
};

/**
 * A coded line value in Dutch (enums and yes/no); null when the value is not a code (numbers,
 * free text), so callers format it themselves. Never returns the code itself for a known field.
 */
export function lineValueLabel(field: string, value: unknown): string | null {
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  const labels = LINE_VALUE_LABELS[field];
  if (labels && typeof value === 'string') return labels[value] ?? value;
  return null;
}

export function lineFieldLabel(field: string): string {
  return LINE_FIELD_LABELS[field] ?? field;
}

/** Dutch names of the other fields the API names in a rejection (error.fields[].path). */
export const REQUEST_FIELD_LABELS: Record<string, string> = {
  justification: 'Toelichting',
  version: 'Versie van de begroting',
  name: 'Naam',
  scenarioName: 'Naam van het scenario',
  cbsCode: 'Gemeente (CBS-code)',
  profile: 'Gemeenteprofiel',
  inhabitants: 'Inwoners',
  employees: 'Medewerkers (personeel)',
  departments: 'Afdelingen',
  firstYear: 'Eerste begrotingsjaar',
  horizonYears: 'Aantal begrotingsjaren',
  includeExamples: 'Voorbeeldregels meenemen',
  developmentId: 'Ontwikkeling',
  enabled: 'Aan/uit',
  startYear: 'Startjaar',
  ownerUnitId: 'Eigenaar (afdeling)',
  assumptions: 'Uitgangspunten',
  file: 'Bestand',
  id: 'Adres van de pagina',
  lineId: 'Regel',
  budgetId: 'Begroting',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  text: 'Tekst',
  comment: 'Opmerking',
  members: 'Deelnemers',
  memberId: 'Deelnemer',
  form: 'Samenwerkingsvorm',
  keyValidFrom: 'Sleutel geldig vanaf',
  keyValidTo: 'Sleutel geldig tot',
  defaultKey: 'Verdeelsleutel',
  percentages: 'Percentages van de verdeelsleutel',
  quantities: 'Hoeveelheden (gebruik)',
  parts: 'Onderdelen van de hybride sleutel',
  developmentKeys: 'Sleutel per ontwikkeling',
  lineKeys: 'Sleutel per regel',
  referenceDate: 'Peildatum',
  budgetLineId: 'Regel',
  sourceType: 'Soort dekking',
  status: 'Status',
  percentage: 'Percentage',
  endYear: 'Eindjaar',
  fundLimitId: 'Fondsmaximum',
  label: 'Naam van de bron',
  fundingId: 'Dekking',
};

/** Containers in an API field path that are not fields themselves (`body.fields.units` → `units`). */
const PATH_CONTAINERS = new Set(['body', 'params', 'query', 'fields', 'values', 'overrides', 'customLine', 'sources']);

/**
 * The Dutch label of an API field path (`body.fields.units` → "Aantal eenheden",
 * `params.id` → "Adres van de pagina"); the most specific known segment wins, never a code path.
 */
export function requestFieldLabel(path: string): string {
  const parts = path.split('.').filter((p) => p !== '' && !/^\d+$/.test(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as string;
    if (PATH_CONTAINERS.has(part)) continue;
    const label = LINE_FIELD_LABELS[part] ?? REQUEST_FIELD_LABELS[part];
    if (label) return label;
  }
  return 'Invoer';
}

export const BENCHMARK_UNIT_LABELS: Record<BenchmarkUnit, string> = {
  'per-inhabitant': 'per inwoner',
  'per-employee': 'per medewerker',
  'max-hourly-rate': 'maximum per uur (inhuur)',
};
