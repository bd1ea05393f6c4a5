import { z } from 'zod';
import { AssumptionsSchema, RateCardSchema, SalaryTableSchema } from './assumptions.ts';
import { BenchmarkUnitSchema } from './enums.ts';

export const SalaryTableEntrySchema = SalaryTableSchema.extend({
  /** e.g. 'official' or 'estimate'. */
  status: z.string(),
  /** True when the amounts are an estimate (e.g. an indexed older table), to be labelled so in the UI. */
  estimate: z.boolean(),
});
export type SalaryTableEntry = z.infer<typeof SalaryTableEntrySchema>;

export const BenchmarkSchema = z.object({
  id: z.string(),
  label: z.string(),
  year: z.number().int(),
  valueCents: z.number().int(),
  unit: BenchmarkUnitSchema,
  source: z.string(),
  sourceUrl: z.string().nullable(),
  note: z.string().nullable(),
  /** Who was measured (e.g. "43 gemeenten, samen 2,6 miljoen inwoners"); null when the source does not say. */
  sample: z.string().nullable(),
  /** Size class: minInhabitants ≤ inhabitants < maxInhabitants; both null = all municipalities. */
  minInhabitants: z.number().int().nullable(),
  maxInhabitants: z.number().int().nullable(),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

/** One sourced part of a derived default (e.g. IKB, pension and social charges for the employer-cost %). */
export const AssumptionSourcePartSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Contribution in the assumption's own unit (percentage points); the parts add up to the default. */
  pct: z.number(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  date: z.string().nullable(),
  note: z.string().nullable(),
  estimate: z.boolean(),
});
export type AssumptionSourcePart = z.infer<typeof AssumptionSourcePartSchema>;

export const AssumptionSourceSchema = z.object({
  source: z.string(),
  date: z.string().nullable(),
  note: z.string().nullable(),
  /** Present when the default is derived from parts. */
  parts: z.array(AssumptionSourcePartSchema).optional(),
});

export const ReferenceDataSchema = z.object({
  salaryTables: z.array(SalaryTableEntrySchema),
  rateCards: z.array(RateCardSchema),
  benchmarks: z.array(BenchmarkSchema),
  defaultAssumptions: AssumptionsSchema,
  assumptionSources: z.record(z.string(), AssumptionSourceSchema),
});
export type ReferenceData = z.infer<typeof ReferenceDataSchema>;
