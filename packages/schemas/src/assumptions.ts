import { z } from 'zod';
import { CentsSchema, ElasticitySchema, IsoDateSchema, KeySchema, PercentSchema, NameSchema } from './common.ts';
import { AssetClassSchema } from './enums.ts';

/** Cao Gemeenten salary table: scale key → monthly cents per step (ascending). */
export const SalaryTableSchema = z.object({
  id: KeySchema,
  label: NameSchema,
  validFrom: IsoDateSchema,
  source: z.string().max(2000),
  scales: z.record(
    z.string().min(1).max(10),
    z.array(CentsSchema).min(1, { error: 'een schaal heeft minstens één trede' }).max(40),
  ),
});
export type SalaryTable = z.infer<typeof SalaryTableSchema>;

export const RateCardSchema = z.object({
  id: KeySchema,
  label: NameSchema,
  validFrom: IsoDateSchema,
  source: z.string().max(2000),
  rates: z.record(z.string().min(1).max(100), CentsSchema),
});
export type RateCard = z.infer<typeof RateCardSchema>;

const yearsCount = (max: number) =>
  z
    .number({ error: 'moet een aantal jaren zijn' })
    .int({ error: 'moet een geheel aantal jaren zijn' })
    .min(1, { error: 'moet minstens 1 jaar zijn' })
    .max(max, { error: `mag hoogstens ${max} jaar zijn` });

export const DefaultElasticitySchema = z.object({
  fixed: ElasticitySchema,
  inhabitants: ElasticitySchema,
  employees: ElasticitySchema,
  departments: ElasticitySchema,
});

/** Validity range of the rescaling (ADR 0010): driver ratios own/model where the power law holds. */
export const ScalingRangeSchema = z
  .object({
    minRatio: z
      .number({ error: 'moet een getal zijn' })
      .gt(0, { error: 'moet groter dan 0 zijn' })
      .max(1, { error: 'mag hoogstens 1 zijn' }),
    maxRatio: z
      .number({ error: 'moet een getal zijn' })
      .min(1, { error: 'moet minstens 1 zijn' })
      .max(1_000, { error: 'mag hoogstens 1.000 zijn' }),
  })
  .strict();
export type ScalingRange = z.infer<typeof ScalingRangeSchema>;

/** Depreciation term per asset class (ADR 0027); a class left out falls back to the default term. */
export const DepreciationYearsByAssetClassSchema = z.partialRecord(AssetClassSchema, yearsCount(50));

/** Kapitaallasten settings (ADR 0027); absent in budgets made before they existed = today's computation. */
export const capitalSettingsShape = {
  depreciationYearsByAssetClass: DepreciationYearsByAssetClassSchema.nullable().optional(),
  externalFinancingPct: z
    .number({ error: 'moet een percentage zijn' })
    .min(0, { error: 'mag niet kleiner zijn dan 0 %' })
    .max(100, { error: 'mag hoogstens 100 % zijn' })
    .nullable()
    .optional(),
  interestOnOwnEquity: z.boolean({ error: 'moet ja of nee zijn' }).nullable().optional(),
  writeOffAtOnce: z.boolean({ error: 'moet ja of nee zijn' }).nullable().optional(),
};

/** Mirrors engine Assumptions. */
export const AssumptionsSchema = z.object({
  salaryTable: SalaryTableSchema,
  salaryStep: z.union([z.literal('max'), z.number().int().min(0).max(39)], {
    error: "moet 'max' of een tredenummer (0 of hoger) zijn",
  }),
  employerCostPct: PercentSchema,
  rateCard: RateCardSchema,
  defaultHireRole: KeySchema,
  priceIndexationPct: PercentSchema,
  wageIndexationPct: PercentSchema,
  interestRatePct: PercentSchema,
  activationThresholdCents: CentsSchema,
  defaultDepreciationYears: yearsCount(50),
  defaultElasticity: DefaultElasticitySchema,
  retenderPct: PercentSchema,
  migrationPct: PercentSchema,
  scalingRange: ScalingRangeSchema.nullable().optional(),
  ...capitalSettingsShape,
});
export type Assumptions = z.infer<typeof AssumptionsSchema>;

/** A change to some assumptions (shallow: a nested table is replaced as a whole). */
export const AssumptionsPatchSchema = AssumptionsSchema.partial();
export type AssumptionsPatch = z.infer<typeof AssumptionsPatchSchema>;

export { yearsCount };
