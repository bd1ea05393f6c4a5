import { z } from 'zod';
import {
  HorizonYearsSchema,
  JustificationSchema,
  KeySchema,
  NameSchema,
  TimestampSchema,
  UuidSchema,
  YearAmountsSchema,
  YearSchema,
} from './common.ts';
import { AssumptionsPatchSchema, AssumptionsSchema } from './assumptions.ts';
import { BudgetProfileSchema, CbsCodeSchema, ProfileInputSchema, ProfileSchema } from './profile.ts';
import {
  LineInputSchema,
  LineValueFieldSchema,
  NEGATIVE_INVESTMENT_MESSAGE,
  lineValueShape,
  signedAmountShape,
} from './line.ts';
import { CalculationInputSchema, TotalsSchema } from './calculation.ts';
import { BudgetStatusSchema } from './enums.ts';
import { ContributionLineSchema } from './contribution.ts';

const VersionSchema = z
  .number({ error: 'versie is verplicht (optimistische vergrendeling)' })
  .int({ error: 'versie moet een geheel getal zijn' })
  .min(0, { error: 'versie mag niet negatief zijn' });

export const BudgetSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  municipality: z.object({ cbsCode: z.string().nullable(), name: z.string() }),
  firstYear: z.number().int(),
  horizonYears: z.number().int(),
  status: BudgetStatusSchema,
  scenarioName: z.string().nullable(),
  baseBudgetId: z.string().nullable(),
  /** Shared by a base, its scenarios and its later versions; GET /api/budgets/families/:familyId finds the current base. */
  familyId: z.string(),
  /** Set when archived: hidden from the default family list. */
  archivedAt: TimestampSchema.nullable(),
  updatedAt: TimestampSchema,
  version: z.number().int(),
  /** year → total cents (incidental + structural + capital). */
  totals: YearAmountsSchema,
});
export type BudgetSummary = z.infer<typeof BudgetSummarySchema>;
export const BudgetListSchema = z.array(BudgetSummarySchema);

/**
 * How a budget belongs to its family: the current base (where work goes on; what the family's
 * stable address opens), an earlier version (a base a new version or a promote replaced), or a
 * scenario of one of those bases.
 */
export const FAMILY_ROLES = ['current', 'version', 'scenario'] as const;
export const FamilyRoleSchema = z.enum(FAMILY_ROLES);
export type FamilyRole = z.infer<typeof FamilyRoleSchema>;

export const BudgetFamilyMemberSchema = BudgetSummarySchema.extend({
  role: FamilyRoleSchema,
  /** The adopted budget this one is a new version of (null when it is not a new version). */
  versionOfBudgetId: z.string().nullable(),
});
export type BudgetFamilyMember = z.infer<typeof BudgetFamilyMemberSchema>;

export const BudgetFamilySchema = z.object({
  id: z.string(),
  /** Name of the current base. */
  name: z.string(),
  municipality: z.object({ cbsCode: z.string().nullable(), name: z.string() }),
  currentBaseId: z.string(),
  /** Latest change of any member. */
  updatedAt: TimestampSchema,
  /** Current base first, then its scenarios; then each earlier version (newest first) with its scenarios. */
  members: z.array(BudgetFamilyMemberSchema),
  /** Archived members left out of `members` (0 when they were asked for). */
  hiddenArchived: z.number().int(),
});
export type BudgetFamily = z.infer<typeof BudgetFamilySchema>;
export const BudgetFamilyListSchema = z.array(BudgetFamilySchema);

/** Most families one page of GET /api/budgets/families holds. */
export const FAMILY_PAGE_MAX = 100;

/** One page of families, most recently changed first; `nextCursor` fetches the next (null: the last page). */
export const BudgetFamilyPageSchema = z.object({
  families: BudgetFamilyListSchema,
  nextCursor: z.string().nullable(),
});
export type BudgetFamilyPage = z.infer<typeof BudgetFamilyPageSchema>;

export const BudgetFamilyParamsSchema = z.object({ familyId: UuidSchema });
export const BudgetFamilyQuerySchema = z.object({
  /** Also list archived budgets (they are hidden by default). */
  includeArchived: z.stringbool({ error: 'moet true of false zijn' }).default(false),
  /** Families per page (default 25). */
  limit: z.coerce
    .number({ error: 'moet een getal zijn' })
    .int({ error: 'moet een geheel getal zijn' })
    .min(1, { error: 'moet minstens 1 zijn' })
    .max(FAMILY_PAGE_MAX, { error: `mag hoogstens ${FAMILY_PAGE_MAX} zijn` })
    .default(25),
  /** The previous page's `nextCursor`. */
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, { error: 'is geen cursor van een vorige pagina' })
    .optional(),
});

