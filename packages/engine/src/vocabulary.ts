/**
 * The engine's enum value lists (the vocabularies of types.ts), in a module of their own so that
 * packages which may only use the engine's words, not its behaviour (db: PostgreSQL enums, seed
 * formats), can import them as values from `@app/engine/vocabulary` and everything else as types.
 */

export const DRIVERS = ['fixed', 'inhabitants', 'employees', 'departments'] as const;

export const LINE_KINDS = ['incidental', 'structural', 'investment'] as const;

export const COST_BASES = ['amount', 'staff', 'hire', 'licence'] as const;

export const COST_POOLS = ['personnel', 'hire', 'software', 'hardware', 'services', 'training'] as const;

/**
 * Activaklasse of an investment: the organisation sets a depreciation term per class (financial
 * regulation, art. 212 Gemeentewet). SaaS and licences are no class: they are never activated.
 */
export const ASSET_CLASSES = ['software', 'hardware', 'infrastructure', 'other'] as const;

export const PROVENANCES = [
  'published',
  'published-incomplete',
  'secondhand',
  'example',
  'imported',
  'custom',
] as const;

export const UNIT_PRICE_PERIODS = ['month', 'year'] as const;

export const HIRE_HOURS_PERIODS = ['year', 'total'] as const;

export const INDEXATIONS = ['wage', 'price', 'none'] as const;

export const SCALING_RULES = ['power', 'below-range', 'above-range', 'shared-fixed'] as const;

export const COMPONENTS = [
  'incidental',
  'structural',
  'investment',
  'depreciation',
  'interest',
  'retender',
  'migration',
] as const;

/**
 * Dekking source types (product spec §6): algemene middelen, algemene reserve, bestemmingsreserve,
 * subsidie, specifieke uitkering (SiSa), decentralisatie-uitkering, bijdrage derden, bijdrage partner.
 */
export const FUNDING_SOURCE_TYPES = [
  'general-funds',
  'general-reserve',
  'earmarked-reserve',
  'subsidy',
  'specific-grant',
  'decentralisation-grant',
  'third-party',
  'partner',
] as const;

/** Where a funding stands: verwacht / toegekend / ontvangen. */
export const FUNDING_STATUSES = ['expected', 'granted', 'received'] as const;
