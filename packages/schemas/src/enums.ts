import { z } from 'zod';
import {
  COST_BASES,
  COST_POOLS,
  DRIVERS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  LINE_KINDS,
  PROVENANCES,
  UNIT_PRICE_PERIODS,
  COMPONENTS,
  ASSET_CLASSES,
} from '@app/engine';

// The engine's vocabularies are the source of truth; the schemas only wrap them.
export const DriverSchema = z.enum(DRIVERS);
export const LineKindSchema = z.enum(LINE_KINDS);
export const CostBasisSchema = z.enum(COST_BASES);
export const CostPoolSchema = z.enum(COST_POOLS);
export const ProvenanceSchema = z.enum(PROVENANCES);
export const UnitPricePeriodSchema = z.enum(UNIT_PRICE_PERIODS);
export const HireHoursPeriodSchema = z.enum(HIRE_HOURS_PERIODS);
export const IndexationSchema = z.enum(INDEXATIONS);
export const ComponentSchema = z.enum(COMPONENTS);
export const AssetClassSchema = z.enum(ASSET_CLASSES, {
  error: 'moet software, hardware, infrastructuur of overig zijn',
});
export const CategorySchema = z.enum(['incidental', 'structural', 'capital', 'investment']);

export const EDITION_STATUSES = ['draft', 'published', 'retired'] as const;
export const EditionStatusSchema = z.enum(EDITION_STATUSES);
export type EditionStatus = z.infer<typeof EditionStatusSchema>;

export const BUDGET_STATUSES = ['draft', 'submitted', 'adopted'] as const;
export const BudgetStatusSchema = z.enum(BUDGET_STATUSES);
export type BudgetStatus = z.infer<typeof BudgetStatusSchema>;

export const BENCHMARK_UNITS = ['per-inhabitant', 'per-employee', 'max-hourly-rate'] as const;
export const BenchmarkUnitSchema = z.enum(BENCHMARK_UNITS);
export type BenchmarkUnit = z.infer<typeof BenchmarkUnitSchema>;
