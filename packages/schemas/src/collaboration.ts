import { z } from 'zod';
import {
  HorizonYearsSchema,
  IsoDateSchema,
  NameSchema,
  SignedCentsSchema,
  UuidSchema,
  YearAmountsSchema,
  YearSchema,
} from './common.ts';
import { TotalsSchema } from './calculation.ts';
import { CbsCodeSchema, ProfileInputSchema } from './profile.ts';
import { BudgetStatusSchema } from './enums.ts';

/** Samenwerkingsvorm: shown, not enforced. Mirrors db COLLABORATION_FORMS. */
export const COLLABORATION_FORMS = [
  'informal',
  'centrumgemeente',
  'bedrijfsvoeringsorganisatie',
  'openbaar-lichaam',
] as const;
export const CollaborationFormSchema = z.enum(COLLABORATION_FORMS, { error: 'kies een samenwerkingsvorm' });
export type CollaborationForm = z.infer<typeof CollaborationFormSchema>;

/** The whole-euro largest-remainder rule as the UI and the exports show it (packages/engine/README.md). */
export const REMAINDER_RULE_TEXT =
  'Elk bedrag per regel en jaar wordt in hele euro’s verdeeld: iedere deelnemer krijgt eerst zijn aandeel naar beneden afgerond; ' +
  'de euro’s die dan overblijven gaan één voor één naar de deelnemers met het grootste restant achter de komma; ' +
  'bij een gelijk restant gaat de euro naar de deelnemer die eerder in de ledenlijst staat. ' +
  'Zo tellen de bijdragen per regel en jaar precies op tot het bedrag van de gezamenlijke begroting.';

const pct = z
  .number({ error: 'moet een percentage zijn' })
  .min(0, { error: 'mag niet negatief zijn' })
  .max(100, { error: 'mag niet groter zijn dan 100 %' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'mag hoogstens 2 decimalen hebben' });
const quantity = z
  .number({ error: 'moet een aantal zijn' })
  .min(0, { error: 'mag niet negatief zijn' })
  .max(1e9, { error: 'is te groot' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'mag hoogstens 2 decimalen hebben' });

export const HybridBasisSchema = z.enum(['equal', 'inhabitants', 'employees'], {
  error: 'kies gelijk, inwoners of medewerkers',
});

const totals100 = (values: number[]) => Math.round(values.reduce((a, b) => a + Math.round(b * 100), 0)) === 10_000;

/** Verdeelsleutel (engine AllocationKey). Records are keyed by member id. */
export const AllocationKeySchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('inhabitants') }),
    z.object({ type: z.literal('employees') }),
    z.object({ type: z.literal('equal') }),
    z.object({
      type: z.literal('fixed'),
      percentages: z
        .record(UuidSchema, pct)
        .refine((p) => totals100(Object.values(p)), { error: 'de percentages moeten samen precies 100 % zijn' }),
    }),
    z.object({
      type: z.literal('hybrid'),
      parts: z
        .array(z.object({ basis: HybridBasisSchema, percentage: pct }))
        .min(1, { error: 'geef minstens één onderdeel' })
        .max(3, { error: 'hoogstens drie onderdelen' })
        .refine((parts) => totals100(parts.map((p) => p.percentage)), {
          error: 'de percentages moeten samen precies 100 % zijn',
        }),
    }),
    z.object({
      type: z.literal('usage'),
      quantities: z.record(UuidSchema, quantity).refine((q) => Object.values(q).some((v) => v > 0), {
        error: 'geef voor minstens één deelnemer een hoeveelheid groter dan 0',
      }),
      unit: z.string().trim().max(60, { error: 'is te lang (maximaal 60 tekens)' }).nullable().optional(),
    }),
  ],
  { error: 'kies een verdeelsleutel: inhabitants, employees, equal, fixed, hybrid of usage' },
);
export type AllocationKey = z.infer<typeof AllocationKeySchema>;

/** Keys a new collaboration can start with (fixed and usage name member ids, which exist only after creation). */
export const InitialKeySchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('inhabitants') }),
    z.object({ type: z.literal('employees') }),
    z.object({ type: z.literal('equal') }),
    z.object({
      type: z.literal('hybrid'),
      parts: z
        .array(z.object({ basis: HybridBasisSchema, percentage: pct }))
        .min(1)
        .max(3)
        .refine((parts) => totals100(parts.map((p) => p.percentage)), {
          error: 'de percentages moeten samen precies 100 % zijn',
        }),
    }),
  ],
  { error: 'kies een startsleutel: inhabitants, employees, equal of hybrid' },
);

const count = (label: string, max: number) =>
  z
    .number({ error: `${label} moet een getal zijn` })
    .int({ error: `${label} moet een geheel getal zijn` })
    .min(1, { error: `${label} moet minstens 1 zijn` })
    .max(max, { error: `${label} is te groot` });

