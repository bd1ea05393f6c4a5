import { z } from 'zod';
import {
  FUNDING_SOURCE_TYPES,
  FUNDING_STATUSES,
  FUNDING_WARNING_KINDS,
  type FundingSourceType,
  type FundingStatus,
  type FundingWarningKind,
} from '@app/engine';
import { CentsSchema, NameSchema, TimestampSchema, UuidSchema, YearAmountsSchema, YearSchema } from './common.ts';

const VersionSchema = z
  .number({ error: 'versie is verplicht (optimistische vergrendeling)' })
  .int({ error: 'versie moet een geheel getal zijn' })
  .min(0, { error: 'versie mag niet negatief zijn' });

// Dekking (funding) of a budget: the sources per line or development and what they cover. Rules:
// packages/engine/README.md "Funding".

export const FundingSourceTypeSchema = z.enum(FUNDING_SOURCE_TYPES, { error: 'kies een soort dekking' });
export const FundingStatusSchema = z.enum(FUNDING_STATUSES, {
  error: 'kies een status (verwacht, toegekend of ontvangen)',
});
export const FundingWarningKindSchema = z.enum(FUNDING_WARNING_KINDS);

export const FUNDING_SOURCE_TYPE_LABELS: Record<FundingSourceType, string> = {
  'general-funds': 'Algemene middelen',
  'general-reserve': 'Algemene reserve',
  'earmarked-reserve': 'Bestemmingsreserve',
  subsidy: 'Subsidie',
  'specific-grant': 'Specifieke uitkering (SiSa)',
  'decentralisation-grant': 'Decentralisatie-uitkering',
  'third-party': 'Bijdrage derden',
  partner: 'Bijdrage partner (samenwerking)',
};

export const FUNDING_STATUS_LABELS: Record<FundingStatus, string> = {
  expected: 'Verwacht',
  granted: 'Toegekend',
  received: 'Ontvangen',
};

export const FUNDING_WARNING_LABELS: Record<FundingWarningKind, string> = {
  'structural-by-incidental': 'Structurele kosten gedekt met incidentele middelen',
  'funding-ends': 'Dekking stopt eerder dan de kosten',
  'above-maximum': 'Subsidie boven het bekende maximum',
  'above-cost': 'Dekking hoger dan de kosten',
};

/** A percentage of the target's gross per year: more than 0, at most 100, in hundredths (as shown). */
export const FundingPercentageSchema = z
  .number({ error: 'moet een percentage zijn' })
  .gt(0, { error: 'moet groter zijn dan 0 %' })
  .max(100, { error: 'mag niet groter zijn dan 100 %' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'mag hoogstens 2 decimalen hebben' })
  .refine((v) => v >= 0.01, { error: 'moet minstens 0,01 % zijn' });

const fundingFields = {
  /** The budget line funded (a line of this budget) … */
  budgetLineId: UuidSchema.nullable().optional(),
  /** … or the development funded (the catalog development id, as in BudgetDevelopment.developmentId). */
  developmentId: UuidSchema.nullable().optional(),
  sourceType: FundingSourceTypeSchema,
  status: FundingStatusSchema.default('expected'),
  label: NameSchema.nullable().optional(),
  /** A fixed amount per year, in whole euros (cents, multiple of 100) … */
  amountCents: CentsSchema.multipleOf(100, { error: 'moet een bedrag in hele euro’s zijn' })
    .min(100, { error: 'moet minstens € 1 per jaar zijn' })
    .nullable()
    .optional(),
  /** … or a percentage of the target's gross per year. */
  percentage: FundingPercentageSchema.nullable().optional(),
  startYear: YearSchema,
  /** Last year (inclusive); null = no end. */
  endYear: YearSchema.nullable().optional(),
  /** A fund's known maximum from the reference data (GET /api/reference-data/fund-limits). */
  fundLimitId: z.string().trim().min(1).max(200).nullable().optional(),
  note: z.string().max(2000, { error: 'notitie is te lang (maximaal 2000 tekens)' }).nullable().optional(),
};

type XorInput = {
  budgetLineId?: string | null;
  developmentId?: string | null;
  amountCents?: number | null;
  percentage?: number | null;
  startYear?: number;
  endYear?: number | null;
};

/** Checks that need two fields; each issue names the field to correct. */
function checkPairs(value: XorInput, ctx: z.RefinementCtx, partial: boolean): void {
  const hasLine = value.budgetLineId != null;
  const hasDevelopment = value.developmentId != null;
  if (hasLine && hasDevelopment)
    ctx.addIssue({
      code: 'custom',
      path: ['developmentId'],
      message: 'kies een regel óf een ontwikkeling, niet beide',
    });
  if (!partial && !hasLine && !hasDevelopment)
    ctx.addIssue({
      code: 'custom',
      path: ['budgetLineId'],
      message: 'kies de regel of ontwikkeling die deze dekking betaalt',
    });
  const hasAmount = value.amountCents != null;
  const hasPct = value.percentage != null;
  if (hasAmount && hasPct)
    ctx.addIssue({ code: 'custom', path: ['percentage'], message: 'geef een bedrag óf een percentage, niet beide' });
  if (!partial && !hasAmount && !hasPct)
    ctx.addIssue({ code: 'custom', path: ['amountCents'], message: 'geef een bedrag per jaar of een percentage' });
  if (value.startYear !== undefined && value.endYear != null && value.endYear < value.startYear) {
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'mag niet voor het beginjaar liggen' });
  }
}

