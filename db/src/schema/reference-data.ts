import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AssetClass, Driver } from '@app/engine';
import { benchmarkUnitEnum } from './enums.ts';
import { organisations } from './organisations.ts';

// Facts (salary tables, rates, benchmarks, default percentages) are editable data with a source
// and a date, never constants in code. Ids are the stable string ids of reference-data.json.

/** Cao Gemeenten salary table: scale key → monthly amounts per step in cents, ascending. */
export const salaryTables = pgTable('salary_tables', {
  id: text().primaryKey(),
  label: text().notNull(),
  validFrom: date({ mode: 'string' }).notNull(),
  scales: jsonb().$type<Record<string, number[]>>().notNull(),
  source: text().notNull(),
  sourceUrl: text(),
  /** True when the figures are an estimate rather than the published table. */
  estimate: boolean().notNull().default(false),
  note: text(),
});

/** Hourly hire rates per role in cents, excl. BTW. */
export const rateCards = pgTable('rate_cards', {
  id: text().primaryKey(),
  label: text().notNull(),
  validFrom: date({ mode: 'string' }).notNull(),
  rates: jsonb().$type<Record<string, number>>().notNull(),
  source: text().notNull(),
  sourceUrl: text(),
  estimate: boolean().notNull().default(false),
  note: text(),
});

/** Published comparison figures, e.g. ICT cost per inhabitant. */
export const benchmarks = pgTable('benchmarks', {
  id: text().primaryKey(),
  label: text().notNull(),
  year: integer().notNull(),
  valueCents: bigint({ mode: 'number' }).notNull(),
  unit: benchmarkUnitEnum().notNull(),
  source: text().notNull(),
  sourceUrl: text(),
  note: text(),
  /** Who was measured, as the source says it (e.g. "43 gemeenten, samen 2,6 miljoen inwoners"); null when the source does not say. */
  sample: text(),
  /** Size class the figure is for: minInhabitants ≤ inhabitants < maxInhabitants; both null = all municipalities. */
  minInhabitants: integer(),
  maxInhabitants: integer(),
});

/**
 * A fund's known maximum grant, e.g. the A&O-fonds Gemeenten: at most € 25.000 per innovative
 * project. A reference figure with its source and date, never a constant in code.
 */
export const fundLimits = pgTable('fund_limits', {
  id: text().primaryKey(),
  /** The fund and the scheme, e.g. "A&O-fonds Gemeenten — innovatief project". */
  label: text().notNull(),
  /** Maximum for the whole grant (per project), in cents. */
  maxCents: bigint({ mode: 'number' }).notNull(),
  validFrom: date({ mode: 'string' }).notNull(),
  source: text().notNull(),
  sourceUrl: text(),
  note: text(),
});

/** One sourced part of a derived default, e.g. the IKB share of the employer-cost percentage. */
export interface AssumptionSourcePart {
  key: string;
  label: string;
  /** The part's contribution, in the unit of the assumption (percentage points for a %). */
  pct: number;
  source: string;
  sourceUrl?: string | null;
  date?: string | null;
  note?: string | null;
  estimate?: boolean;
}
/**
 * Staff (formatie) per 1,000 inhabitants by size class, for the suggested number of employees of a
 * municipality (BBV indicator "formatie, fte per 1.000 inwoners"). A class covers
 * minInhabitants ≤ inhabitants < maxInhabitants (null = no upper bound).
 */
export const staffRatios = pgTable('staff_ratios', {
  id: text().primaryKey(),
  label: text().notNull(),
  minInhabitants: integer().notNull(),
  maxInhabitants: integer(),
  ftePer1000: doublePrecision().notNull(),
  /** Data year of the figure (the latest year among the examples it is derived from). */
  year: integer().notNull(),
  source: text().notNull(),
  sourceUrl: text(),
  /** True when the figure is derived or borrowed rather than published for this class. */
  estimate: boolean().notNull().default(false),
  note: text(),
});

/** Where one default assumption comes from. */
export interface AssumptionSource {
  source: string;
  sourceUrl?: string | null;
  date?: string | null;
  note?: string | null;
  estimate?: boolean;
  /** For a value derived from parts (the employer-cost percentage): the parts, which add up to it. */
  parts?: AssumptionSourcePart[] | null;
}

/**
 * Default assumptions for new budgets: one global row (organisation_id null) and at most one
 * row per organisation that overrides it. The engine's Assumptions embed the salary table and
 * rate card; here they are references.
 */
export const assumptionDefaults = pgTable(
  'assumption_defaults',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    salaryTableId: text()
      .notNull()
      .references(() => salaryTables.id),
    /** 'max' or a step index, as text. */
    salaryStep: text().notNull().default('max'),
    employerCostPct: doublePrecision().notNull(),
    rateCardId: text()
      .notNull()
      .references(() => rateCards.id),
    defaultHireRole: text().notNull(),
    priceIndexationPct: doublePrecision().notNull(),
    wageIndexationPct: doublePrecision().notNull(),
    interestRatePct: doublePrecision().notNull(),
    activationThresholdCents: bigint({ mode: 'number' }).notNull(),
    defaultDepreciationYears: integer().notNull(),
    /** Depreciation term per asset class (ADR 0027); a class left out takes defaultDepreciationYears. */
    depreciationYearsByAssetClass: jsonb().$type<Partial<Record<AssetClass, number>>>().notNull().default({}),
    /** Share of investments financed with borrowed money; 100 = every euro bears interest, as before the setting. */
    externalFinancingPct: doublePrecision().notNull().default(100),
    /** Interest on own equity (Commissie BBV advises against): off by default. */
    interestOnOwnEquity: boolean().notNull().default(false),
    /** Activeren en direct afschrijven. */
    writeOffAtOnce: boolean().notNull().default(false),
    defaultElasticity: jsonb().$type<Record<Driver, number>>().notNull(),
    retenderPct: doublePrecision().notNull(),
    migrationPct: doublePrecision().notNull(),
    /** Validity range of the rescaling (ADR 0010); null = the power law at every size. */
    scalingRange: jsonb().$type<{ minRatio: number; maxRatio: number } | null>(),
    /** Assumption key → where the figure comes from. */
    sources: jsonb().$type<Record<string, AssumptionSource>>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // NULLS NOT DISTINCT makes the global row (organisation_id null) a true singleton too.
    unique('assumption_defaults_organisation_id_unique').on(t.organisationId).nullsNotDistinct(),
    index().on(t.salaryTableId),
    index().on(t.rateCardId),
  ],
);

export type SalaryTableRow = typeof salaryTables.$inferSelect;
export type RateCardRow = typeof rateCards.$inferSelect;
export type BenchmarkRow = typeof benchmarks.$inferSelect;
export type StaffRatioRow = typeof staffRatios.$inferSelect;
export type AssumptionDefaultsRow = typeof assumptionDefaults.$inferSelect;
export type FundLimitRow = typeof fundLimits.$inferSelect;