/** A member: a CBS municipality (figures from the CBS list, staff suggested) or a hand-entered profile. */
export const MemberInputSchema = z.object({
  cbsCode: CbsCodeSchema.optional(),
  name: z
    .string()
    .trim()
    .min(1, { error: 'naam mag niet leeg zijn' })
    .max(200, { error: 'naam is te lang' })
    .optional(),
  inhabitants: count('inwoners', 50_000_000).optional(),
  employees: count('medewerkers', 1_000_000).optional(),
  departments: count('afdelingen', 100_000).optional(),
});
export type MemberInput = z.infer<typeof MemberInputSchema>;

export const CollaborationCreateSchema = z
  .object({
    name: NameSchema,
    form: CollaborationFormSchema.default('informal'),
    keyValidFrom: IsoDateSchema,
    keyValidTo: IsoDateSchema.nullable().optional(),
    members: z
      .array(MemberInputSchema)
      .min(2, { error: 'een samenwerking heeft minstens twee deelnemers' })
      .max(50, { error: 'hoogstens 50 deelnemers' }),
    budget: z.object({
      name: NameSchema.optional(),
      firstYear: YearSchema,
      horizonYears: HorizonYearsSchema.default(4),
      /** The shared budget's profile; absent: the members' sum. */
      profile: ProfileInputSchema.optional(),
    }),
    defaultKey: InitialKeySchema.default({ type: 'inhabitants' }),
  })
  .superRefine((body, ctx) => {
    const seen = new Map<string, number>();
    body.members.forEach((m, i) => {
      if (m.cbsCode) {
        if (seen.has(m.cbsCode))
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, 'cbsCode'],
            message: `deelnemer ${m.cbsCode} staat er twee keer in`,
          });
        seen.set(m.cbsCode, i);
        return;
      }
      for (const field of ['name', 'inhabitants', 'employees', 'departments'] as const) {
        if (m[field] == null)
          ctx.addIssue({
            code: 'custom',
            path: ['members', i, field],
            message: 'verplicht voor een deelnemer zonder CBS-code (handmatig profiel)',
          });
      }
    });
    const names = new Set<string>();
    body.members.forEach((m, i) => {
      if (!m.name) return;
      const key = m.name.toLowerCase();
      if (names.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'name'],
          message: `deelnemer ${m.name} staat er twee keer in`,
        });
      names.add(key);
    });
    if (body.keyValidTo && body.keyValidTo < body.keyValidFrom)
      ctx.addIssue({ code: 'custom', path: ['keyValidTo'], message: 'ligt vóór het begin van de sleutelperiode' });
  });
export type CollaborationCreate = z.infer<typeof CollaborationCreateSchema>;

export const CollaborationMemberSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  cbsCode: z.string().nullable(),
  name: z.string(),
  inhabitants: z.number().int(),
  employees: z.number().int(),
  departments: z.number().int(),
  referenceDate: z.string().nullable(),
  source: z.string(),
  /** The member's own organisation with the partner role (it reads this member's contribution), or null. */
  partner: z.object({ organisationName: z.string(), grantedAt: z.string() }).nullable(),
});
export type CollaborationMember = z.infer<typeof CollaborationMemberSchema>;

export const CollaborationBudgetRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: BudgetStatusSchema,
  version: z.number().int(),
  scenarioName: z.string().nullable(),
  baseBudgetId: z.string().nullable(),
  archived: z.boolean(),
});

export const CollaborationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  form: CollaborationFormSchema,
  keyValidFrom: z.string(),
  keyValidTo: z.string().nullable(),
  hostName: z.string(),
  members: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The family's current base (the shared budget to open). */
  budgetId: z.string().nullable(),
});
export type CollaborationSummary = z.infer<typeof CollaborationSummarySchema>;
export const CollaborationListSchema = z.array(CollaborationSummarySchema);

export const CollaborationDetailSchema = CollaborationSummarySchema.extend({
  membersDetail: z.array(CollaborationMemberSchema),
  budgets: z.array(CollaborationBudgetRefSchema),
});
export type CollaborationDetail = z.infer<typeof CollaborationDetailSchema>;

export const CollaborationParamsSchema = z.object({ id: UuidSchema });
export const CollaborationBudgetParamsSchema = z.object({ id: UuidSchema, budgetId: UuidSchema });
export const CollaborationMemberExportParamsSchema = z.object({
  id: UuidSchema,
  budgetId: UuidSchema,
  memberId: UuidSchema,
});

/** A member's figures as one budget's keys use them (dated reference data, versioned with the budget). */
export const AllocationMemberFiguresSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  cbsCode: z.string().nullable(),
  inhabitants: z.number().int(),
  employees: z.number().int(),
  departments: z.number().int(),
  referenceDate: z.string().nullable(),
});
export type AllocationMemberFigures = z.infer<typeof AllocationMemberFiguresSchema>;

export const AllocationKeysSchema = z.object({
  defaultKey: AllocationKeySchema,
  developmentKeys: z.record(UuidSchema, AllocationKeySchema).default({}),
  lineKeys: z.record(UuidSchema, AllocationKeySchema).default({}),
});
export type AllocationKeys = z.infer<typeof AllocationKeysSchema>;

