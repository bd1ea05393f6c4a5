import { z } from 'zod';
import {
  CentsSchema,
  ElasticitySchema,
  IsoDateSchema,
  NameSchema,
  PercentSchema,
  TextSchema,
  UuidSchema,
  YearSchema,
} from './common.ts';
import { ScalingRangeSchema, yearsCount } from './assumptions.ts';
import { AssumptionSourcePartSchema } from './reference-data.ts';
import { BenchmarkUnitSchema, EditionStatusSchema, ProvenanceSchema } from './enums.ts';
import { lineValueShape } from './line.ts';
import { CatalogEditionSchema } from './catalog.ts';
import { ProfileSchema } from './profile.ts';

// Administrator writes to reference data (salary tables, rate cards, benchmarks, organisation
// defaults) and catalog editing in draft editions. Bodies are strict: an unknown key is a typo,
// and a typo must not become a silent no-op.

/** Reference-data ids are stable readable keys ("cao-gemeenten-2027"). */
export const ReferenceIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, { error: 'alleen kleine letters, cijfers en streepjes (2-80 tekens)' });

export const SourceTextSchema = z
  .string()
  .trim()
  .min(1, { error: 'bron is verplicht' })
  .max(2000, { error: 'is te lang (maximaal 2000 tekens)' });
export const SourceUrlSchema = z
  .url({ protocol: /^https?$/, error: 'moet een webadres zijn (https://…)' })
  .max(2000, { error: 'is te lang (maximaal 2000 tekens)' });
const optionalUrl = SourceUrlSchema.nullable().optional();
const optionalNote = TextSchema.nullable().optional();

const ScaleKeySchema = z
  .string()
  .trim()
  .min(1, { error: 'schaal mag niet leeg zijn' })
  .max(10, { error: 'schaal is te lang' });
const RoleKeySchema = z
  .string()
  .trim()
  .min(1, { error: 'rol mag niet leeg zijn' })
  .max(100, { error: 'rol is te lang' });

const ScalesSchema = z
  .record(
    ScaleKeySchema,
    z
      .array(CentsSchema)
      .min(1, { error: 'een schaal heeft minstens één trede' })
      .max(40, { error: 'hoogstens 40 treden' }),
  )
  .superRefine((scales, ctx) => {
    if (Object.keys(scales).length === 0) ctx.addIssue({ code: 'custom', message: 'geef minstens één schaal' });
    for (const [scale, steps] of Object.entries(scales)) {
      if (steps.some((cents, i) => i > 0 && cents < steps[i - 1]!)) {
        ctx.addIssue({ code: 'custom', path: [scale], message: `de treden van schaal ${scale} moeten oplopen` });
      }
    }
  });

const RatesSchema = z.record(RoleKeySchema, CentsSchema).superRefine((rates, ctx) => {
  if (Object.keys(rates).length === 0)
    ctx.addIssue({ code: 'custom', message: 'geef minstens één rol met een uurtarief' });
});

const atLeastOne = (value: object) => Object.keys(value).length > 0;
const atLeastOneError = { error: 'geef minstens één veld om te wijzigen' };

/** What every new version of dated reference data carries (salary table, rate card). */
const versionedReferenceShape = {
  /** Optional: derived from the label when absent. */
  id: ReferenceIdSchema.optional(),
  label: NameSchema,
  validFrom: IsoDateSchema,
  source: SourceTextSchema,
  sourceUrl: optionalUrl,
  estimate: z.boolean({ error: 'moet ja of nee zijn' }),
  note: optionalNote,
  /** Also make it the organisation's default for new budgets (same transaction). */
  makeDefault: z.boolean().optional(),
};

export const SalaryTableCreateSchema = z.strictObject({ ...versionedReferenceShape, scales: ScalesSchema });
export type SalaryTableCreate = z.infer<typeof SalaryTableCreateSchema>;

/** A table may be in use by budgets: only its label and note can change; new amounts are a new version. */
export const SalaryTablePatchSchema = z
  .strictObject({ label: NameSchema.optional(), note: optionalNote })
  .refine(atLeastOne, atLeastOneError);
export type SalaryTablePatch = z.infer<typeof SalaryTablePatchSchema>;

