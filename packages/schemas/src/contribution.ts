import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './common.ts';

/**
 * A member's contribution to a collaboration as one line of its own budget (ADR 0023): amounts per
 * year follow the host's current shared budget (pinned once the member budget is frozen).
 */
/** Where a budget's contribution lines stand: a domain and a development of their own, outside the catalog. */
export const CONTRIBUTION_DOMAIN = {
  key: 'samenwerking',
  name: 'Samenwerking',
  developmentId: 'samenwerking',
  developmentTitle: 'Bijdragen aan samenwerkingen',
} as const;

export const ContributionStateSchema = z.enum(['active', 'revoked', 'no-budget']);
export type ContributionState = z.infer<typeof ContributionStateSchema>;

export const ContributionLineSchema = z.object({
  /** Link id; also the line id in the calculation input and result. */
  id: UuidSchema,
  collaborationId: UuidSchema,
  collaborationName: z.string(),
  /** "Bijdrage samenwerking <naam>". */
  description: z.string(),
  hostName: z.string().nullable(),
  /** active: follows the shared budget; revoked: no partner grant (counts € 0); no-budget: the host has no shared budget yet (€ 0). */
  state: ContributionStateSchema,
  /** Set when the member budget was frozen: the amounts are those of that moment. */
  pinnedAt: TimestampSchema.nullable(),
  sharedBudgetName: z.string().nullable(),
  /** When the shared budget last changed ("Gedeelde begroting gewijzigd op …"). */
  sharedUpdatedAt: TimestampSchema.nullable(),
  /** year → cents as allocated (whole euros). */
  amounts: z.record(z.string(), z.number().int()),
});
export type ContributionLine = z.infer<typeof ContributionLineSchema>;

export const ContributionCreateSchema = z.strictObject({
  collaborationId: UuidSchema,
  version: z
    .number({ error: 'moet een versienummer zijn' })
    .int({ error: 'moet een geheel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .optional(),
});
export type ContributionCreate = z.infer<typeof ContributionCreateSchema>;

export const ContributionParamsSchema = z.object({ id: UuidSchema, contributionId: UuidSchema });
export const ContributionDeleteQuerySchema = z.object({
  version: z.coerce
    .number({ error: 'moet een versienummer zijn' })
    .int({ error: 'moet een geheel getal zijn' })
    .min(0, { error: 'mag niet negatief zijn' })
    .optional(),
});
