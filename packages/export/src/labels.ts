import type { Category, Component, CostBasis, CostPool, Driver, Indexation, LineKind, Provenance } from '@app/engine';

/** Dutch labels for the engine's enums; exports and imports share them so a workbook can be read back. */
export const COMPONENT_LABELS: Record<Component, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  investment: 'Investering',
  depreciation: 'Afschrijving',
  interest: 'Rente',
  retender: 'Aanbesteding',
  migration: 'Migratie',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  capital: 'Kapitaallasten',
  investment: 'Investeringen',
};

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

export const PROVENANCE_LABELS: Record<Provenance, string> = {
  published: 'Gepubliceerd',
  'published-incomplete': 'Gepubliceerd (onvolledig)',
  secondhand: 'Tweedehands',
  example: 'Voorbeeld',
  imported: 'Geïmporteerd',
  custom: 'Eigen regel',
};

export const DRIVER_LABELS: Record<Driver, string> = {
  fixed: 'Vast',
  inhabitants: 'Inwoners',
  employees: 'Medewerkers',
  departments: 'Afdelingen',
};

export const INDEXATION_LABELS: Record<Indexation, string> = {
  wage: 'Loon',
  price: 'Prijs',
  none: 'Geen',
};

/** Reverse lookup for imports: Dutch label (case-insensitive) or the code itself → code. */
export function codeFromLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase();
  for (const [code, label] of Object.entries(labels) as [K, string][]) {
    if (label.toLowerCase() === wanted || code.toLowerCase() === wanted) return code;
  }
  return undefined;
}

/** Dutch names of the LineInput fields a budget can override (Toelichting in Excel and PDF). */
export const LINE_FIELD_LABELS: Record<string, string> = {
  description: 'Omschrijving',
  kind: 'Soort',
  costBasis: 'Kostenbasis',
  costPool: 'Kostensoort',
  amountCents: 'Bedrag',
  hoursPerWeek: 'Uren per week',
  salaryScale: 'Schaal',
  hours: 'Uren',
  hoursPeriod: 'Uren per',
  hireRole: 'Inhuurrol',
  hourlyRateCents: 'Uurtarief',
  units: 'Aantal eenheden',
  unitPriceCents: 'Prijs per eenheid',
  unitPricePeriod: 'Prijs per',
  driver: 'Driver',
  elasticity: 'Elasticiteit',
  yearOffset: 'Startjaar (na start ontwikkeling)',
  durationYears: 'Looptijd (jaren)',
  depreciationYears: 'Afschrijvingstermijn',
  contractYears: 'Contractduur',
  retenderCents: 'Aanbesteding',
  migrationCents: 'Migratie',
  indexation: 'Indexatie',
};

export function lineFieldLabel(field: string): string {
  return LINE_FIELD_LABELS[field] ?? field;
}