export const BudgetArchiveResultSchema = z.object({
  id: z.string(),
  familyId: z.string(),
  archivedAt: TimestampSchema.nullable(),
});
export type BudgetArchiveResult = z.infer<typeof BudgetArchiveResultSchema>;

export const BudgetDevelopmentSchema = z.object({
  /** The budget development's own id (use it in PATCH …/developments/:id). */
  id: z.string(),
  /** The catalog development it applies (lines refer to this id). */
  developmentId: z.string(),
  domainKey: z.string(),
  title: z.string(),
  enabled: z.boolean(),
  startYear: z.number().int().nullable(),
  ownerUnitId: z.string().nullable(),
  priority: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type BudgetDevelopment = z.infer<typeof BudgetDevelopmentSchema>;

export const BudgetLineSchema = z.object({
  id: z.string(),
  catalogLineId: z.string().nullable(),
  developmentId: z.string(),
  custom: z.boolean(),
  /** Catalog values (null for custom lines). */
  model: LineInputSchema.nullable(),
  /** What the engine uses: model values with the budget's overrides applied. */
  effective: LineInputSchema,
  overriddenFields: z.array(LineValueFieldSchema),
  justification: z.string().nullable(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const BudgetDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: BudgetStatusSchema,
  version: z.number().int(),
  firstYear: z.number().int(),
  horizonYears: z.number().int(),
  edition: z.object({ id: z.string(), name: z.string() }),
  profile: BudgetProfileSchema,
  modelProfile: ProfileSchema,
  assumptions: AssumptionsSchema,
  includeExamples: z.boolean(),
  scenarioName: z.string().nullable(),
  baseBudgetId: z.string().nullable(),
  familyId: z.string(),
  archivedAt: TimestampSchema.nullable(),
  scenarios: z.array(z.object({ id: z.string(), scenarioName: z.string().nullable() })),
  orgUnits: z.array(z.object({ id: z.string(), name: z.string() })),
  developments: z.array(BudgetDevelopmentSchema),
  lines: z.array(BudgetLineSchema),
  /** Contributions to collaborations, one line each (ADR 0023); in calculationInput under development "samenwerking". */
  contributions: z.array(ContributionLineSchema),
  calculationInput: CalculationInputSchema,
  updatedAt: TimestampSchema,
});
export type BudgetDetail = z.infer<typeof BudgetDetailSchema>;

/**
 * The answer to a line write (override, reset) when the client asks for it with
 * `Prefer: return=minimal` (RFC 7240): the changed line and what follows from it, instead of the
 * whole detail (ADR 0028). The client patches its cached detail with it.
 */
export const BudgetLineWriteResultSchema = z.object({
  /** The budget's id. */
  id: z.string(),
  version: z.number().int(),
  updatedAt: TimestampSchema,
  /** The line as `lines[]` of the detail now holds it. */
  line: BudgetLineSchema,
  /** The line as `calculationInput.lines` now holds it; null when the calculation leaves it out (an example line without examples). */
  calculationLine: LineInputSchema.nullable(),
  /** The budget's totals per year after the change, as the server's engine computed them. */
  totals: TotalsSchema,
});
export type BudgetLineWriteResult = z.infer<typeof BudgetLineWriteResultSchema>;

export const BudgetCreateSchema = z
  .object({
    name: NameSchema,
    cbsCode: CbsCodeSchema.optional(),
    profile: ProfileInputSchema.optional(),
    firstYear: YearSchema,
    horizonYears: HorizonYearsSchema.default(4),
    editionId: KeySchema.optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.cbsCode && !body.profile) {
      ctx.addIssue({
        code: 'custom',
        path: ['cbsCode'],
        message: 'geef een CBS-code (cbsCode) of een gemeenteprofiel (profile)',
      });
    }
    if (!body.cbsCode && body.profile && !body.profile.name) {
      ctx.addIssue({ code: 'custom', path: ['profile', 'name'], message: 'naam is verplicht als er geen CBS-code is' });
    }
  });
export type BudgetCreate = z.infer<typeof BudgetCreateSchema>;

export const BudgetPatchSchema = z.object({
  name: NameSchema.optional(),
  profile: ProfileInputSchema.optional(),
  firstYear: YearSchema.optional(),
  horizonYears: HorizonYearsSchema.optional(),
  assumptions: AssumptionsPatchSchema.optional(),
  includeExamples: z.boolean().optional(),
  scenarioName: NameSchema.optional(),
  /** The version the client read; a stale one gets 409 with the current budget. Status changes go through the workflow routes. */
  version: VersionSchema,
});
export type BudgetPatch = z.infer<typeof BudgetPatchSchema>;

export const BudgetParamsSchema = z.object({ id: UuidSchema });
export const BudgetDevelopmentParamsSchema = z.object({ id: UuidSchema, budgetDevelopmentId: UuidSchema });
export const BudgetLineParamsSchema = z.object({ id: UuidSchema, budgetLineId: UuidSchema });

/** Optional optimistic-concurrency check for DELETE routes, which have no body: `?version=7`. */
export const VersionQuerySchema = z.object({
  version: z.coerce
    .number({ error: 'versie moet een geheel getal zijn' })
    .int({ error: 'versie moet een geheel getal zijn' })
    .min(0, { error: 'versie mag niet negatief zijn' })
    .optional(),
});
export type VersionQuery = z.infer<typeof VersionQuerySchema>;

export const BudgetDevelopmentPatchSchema = z.object({
  enabled: z.boolean().optional(),
  startYear: YearSchema.nullable().optional(),
  ownerUnitId: UuidSchema.nullable().optional(),
  priority: z.number().int({ error: 'prioriteit moet een geheel getal zijn' }).min(0).max(1000).nullable().optional(),
  note: z.string().max(2000, { error: 'notitie is te lang (maximaal 2000 tekens)' }).nullable().optional(),
  /** Optional optimistic-concurrency check; the budget's version is bumped either way. */
  version: VersionSchema.optional(),
});
export type BudgetDevelopmentPatch = z.infer<typeof BudgetDevelopmentPatchSchema>;

/**
 * Fields a budget changes on one of its lines. The amount is signed because a custom line may be a
 * saving; the API refuses a negative amount on a catalogue line (the service knows which it is).
 */
export const BudgetLineOverrideFieldsSchema = z
  .strictObject(signedAmountShape)
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, { error: 'geef minstens één veld om te wijzigen' });

export const LineOverrideSchema = z.object({
  fields: BudgetLineOverrideFieldsSchema,
  justification: JustificationSchema,
  version: VersionSchema.optional(),
});
export type LineOverride = z.infer<typeof LineOverrideSchema>;

/** A line the budget adds itself (provenance `custom`). */
export const CustomLineCreateSchema = z
  .object({
    /** Catalog development id (as in lines[].developmentId) or the budget development id. */
    developmentId: KeySchema,
    // A saving is a negative amount; the start year is yearOffset (from the development's start),
    // an investment's own depreciation term is depreciationYears.
    ...signedAmountShape,
    driver: lineValueShape.driver.default('fixed'),
    yearOffset: lineValueShape.yearOffset.default(0),
    durationYears: lineValueShape.durationYears.default(1),
    justification: JustificationSchema.optional(),
    version: VersionSchema.optional(),
  })
  .refine((line) => !(line.kind === 'investment' && (line.amountCents ?? 0) < 0), {
    path: ['amountCents'],
    error: NEGATIVE_INVESTMENT_MESSAGE,
  });
export type CustomLineCreate = z.infer<typeof CustomLineCreateSchema>;

export const ScenarioCreateSchema = z.object({ scenarioName: NameSchema });
export type ScenarioCreate = z.infer<typeof ScenarioCreateSchema>;

export const CompareQuerySchema = z.object({
  ids: z
    .string({ error: 'geef de te vergelijken begrotingen (ids=a,b)' })
    .max(1000)
    .transform((raw) =>
      raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(UuidSchema)
        .min(2, { error: 'vergelijk minstens 2 begrotingen' })
        .max(6, { error: 'vergelijk hoogstens 6 begrotingen' }),
    ),
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;

export const CompareEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  scenarioName: z.string().nullable(),
  totals: TotalsSchema,
  byDomain: z.record(z.string(), TotalsSchema),
});
export type CompareEntry = z.infer<typeof CompareEntrySchema>;

export const CompareResponseSchema = z.object({
  years: z.array(z.number().int()),
  budgets: z.array(CompareEntrySchema),
  /** Per budget: its figures minus the first budget's (the first is all zeros). */
  differences: z.array(CompareEntrySchema),
});
export type CompareResponse = z.infer<typeof CompareResponseSchema>;