export const RateCardCreateSchema = z.strictObject({ ...versionedReferenceShape, rates: RatesSchema });
export type RateCardCreate = z.infer<typeof RateCardCreateSchema>;
export const RateCardPatchSchema = SalaryTablePatchSchema;
export type RateCardPatch = SalaryTablePatch;

export const SalaryTableAdminSchema = z.object({
  id: z.string(),
  label: z.string(),
  validFrom: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  estimate: z.boolean(),
  note: z.string().nullable(),
  scales: z.record(z.string(), z.array(z.number().int())),
  /** True when it is the organisation's (or, without own defaults, the global) default. */
  isDefault: z.boolean(),
});
export type SalaryTableAdmin = z.infer<typeof SalaryTableAdminSchema>;

export const RateCardAdminSchema = z.object({
  id: z.string(),
  label: z.string(),
  validFrom: z.string(),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  estimate: z.boolean(),
  note: z.string().nullable(),
  rates: z.record(z.string(), z.number().int()),
  isDefault: z.boolean(),
});
export type RateCardAdmin = z.infer<typeof RateCardAdminSchema>;

/** A write that was accepted but deserves a second look (e.g. a rate above the Rijk cap). */
export const WarningSchema = z.object({ path: z.string(), message: z.string() });
export type Warning = z.infer<typeof WarningSchema>;

export const RateCardWriteResultSchema = z.object({ rateCard: RateCardAdminSchema, warnings: z.array(WarningSchema) });
export type RateCardWriteResult = z.infer<typeof RateCardWriteResultSchema>;

export const BenchmarkCreateSchema = z.strictObject({
  id: ReferenceIdSchema.optional(),
  label: NameSchema,
  year: YearSchema,
  valueCents: CentsSchema,
  unit: BenchmarkUnitSchema,
  source: SourceTextSchema,
  sourceUrl: optionalUrl,
  note: optionalNote,
  sample: optionalNote,
  /** Size class: minInhabitants ≤ inhabitants < maxInhabitants; omitted or null = all municipalities. */
  minInhabitants: z.number().int().min(0).max(10_000_000).nullable().optional(),
  maxInhabitants: z.number().int().min(1).max(10_000_000).nullable().optional(),
});
export type BenchmarkCreate = z.infer<typeof BenchmarkCreateSchema>;
export const BenchmarkPatchSchema = BenchmarkCreateSchema.omit({ id: true })
  .partial()
  .refine(atLeastOne, atLeastOneError);
export type BenchmarkPatch = z.infer<typeof BenchmarkPatchSchema>;

export const ReferenceIdParamsSchema = z.object({ id: z.string().max(80, { error: 'is te lang' }) });

/** The default assumptions an organisation's new budgets start from (references, not embedded tables). */
export const DEFAULT_ASSUMPTION_KEYS = [
  'salaryTableId',
  'salaryStep',
  'employerCostPct',
  'rateCardId',
  'defaultHireRole',
  'priceIndexationPct',
  'wageIndexationPct',
  'interestRatePct',
  'activationThresholdCents',
  'defaultDepreciationYears',
  'defaultElasticity',
  'retenderPct',
  'migrationPct',
  'scalingRange',
  'depreciationYearsByAssetClass',
  'externalFinancingPct',
  'interestOnOwnEquity',
  'writeOffAtOnce',
] as const;
export type DefaultAssumptionKey = (typeof DEFAULT_ASSUMPTION_KEYS)[number];

