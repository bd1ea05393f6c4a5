import { pgEnum } from 'drizzle-orm/pg-core';
import {
  ASSET_CLASSES,
  FUNDING_SOURCE_TYPES,
  FUNDING_STATUSES,
  COST_BASES,
  COST_POOLS,
  DRIVERS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  LINE_KINDS,
  PROVENANCES,
  UNIT_PRICE_PERIODS,
} from '@app/engine/vocabulary';

// Engine vocabularies become PostgreSQL enums so the database rejects values the engine
// would not understand. Adding a value to an engine tuple needs a new generated migration.
export const lineKindEnum = pgEnum('line_kind', LINE_KINDS);
export const costBasisEnum = pgEnum('cost_basis', COST_BASES);
export const costPoolEnum = pgEnum('cost_pool', COST_POOLS);
export const driverEnum = pgEnum('driver', DRIVERS);
export const provenanceEnum = pgEnum('provenance', PROVENANCES);
export const unitPricePeriodEnum = pgEnum('unit_price_period', UNIT_PRICE_PERIODS);
export const hireHoursPeriodEnum = pgEnum('hire_hours_period', HIRE_HOURS_PERIODS);
export const indexationEnum = pgEnum('indexation', INDEXATIONS);
export const assetClassEnum = pgEnum('asset_class', ASSET_CLASSES);

export const EDITION_STATUSES = ['draft', 'published', 'retired'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];
export const editionStatusEnum = pgEnum('edition_status', EDITION_STATUSES);

export const BUDGET_STATUSES = ['draft', 'submitted', 'adopted'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];
export const budgetStatusEnum = pgEnum('budget_status', BUDGET_STATUSES);

/** Dekking source types and statuses: the engine's vocabulary (packages/engine/src/funding.ts). */
export const fundingSourceTypeEnum = pgEnum('funding_source_type', FUNDING_SOURCE_TYPES);
export const fundingStatusEnum = pgEnum('funding_status', FUNDING_STATUSES);

/** Per-inhabitant/per-employee cost benchmarks, and maximum hourly rates for hire (e.g. the Rijk's cap). */
export const BENCHMARK_UNITS = ['per-inhabitant', 'per-employee', 'max-hourly-rate'] as const;
export type BenchmarkUnit = (typeof BENCHMARK_UNITS)[number];
export const benchmarkUnitEnum = pgEnum('benchmark_unit', BENCHMARK_UNITS);
