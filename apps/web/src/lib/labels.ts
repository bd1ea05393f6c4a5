import type { Category, Component, CostBasis, CostPool, Driver, LineKind, Provenance } from '@app/engine';

/** Dutch UI names for the engine's enums, in one place. */
export const KIND_LABEL: Record<LineKind, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  investment: 'Investering',
};

export const COST_BASIS_LABEL: Record<CostBasis, string> = {
  amount: 'Bedrag',
  staff: 'Eigen personeel (uren × schaal)',
  hire: 'Inhuur (uren × tarief)',
  licence: 'Licenties (aantal × prijs)',
};

export const COST_POOL_LABEL: Record<CostPool, string> = {
  personnel: 'Personeel eigen',
  hire: 'Inhuur',
  software: 'Software/licenties',
  hardware: 'Hardware',
  services: 'Diensten/advies',
  training: 'Opleiding',
};

export const DRIVER_LABEL: Record<Driver, string> = {
  fixed: 'Vast (niet schalen)',
  inhabitants: 'Inwoners',
  employees: 'Medewerkers',
  departments: 'Afdelingen',
};

export const PROVENANCE_LABEL: Record<Provenance, string> = {
  published: 'Gepubliceerd',
  'published-incomplete': 'Gepubliceerd, onvolledig',
  secondhand: 'Uit tweede hand',
  example: 'Voorbeeld',
  imported: 'Geïmporteerd',
  custom: 'Eigen regel',
};

export const COMPONENT_LABEL: Record<Component, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  investment: 'Investering',
  depreciation: 'Afschrijving',
  interest: 'Rente',
  retender: 'Heraanbesteding',
  migration: 'Migratie',
};

export const CATEGORY_LABEL: Record<Category, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  capital: 'Kapitaallasten',
  investment: 'Investeringen',
};

export const STATUS_LABEL: Record<string, string> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  adopted: 'Vastgesteld',
};