export const defaultValuesShape = {
  salaryTableId: z.string().trim().min(1, { error: 'kies een salaristabel' }).max(80),
  salaryStep: z.union([z.literal('max'), z.number().int().min(0).max(39)], {
    error: "moet 'max' of een tredenummer (0 of hoger) zijn",
  }),
  employerCostPct: PercentSchema,
  rateCardId: z.string().trim().min(1, { error: 'kies een tariefkaart' }).max(80),
  defaultHireRole: RoleKeySchema,
  priceIndexationPct: PercentSchema,
  wageIndexationPct: PercentSchema,
  interestRatePct: PercentSchema,
  activationThresholdCents: CentsSchema,
  defaultDepreciationYears: yearsCount(50),
  defaultElasticity: z.strictObject({
    fixed: ElasticitySchema,
    inhabitants: ElasticitySchema,
    employees: ElasticitySchema,
    departments: ElasticitySchema,
  }),
  retenderPct: PercentSchema,
  migrationPct: PercentSchema,
  scalingRange: ScalingRangeSchema.nullable().optional(),
  depreciationYearsByAssetClass: z.strictObject({
    software: yearsCount(50).optional(),
    hardware: yearsCount(50).optional(),
    infrastructure: yearsCount(50).optional(),
    other: yearsCount(50).optional(),
  }),
  externalFinancingPct: z
    .number({ error: 'moet een percentage zijn' })
    .min(0, { error: 'mag niet kleiner zijn dan 0 %' })
    .max(100, { error: 'mag hoogstens 100 % zijn' }),
  interestOnOwnEquity: z.boolean({ error: 'moet ja of nee zijn' }),
  writeOffAtOnce: z.boolean({ error: 'moet ja of nee zijn' }),
};
export const DefaultValuesSchema = z.object(defaultValuesShape);
export type DefaultValues = z.infer<typeof DefaultValuesSchema>;

export const DefaultSourceSchema = z.strictObject({
  source: SourceTextSchema,
  sourceUrl: optionalUrl,
  date: IsoDateSchema.nullable().optional(),
  note: optionalNote,
  estimate: z.boolean().optional(),
});
export type DefaultSource = z.infer<typeof DefaultSourceSchema>;

export const OrganisationDefaultsSchema = z.object({
  /** 'organisation' once the organisation has its own row; 'global' while it inherits the shipped defaults. */
  scope: z.enum(['organisation', 'global']),
  values: DefaultValuesSchema,
  sources: z.record(
    z.string(),
    z.object({
      source: z.string(),
      sourceUrl: z.string().nullable(),
      date: z.string().nullable(),
      note: z.string().nullable(),
      estimate: z.boolean(),
      /** Present when the default is derived from sourced parts; read-only here (a changed value drops them). */
      parts: z.array(AssumptionSourcePartSchema).optional(),
    }),
  ),
  updatedAt: z.string(),
});
export type OrganisationDefaults = z.infer<typeof OrganisationDefaultsSchema>;

/**
 * Change some defaults. Every changed value needs its source (`sources.<key>`), except a salary
 * table or rate card, which carry their own source. Sources may also be corrected on their own.
 */
export const OrganisationDefaultsPatchSchema = z
  .strictObject({
    values: z.strictObject(defaultValuesShape).partial().optional(),
    sources: z.partialRecord(z.enum(DEFAULT_ASSUMPTION_KEYS), DefaultSourceSchema).optional(),
  })
  .superRefine((body, ctx) => {
    const values = body.values ?? {};
    const sources = body.sources ?? {};
    if (Object.keys(values).length === 0 && Object.keys(sources).length === 0)
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'geef minstens één waarde of bron' });
    for (const key of Object.keys(values) as DefaultAssumptionKey[]) {
      if (key === 'salaryTableId' || key === 'rateCardId') continue;
      if (!sources[key])
        ctx.addIssue({
          code: 'custom',
          path: ['sources', key],
          message: 'bron is verplicht bij een gewijzigde waarde',
        });
    }
  });
export type OrganisationDefaultsPatch = z.infer<typeof OrganisationDefaultsPatchSchema>;

export const ReferenceAdminSchema = z.object({
  salaryTables: z.array(SalaryTableAdminSchema),
  rateCards: z.array(RateCardAdminSchema),
  defaults: OrganisationDefaultsSchema,
  /** The newest maximum hourly rate among the benchmarks (warning threshold for rate cards); null when none is recorded. */
  hireRateCap: z.object({ cents: z.number().int(), source: z.string(), sourceUrl: z.string() }).nullable(),
});
export type ReferenceAdmin = z.infer<typeof ReferenceAdminSchema>;

// --- Catalog editing -------------------------------------------------------------------------

export const EditionParamsSchema = z.object({ editionId: UuidSchema });
export const EditionDevelopmentParamsSchema = z.object({ editionId: UuidSchema, developmentId: UuidSchema });
export const EditionLineParamsSchema = z.object({ editionId: UuidSchema, lineId: UuidSchema });

