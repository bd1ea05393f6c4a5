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

export const AssumptionSourceSchema = z.object({ source: z.string(), date: z.string().nullable(), note: z.string().nullable() });

export const ReferenceDataSchema = z.object({
  salaryTables: z.array(SalaryTableEntrySchema),
  rateCards: z.array(RateCardSchema),
  benchmarks: z.array(BenchmarkSchema),
  defaultAssumptions: AssumptionsSchema,
  assumptionSources: z.record(z.string(), AssumptionSourceSchema),
});
export type ReferenceData = z.infer<typeof ReferenceDataSchema>;
