import type { RequestScope } from '../request-scope.ts';
import { desc, eq, inArray } from 'drizzle-orm';
import { auditEntries, users } from '@app/db';
import type { SharedReferenceChange } from '@app/schemas';
import { auditChange } from '../audit/list-audit.ts';

/** Audit entities of the reference data that every organisation shares (ADR 0009). */
export const SHARED_REFERENCE_ENTITIES = [
  'catalog_edition',
  'catalog_development',
  'catalog_line',
  'salary_table',
  'rate_card',
  'benchmark',
] as const;

export const PLATFORM_ACTOR_LABEL = 'Platformbeheer';

/**
 * The latest changes to shared reference data, whichever organisation's platform administrator
 * made them: they concern every organisation, so every administrator sees them. The actor's name
 * is shown only within the actor's own organisation.
 */
export async function listSharedReferenceChanges(scope: RequestScope, limit = 200): Promise<SharedReferenceChange[]> {
  const { db, organisationId } = scope;
  const rows = await db
    .select({ entry: auditEntries, userName: users.displayName })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(inArray(auditEntries.entity, [...SHARED_REFERENCE_ENTITIES]))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit);
  return rows.map(({ entry, userName }) => ({
    ...auditChange(entry),
    by: entry.organisationId === organisationId && userName ? userName : PLATFORM_ACTOR_LABEL,
  }));
}