export const DraftEditionCreateSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(3, { error: 'minimaal 3 tekens' })
    .max(120, { error: 'is te lang (maximaal 120 tekens)' }),
  source: SourceTextSchema.optional(),
});
export type DraftEditionCreate = z.infer<typeof DraftEditionCreateSchema>;

export const EditionDevelopmentCreateSchema = z.strictObject({
  domainKey: z.string().trim().min(1, { error: 'kies een domein' }).max(200),
  title: NameSchema,
  summary: optionalNote,
  sourceUrl: optionalUrl,
  tags: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
});
export type EditionDevelopmentCreate = z.infer<typeof EditionDevelopmentCreateSchema>;
export const EditionDevelopmentPatchSchema = EditionDevelopmentCreateSchema.partial().refine(
  atLeastOne,
  atLeastOneError,
);
export type EditionDevelopmentPatch = z.infer<typeof EditionDevelopmentPatchSchema>;

const lineDescriptiveShape = {
  basis: optionalNote,
  notes: optionalNote,
  sourceUrl: optionalUrl,
  taakveld: z.string().trim().min(1).max(20).optional(),
};

// A catalog line holds model values by definition: "the municipality's own value" (ownQuantity,
// ADR 0013) exists only as a budget's override, so the catalog schemas refuse it.
const { ownQuantity: _ownQuantity, ...catalogValueShape } = lineValueShape;

/** A new line is the administrator's own: provenance `custom`. */
export const EditionLineCreateSchema = z.strictObject({
  developmentId: UuidSchema,
  ...catalogValueShape,
  ...lineDescriptiveShape,
});
export type EditionLineCreate = z.infer<typeof EditionLineCreateSchema>;

/** An edited line keeps its provenance unless it is set to `custom` (the figure is no longer as published). */
export const EditionLinePatchSchema = z
  .strictObject({
    developmentId: UuidSchema,
    ...catalogValueShape,
    ...lineDescriptiveShape,
    provenance: z.literal('custom', { error: "kan alleen 'custom' worden (of weglaten om te behouden)" }),
    retired: z.boolean(),
  })
  .partial()
  .refine(atLeastOne, atLeastOneError);
export type EditionLinePatch = z.infer<typeof EditionLinePatchSchema>;

export const EditableLineSchema = z.object({
  id: z.string(),
  developmentId: z.string(),
  key: z.string(),
  description: z.string(),
  basis: z.string().nullable(),
  notes: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  taakveld: z.string(),
  provenance: ProvenanceSchema,
  retired: z.boolean(),
  kind: lineValueShape.kind,
  costBasis: lineValueShape.costBasis,
  costPool: lineValueShape.costPool,
  amountCents: z.number().nullable(),
  hoursPerWeek: z.number().nullable(),
  salaryScale: z.string().nullable(),
  hours: z.number().nullable(),
  hoursPeriod: z.string().nullable(),
  hireRole: z.string().nullable(),
  hourlyRateCents: z.number().nullable(),
  units: z.number().nullable(),
  unitPriceCents: z.number().nullable(),
  unitPricePeriod: z.string().nullable(),
  driver: lineValueShape.driver,
  elasticity: z.number().nullable(),
  yearOffset: z.number().int(),
  durationYears: z.number().int(),
  depreciationYears: z.number().int().nullable(),
  contractYears: z.number().int().nullable(),
  retenderCents: z.number().nullable(),
  migrationCents: z.number().nullable(),
  contractEndFixed: z.boolean().nullable().optional(),
  extrapolate: z.boolean().nullable().optional(),
  indexation: z.string().nullable(),
});
export type EditableLine = z.infer<typeof EditableLineSchema>;

export const EditableDevelopmentSchema = z.object({
  id: z.string(),
  domainKey: z.string(),
  key: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  tags: z.array(z.string()),
  /** True when every line of it is retired (a development has no retired flag of its own). */
  retired: z.boolean(),
  lines: z.array(EditableLineSchema),
});
export type EditableDevelopment = z.infer<typeof EditableDevelopmentSchema>;

export const EditableEditionSchema = z.object({
  edition: CatalogEditionSchema.extend({ status: EditionStatusSchema, modelProfile: ProfileSchema }),
  domains: z.array(z.object({ key: z.string(), name: z.string() })),
  developments: z.array(EditableDevelopmentSchema),
});
export type EditableEdition = z.infer<typeof EditableEditionSchema>;