/** PUT keys: the keys and (optionally) new dated member figures, with the budget version read. */
export const AllocationKeysUpdateSchema = AllocationKeysSchema.extend({
  members: z
    .array(
      z.object({
        memberId: UuidSchema,
        inhabitants: z
          .number({ error: 'inwoners moet een getal zijn' })
          .int({ error: 'inwoners moet een geheel getal zijn' })
          .min(0, { error: 'inwoners mag niet negatief zijn' })
          .max(50_000_000),
        employees: z
          .number({ error: 'medewerkers moet een getal zijn' })
          .int({ error: 'medewerkers moet een geheel getal zijn' })
          .min(0, { error: 'medewerkers mag niet negatief zijn' })
          .max(1_000_000),
        referenceDate: IsoDateSchema.nullable(),
      }),
    )
    .superRefine((members, ctx) => {
      // A member twice would let the last one win silently.
      const seen = new Set<string>();
      members.forEach((m, i) => {
        const id = m.memberId.toLowerCase();
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', path: [i, 'memberId'], message: 'deze deelnemer staat er al in' });
        seen.add(id);
      });
    })
    .optional(),
  version: z.number().int().min(0),
});
export type AllocationKeysUpdate = z.infer<typeof AllocationKeysUpdateSchema>;

export const MemberContributionSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  defaultSharePct: z.number(),
  totals: TotalsSchema,
  byDomain: z.record(z.string(), TotalsSchema),
  byDevelopment: z.record(z.string(), YearAmountsSchema),
  remainderEuros: z.number().int(),
});
export type MemberContribution = z.infer<typeof MemberContributionSchema>;

export const AloneTogetherSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  alone: YearAmountsSchema,
  together: YearAmountsSchema,
  saving: YearAmountsSchema,
  aloneTotalCents: SignedCentsSchema,
  togetherTotalCents: SignedCentsSchema,
  savingTotalCents: SignedCentsSchema,
  developments: z.array(
    z.object({
      developmentId: z.string(),
      domainKey: z.string(),
      title: z.string(),
      aloneCents: SignedCentsSchema,
      togetherCents: SignedCentsSchema,
      savingCents: SignedCentsSchema,
    }),
  ),
});
export type AloneTogether = z.infer<typeof AloneTogetherSchema>;

/** One line-year row of the shared budget, allocated: parts per member (member order). */
export const AllocatedLineSchema = z.object({
  lineId: z.string(),
  developmentId: z.string(),
  description: z.string(),
  component: z.string(),
  category: z.string(),
  keySource: z.enum(['line', 'development', 'budget']),
  amounts: YearAmountsSchema,
  parts: z.array(YearAmountsSchema),
});
export type AllocatedLine = z.infer<typeof AllocatedLineSchema>;

export const AllocationResponseSchema = z.object({
  collaborationId: z.string(),
  budgetId: z.string(),
  budgetName: z.string(),
  budgetStatus: BudgetStatusSchema,
  budgetVersion: z.number().int(),
  years: z.array(z.number().int()),
  keys: AllocationKeysSchema,
  members: z.array(AllocationMemberFiguresSchema),
  remainderRule: z.string(),
  /** Shared budget totals (equal to the budget's calculation). */
  totals: TotalsSchema,
  contributions: z.array(MemberContributionSchema),
  aloneTogether: z.array(AloneTogetherSchema),
  lines: z.array(AllocatedLineSchema),
  developments: z.array(z.object({ id: z.string(), title: z.string(), domainKey: z.string() })),
});
export type AllocationResponse = z.infer<typeof AllocationResponseSchema>;

export const CollaborationMemberParamsSchema = z.object({ id: UuidSchema, memberId: UuidSchema });

/** The host grants a member's own organisation (by its handle) the partner role. */
export const PartnerGrantSchema = z.object({
  organisationSlug: z
    .string({ error: 'geef de code (slug) van de organisatie van de deelnemer' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(100, { error: 'is te lang' }),
});
export type PartnerGrant = z.infer<typeof PartnerGrantSchema>;

/** What a partner (a member's own organisation) sees: its own contribution, nothing else of the host. */
export const PartnerContributionSchema = z.object({
  collaborationId: z.string(),
  collaborationName: z.string(),
  hostName: z.string(),
  form: CollaborationFormSchema,
  keyValidFrom: z.string(),
  keyValidTo: z.string().nullable(),
  memberId: z.string(),
  memberName: z.string(),
  budget: z.object({
    id: z.string(),
    name: z.string(),
    status: BudgetStatusSchema,
    version: z.number().int(),
    updatedAt: z.string(),
  }),
  years: z.array(z.number().int()),
  keyText: z.string(),
  remainderRule: z.string(),
  contribution: MemberContributionSchema,
  aloneTogether: AloneTogetherSchema,
});
export type PartnerContribution = z.infer<typeof PartnerContributionSchema>;
export const PartnerContributionListSchema = z.array(PartnerContributionSchema);
