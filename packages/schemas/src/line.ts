import { z } from 'zod';
import { CentsSchema, ElasticitySchema, KeySchema, SignedAmountCentsSchema, TextSchema } from './common.ts';
import {
  AssetClassSchema,
  CostBasisSchema,
  CostPoolSchema,
  DriverSchema,
  HireHoursPeriodSchema,
  IndexationSchema,
  LineKindSchema,
  ProvenanceSchema,
  UnitPricePeriodSchema,
} from './enums.ts';
import { yearsCount } from './assumptions.ts';

const quantity = (max: number) =>
  z
    .number({ error: 'moet een getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(max, { error: `is te groot (maximaal ${max.toLocaleString('nl-NL')})` });

/**
 * The value fields of a line (everything a budget may override). Optional/nullable exactly like the
 * engine's LineInput so a parsed value is assignable to it.
 */
export const lineValueShape = {
  description: z
    .string()
    .trim()
    .min(1, { error: 'omschrijving mag niet leeg zijn' })
    .max(2000, { error: 'omschrijving is te lang' }),
  kind: LineKindSchema,
  costBasis: CostBasisSchema,
  costPool: CostPoolSchema,
  amountCents: CentsSchema.nullable().optional(),
  /** 36 h = 1 FTE; 10.000 h/week ≈ 280 FTE is the ceiling for one line. */
  hoursPerWeek: quantity(10_000).nullable().optional(),
  salaryScale: z.string().trim().min(1).max(10).nullable().optional(),
  hours: quantity(10_000_000).nullable().optional(),
  hoursPeriod: HireHoursPeriodSchema.nullable().optional(),
  hireRole: z.string().trim().min(1).max(100).nullable().optional(),
  hourlyRateCents: CentsSchema.nullable().optional(),
  units: quantity(100_000_000).nullable().optional(),
  unitPriceCents: CentsSchema.nullable().optional(),
  unitPricePeriod: UnitPricePeriodSchema.nullable().optional(),
  driver: DriverSchema,
  elasticity: ElasticitySchema.nullable().optional(),
  /** The quantity is the municipality's own value and is not rescaled (ADR 0013). */
  ownQuantity: z.boolean({ error: 'moet ja of nee zijn' }).nullable().optional(),
  yearOffset: z
    .number({ error: 'moet een aantal jaren zijn' })
    .int({ error: 'moet een geheel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .max(9, { error: 'mag hoogstens 9 zijn' }),
  durationYears: yearsCount(10),
  depreciationYears: yearsCount(50).nullable().optional(),
  /** Investment lines: activaklasse; picks the organisation's depreciation term when the line names none. */
  assetClass: AssetClassSchema.nullable().optional(),
  contractYears: yearsCount(30).nullable().optional(),
  retenderCents: CentsSchema.nullable().optional(),
  migrationCents: CentsSchema.nullable().optional(),
  /** True: explicit re-tender/migration amounts are fixed, not rescaled with the line (docs/scaling-drivers.md). */
  contractEndFixed: z.boolean({ error: 'moet waar of onwaar zijn' }).nullable().optional(),
  /** True: the power law at every size, ignoring the validity range of the rescaling (ADR 0010). */
  extrapolate: z.boolean({ error: 'moet waar of onwaar zijn' }).nullable().optional(),
  indexation: IndexationSchema.nullable().optional(),
};

/**
 * A custom line's amount may be negative (a saving); an investment may not (it would never reach
 * the activation threshold and silently become an incidental cost).
 */
export const signedAmountShape = { ...lineValueShape, amountCents: SignedAmountCentsSchema.nullable().optional() };
/** A value field's name: what a budget can override on a line (`overriddenFields`). */
export type LineValueField = keyof typeof lineValueShape;
export const LINE_VALUE_FIELDS = Object.keys(lineValueShape) as [LineValueField, ...LineValueField[]];
export const LineValueFieldSchema = z.enum(LINE_VALUE_FIELDS);
export const NEGATIVE_INVESTMENT_MESSAGE =
  'een investering kan niet negatief zijn; boek een besparing of bijdrage als incidentele of structurele regel';

/** Mirrors engine LineInput (a custom line's amount may be negative, so the amount is signed here). */
export const LineInputSchema = z.object({
  id: KeySchema,
  developmentId: KeySchema,
  provenance: ProvenanceSchema,
  ...signedAmountShape,
  /** A collaboration contribution: exact cents per year, not rescaled or indexed (ADR 0023). Not overridable. */
  fixedYearAmountsCents: z
    .record(z.string().regex(/^\d{4}$/, { error: 'moet een jaartal zijn' }), SignedAmountCentsSchema)
    .nullable()
    .optional(),
});
export type LineInput = z.infer<typeof LineInputSchema>;

/** Fields a budget may override on a line (partial; unknown keys rejected so a typo cannot become a silent no-op). */
export const LineOverrideFieldsSchema = z
  .strictObject(lineValueShape)
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, { error: 'geef minstens één veld om te wijzigen' });
export type LineOverrideFields = z.infer<typeof LineOverrideFieldsSchema>;

/** A catalog line as the API serves it: LineInput plus descriptive fields. */
export const CatalogLineSchema = LineInputSchema.extend({
  description: z.string(),
  basis: z.string().nullable(),
  notes: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  taakveld: z.string().nullable(),
});
export type CatalogLine = z.infer<typeof CatalogLineSchema>;

export { TextSchema };