export const FundingCreateSchema = z
  .object({ ...fundingFields, version: VersionSchema.optional() })
  .superRefine((value, ctx) => checkPairs(value, ctx, false));
export type FundingCreate = z.infer<typeof FundingCreateSchema>;

/**
 * A change to a funding: only the fields sent change. Switching between amount and percentage (or
 * line and development) sends the new one and null for the old one; the service checks the result.
 */
export const FundingPatchSchema = z
  .object({
    budgetLineId: fundingFields.budgetLineId,
    developmentId: fundingFields.developmentId,
    sourceType: FundingSourceTypeSchema.optional(),
    status: FundingStatusSchema.optional(),
    label: fundingFields.label,
    amountCents: fundingFields.amountCents,
    percentage: fundingFields.percentage,
    startYear: YearSchema.optional(),
    endYear: fundingFields.endYear,
    fundLimitId: fundingFields.fundLimitId,
    note: fundingFields.note,
    version: VersionSchema.optional(),
  })
  .superRefine((value, ctx) => checkPairs(value, ctx, true));
export type FundingPatch = z.infer<typeof FundingPatchSchema>;

export const FundingParamsSchema = z.object({ id: UuidSchema, fundingId: UuidSchema });

export const FundingSchema = z.object({
  id: z.string(),
  budgetLineId: z.string().nullable(),
  developmentId: z.string().nullable(),
  sourceType: FundingSourceTypeSchema,
  status: FundingStatusSchema,
  label: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  percentage: z.number().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int().nullable(),
  fundLimitId: z.string().nullable(),
  note: z.string().nullable(),
  nature: z.enum(['incidental', 'structural']),
  /** False when the funding no longer falls in the budget (years outside the horizon, target gone): it counts € 0. */
  active: z.boolean(),
  createdAt: TimestampSchema,
});
export type Funding = z.infer<typeof FundingSchema>;

/** A fund's known maximum (reference data with source and date). */
export const FundLimitSchema = z.object({
  id: z.string(),
  label: z.string(),
  maxCents: z.number().int(),
  validFrom: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  note: z.string().nullable(),
});
export type FundLimit = z.infer<typeof FundLimitSchema>;
export const FundLimitListSchema = z.array(FundLimitSchema);

export const GrossFundedNetSchema = z.object({
  gross: YearAmountsSchema,
  funded: YearAmountsSchema,
  net: YearAmountsSchema,
});
export type GrossFundedNetDto = z.infer<typeof GrossFundedNetSchema>;

export const FundingWarningSchema = z.object({
  kind: FundingWarningKindSchema,
  target: z.object({ kind: z.enum(['line', 'development']), id: z.string() }),
  fundingId: z.string().nullable(),
  amounts: YearAmountsSchema,
  totalCents: z.number().int(),
  limitCents: z.number().int().optional(),
  endYear: z.number().int().optional(),
  /** The warning in Dutch, with the target's name and amounts (the same text in every output). */
  message: z.string(),
});
export type FundingWarningDto = z.infer<typeof FundingWarningSchema>;

const IncidentalItemSchema = z.object({
  id: z.string(),
  developmentId: z.string().nullable(),
  domainKey: z.string().nullable(),
  amounts: YearAmountsSchema,
  total: z.number().int(),
  /** The line's description or the funding's source name. */
  label: z.string(),
});

export const IncidentalRuleSchema = z.object({
  maxYears: z.number().int(),
  thresholdCents: z.number().int().nullable(),
});

export const FundingOverviewSchema = z.object({
  budgetId: z.string(),
  version: z.number().int(),
  status: z.string(),
  years: z.array(z.number().int()),
  sources: z.array(FundingSchema),
  fundLimits: FundLimitListSchema,
  rule: IncidentalRuleSchema,
  fundings: z.array(
    z.object({
      fundingId: z.string(),
      nature: z.enum(['incidental', 'structural']),
      amounts: YearAmountsSchema,
      total: z.number().int(),
    }),
  ),
  lines: z.record(z.string(), GrossFundedNetSchema),
  developments: z.record(z.string(), GrossFundedNetSchema),
  domains: z.record(z.string(), GrossFundedNetSchema),
  /** Domain key → title, for the domain rows. */
  domainTitles: z.record(z.string(), z.string()),
  total: GrossFundedNetSchema,
  warnings: z.array(FundingWarningSchema),
  incidental: z.object({
    rule: IncidentalRuleSchema,
    lasten: z.array(IncidentalItemSchema),
    otherLasten: YearAmountsSchema,
    baten: z.array(IncidentalItemSchema),
    otherBaten: YearAmountsSchema,
    totalLasten: YearAmountsSchema,
    totalBaten: YearAmountsSchema,
    reclassified: z.array(IncidentalItemSchema),
  }),
  structuralBalance: z.object({ cost: YearAmountsSchema, funding: YearAmountsSchema, balance: YearAmountsSchema }),
  /**
   * Kapitaallasten covered from a bestemmingsreserve (organisation setting, ADR 0027): structural
   * dekking added automatically, per line and in total; null when the setting is off.
   */
  capitalReserve: z
    .object({
      lines: z.array(
        z.object({ lineId: z.string(), label: z.string(), amounts: YearAmountsSchema, total: z.number().int() }),
      ),
      amounts: YearAmountsSchema,
      total: z.number().int(),
    })
    .nullable(),
});
export type FundingOverview = z.infer<typeof FundingOverviewSchema>;

