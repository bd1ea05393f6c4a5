import { z } from 'zod';
import { TimestampSchema, UuidSchema } from './common.ts';

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: TimestampSchema,
  user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  budgetId: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  justification: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditEntryListSchema = z.array(AuditEntrySchema);

export const AuditQuerySchema = z.object({
  lineId: UuidSchema.optional(),
  limit: z.coerce.number({ error: 'limit moet een getal zijn' }).int().min(1).max(1000).default(500),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/**
 * A change to reference data every organisation shares (catalog editions and their content, salary
 * tables, rate cards, benchmarks). Every administrator sees them; who made the change is named only
 * to the own organisation, elsewhere it reads "Platformbeheer" (no names across tenants).
 */
export const SharedReferenceChangeSchema = AuditEntrySchema.omit({ user: true, budgetId: true }).extend({
  by: z.string(),
});
export type SharedReferenceChange = z.infer<typeof SharedReferenceChangeSchema>;
export const SharedReferenceChangeListSchema = z.array(SharedReferenceChangeSchema);
