import { and, desc, eq, or, sql } from 'drizzle-orm';
import { auditEntries, budgets, users, type AuditEntryRow } from '@app/db';
import type { AuditEntry } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';

/**
 * The history of one budget of the organisation, newest first; `lineId` narrows it to one line.
 * History outlives the budget: a deleted budget's entries are still listed. Another organisation's
 * budget id answers 404, exactly like an unknown one.
 */
export async function listAudit(
  scope: RequestScope,
  budgetId: string,
  options: { lineId?: string | undefined; limit?: number } = {},
): Promise<AuditEntry[]> {
  const { db, organisationId } = scope;
  if (!isUuid(budgetId)) throw notFound('Begroting');
  const [budget] = await db
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.id, budgetId), eq(budgets.organisationId, organisationId)));
  const filter = and(
    eq(auditEntries.organisationId, organisationId),
    eq(auditEntries.budgetId, budgetId),
    options.lineId
      ? or(eq(auditEntries.entityId, options.lineId), sql`${auditEntries.after} ->> 'lineId' = ${options.lineId}`)
      : undefined,
  );
  const rows = await db
    .select({ entry: auditEntries, userName: users.displayName })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(filter)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(options.limit ?? 500);
  if (!budget && rows.length === 0) {
    // Unknown here, or deleted without a trace left: same answer.
    const [anyTrace] = await db
      .select({ id: auditEntries.id })
      .from(auditEntries)
      .where(and(eq(auditEntries.organisationId, organisationId), eq(auditEntries.budgetId, budgetId)))
      .limit(1);
    if (!anyTrace) throw notFound('Begroting');
  }
  return rows.map(({ entry, userName }) => ({
    ...auditChange(entry),
    user: entry.userId ? { id: entry.userId, displayName: userName ?? '' } : null,
    budgetId: entry.budgetId,
  }));
}

/** The parts of an audit row every history view shows (the budget history and the shared-data history). */
export function auditChange(entry: AuditEntryRow) {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    justification: entry.justification,
  };
}
