import { z } from 'zod';
import { HorizonYearsSchema, KeySchema, YearAmountsSchema, YearSchema } from './common.ts';
import { AssumptionsPatchSchema, AssumptionsSchema } from './assumptions.ts';
import { CbsCodeSchema, ProfileSchema } from './profile.ts';
import { LineInputSchema, lineValueShape } from './line.ts';
import { CategorySchema, ComponentSchema, CostPoolSchema, ProvenanceSchema } from './enums.ts';

export const DevelopmentInputSchema = z.object({
  id: KeySchema,
  domainKey: KeySchema,
  title: z.string(),
  startYear: YearSchema.nullable().optional(),
  enabled: z.boolean(),
});
export type DevelopmentInput = z.infer<typeof DevelopmentInputSchema>;

/** Mirrors engine CalculationInput: exactly what the engine gets. */
export const CalculationInputSchema = z.object({
  modelProfile: ProfileSchema,
  profile: ProfileSchema,
  firstYear: YearSchema,
  horizonYears: HorizonYearsSchema,
  assumptions: AssumptionsSchema,
  developments: z.array(DevelopmentInputSchema),
  lines: z.array(LineInputSchema),
});
export type CalculationInput = z.infer<typeof CalculationInputSchema>;

/** A per-request override of a catalog line in a stateless calculation. */
export const CalculationOverrideSchema = z
  .strictObject({ lineId: KeySchema, ...lineValueShape })
  .partial()
  .required({ lineId: true });
export type CalculationOverride = z.infer<typeof CalculationOverrideSchema>;

export const CalculationRequestSchema = z
  .object({
    profile: ProfileSchema.optional(),
    cbsCode: CbsCodeSchema.optional(),
    firstYear: YearSchema,
    horizonYears: HorizonYearsSchema.default(4),
    editionId: KeySchema.optional(),
    assumptions: AssumptionsPatchSchema.optional(),
    includeExamples: z.boolean().default(true),
    overrides: z
      .array(CalculationOverrideSchema)
      .max(5000, { error: 'te veel overschrijvingen (maximaal 5000)' })
      .optional(),
    disabledDevelopments: z.array(KeySchema).max(5000, { error: 'te veel ontwikkelingen (maximaal 5000)' }).optional(),
    traces: z.boolean().default(false),
    /** Echo the exact engine input (about as large as the result); off by default to keep responses lean. */
    includeInput: z.boolean().default(false),
  })
  .superRefine((body, ctx) => {
    if (!body.profile && !body.cbsCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['profile'],
        message: 'geef een gemeenteprofiel (profile) of een CBS-code (cbsCode)',
      });
    }
    if (body.profile && body.cbsCode) {
      ctx.addIssue({ code: 'custom', path: ['cbsCode'], message: 'geef óf profile óf cbsCode, niet beide' });
    }
  });
export type CalculationRequest = z.infer<typeof CalculationRequestSchema>;

export const TraceInputSchema = z.object({ label: z.string(), value: z.string(), source: z.string().optional() });
export const TraceSchema = z.object({ formula: z.string(), inputs: z.array(TraceInputSchema) });
export type Trace = z.infer<typeof TraceSchema>;

export const ResultRowSchema = z.object({
  lineId: z.string(),
  developmentId: z.string(),
  domainKey: z.string(),
  component: ComponentSchema,
  category: CategorySchema,
  costPool: CostPoolSchema,
  provenance: ProvenanceSchema,
  amounts: YearAmountsSchema,
});
export type ResultRow = z.infer<typeof ResultRowSchema>;

export const LineResultSchema = z.object({
  lineId: z.string(),
  developmentId: z.string(),
  domainKey: z.string(),
  ratio: z.number(),
  elasticity: z.number(),
  scaledQuantity: z.number(),
  baseAmountCents: z.number(),
  activated: z.boolean(),
  incomplete: z.boolean(),
});
export type LineResult = z.infer<typeof LineResultSchema>;

export const TotalsSchema = z.object({
  incidental: YearAmountsSchema,
  structural: YearAmountsSchema,
  capital: YearAmountsSchema,
  investment: YearAmountsSchema,
  total: YearAmountsSchema,
});
export type Totals = z.infer<typeof TotalsSchema>;

export const CalculationResultSchema = z.object({
  years: z.array(z.number().int()),
  rows: z.array(ResultRowSchema),
  lines: z.array(LineResultSchema),
  totals: TotalsSchema,
  byDomain: z.record(z.string(), TotalsSchema),
  byCostPool: z.record(z.string(), TotalsSchema),
});
export type CalculationResult = z.infer<typeof CalculationResultSchema>;

/** lineId → component → year → trace. */
export const TracesSchema = z.record(
  z.string(),
  z.partialRecord(ComponentSchema, z.record(z.number().int(), TraceSchema)),
);
export type Traces = z.infer<typeof TracesSchema>;

export const CalculationResponseSchema = z.object({
  input: CalculationInputSchema.optional(),
  result: CalculationResultSchema,
  traces: TracesSchema.optional(),
});
export type CalculationResponse = z.infer<typeof CalculationResponseSchema>;

export const CalculationQuerySchema = z.object({
  traces: z.stringbool({ error: 'moet true of false zijn' }).default(false),
});