/**
 * A number in a query string: decimal digits only (z.coerce would read "0x10" as 16 and "1e3" as
 * 1000); an empty value counts as not given, so `?minAmount=` falls back like no parameter.
 */
const queryNumber = (pattern: RegExp, message: string, inner: z.ZodNumber) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().regex(pattern, { error: message }).transform(Number).pipe(inner).optional(),
  );

/** GET /api/budgets/:id/begrotingswijziging: the reporting threshold; without minAmount the organisation's own (GET /api/funding-settings). */
export const AmendmentQuerySchema = z.object({
  /** Report differences of at least this many whole euros. */
  minAmount: queryNumber(
    /^\d{1,11}$/,
    'moet een heel bedrag in euro’s zijn (alleen cijfers)',
    z.number().max(10_000_000_000, { error: 'is te groot' }),
  ),
  /** And, when given, of at least this percentage of the adopted amount (only read together with minAmount). */
  minPct: queryNumber(
    /^\d{1,3}(\.\d{1,2})?$/,
    'moet een percentage zijn (cijfers, hoogstens 2 decimalen met een punt)',
    z.number().max(100, { error: 'mag niet groter zijn dan 100 %' }),
  ),
});
export type AmendmentQuery = z.infer<typeof AmendmentQuerySchema>;

export const AmendmentRowSchema = z.object({
  domainKey: z.string(),
  domainName: z.string(),
  taakveld: z.string(),
  adopted: YearAmountsSchema,
  current: YearAmountsSchema,
  difference: YearAmountsSchema,
  reportable: z.record(z.number().int(), z.boolean()),
});

export const AmendmentResponseSchema = z.object({
  budgetId: z.string(),
  budgetName: z.string(),
  /** The last adopted version the budget is compared with; null when there is none (then no rows). */
  adoptedBudget: z.object({ id: z.string(), name: z.string() }).nullable(),
  years: z.array(z.number().int()),
  threshold: z.object({ minAmountCents: z.number().int(), minPct: z.number().nullable() }),
  rows: z.array(AmendmentRowSchema),
  total: z.object({ adopted: YearAmountsSchema, current: YearAmountsSchema, difference: YearAmountsSchema }),
});
export type AmendmentResponse = z.infer<typeof AmendmentResponseSchema>;

/** An organisation's P&C rules for dekking (GET/PUT /api/funding-settings). */
export const FundingSettingsSchema = z.object({
  /** Costs and fundings running at most this many years are incidental (Commissie BBV: 3). */
  incidentalMaxYears: z
    .number({ error: 'moet een aantal jaren zijn' })
    .int({ error: 'moet een geheel aantal jaren zijn' })
    .min(1, { error: 'moet minstens 1 jaar zijn' })
    .max(10, { error: 'mag hoogstens 10 jaar zijn' }),
  /** Incidental items below this amount are summed as "overige" (null = list everything). */
  incidentalThresholdCents: CentsSchema.multipleOf(100, { error: 'moet een bedrag in hele euro’s zijn' }).nullable(),
  /** Report a change in a begrotingswijziging from this amount … */
  amendmentMinAmountCents: CentsSchema.multipleOf(100, { error: 'moet een bedrag in hele euro’s zijn' }),
  /** … and, when set, also from this percentage of the adopted amount. */
  amendmentMinPct: z
    .number({ error: 'moet een percentage zijn' })
    .min(0, { error: 'mag niet kleiner zijn dan 0 %' })
    .max(100, { error: 'mag niet groter zijn dan 100 %' })
    .nullable(),
  /**
   * Kapitaallasten of activated investments are covered from a bestemmingsreserve (ADR 0027):
   * added to the dekking automatically, as structural funding. Left out of a request = off.
   */
  capitalFromReserve: z.boolean({ error: 'moet ja of nee zijn' }).default(false),
});
export type FundingSettings = z.infer<typeof FundingSettingsSchema>;

export const DEFAULT_FUNDING_SETTINGS: FundingSettings = {
  incidentalMaxYears: 3,
  incidentalThresholdCents: null,
  amendmentMinAmountCents: 2_500_000,
  amendmentMinPct: null,
  capitalFromReserve: false,
};
