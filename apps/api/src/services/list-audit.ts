import { and, desc, eq, or, sql } from 'drizzle-orm';
import { auditEntries, budgets, users, type AuditEntryRow, type Db } from '@app/db';
import { csvDocument } from '@app/export';
import { describeChanges, describeWhat, type AuditEntry } from '@app/schemas';
import { notFound } from '../errors.ts';
import { isUuid } from './ids.ts';

/**
 * The history of one budget of the organisation, newest first; `lineId` narrows it to one line.
 * History outlives the budget: a deleted budget's entries are still listed. Another organisation's
 * budget id answers 404, exactly like an unknown one.
 */
export async function listAudit(db: Db, organisationId: string, budgetId: string, options: { lineId?: string | undefined; limit?: number } = {}): Promise<AuditEntry[]> {
  if (!isUuid(budgetId)) throw notFound('Begroting');
  const [budget] = await db.select({ id: budgets.id }).from(budgets).where(and(eq(budgets.id, budgetId), eq(budgets.organisationId, organisationId)));
  const scope = and(
    eq(auditEntries.organisationId, organisationId),
    eq(auditEntries.budgetId, budgetId),
    options.lineId ? or(eq(auditEntries.entityId, options.lineId), sql`${auditEntries.after} ->> 'lineId' = ${options.lineId}`) : undefined,
  );
  const rows = await db
    .select({ entry: auditEntries, userName: users.displayName })
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(scope)
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(options.limit ?? 500);
  if (!budget && rows.length === 0) {
    // Unknown here, or deleted without a trace left: same answer.
    const [anyTrace] = await db.select({ id: auditEntries.id }).from(auditEntries).where(and(eq(auditEntries.organisationId, organisationId), eq(auditEntries.budgetId, budgetId))).limit(1);
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

const LOCAL_TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** `2026-12-03T06:15:00Z` → `03-12-2026 07:15:00` (Dutch local time, as the screen shows it). */
export function localTime(iso: string): string {
  return LOCAL_TIME.format(new Date(iso)).replace(',', '');
}

/**
 * The history as CSV the way Dutch Excel opens it (UTF-8 with BOM, `;`, CRLF), in the words of the
 * history screen: one row per changed field with its Dutch label and formatted values, local time.
 * `names` resolves org unit ids to their names.
 */
export function auditToCsv(entries: AuditEntry[], names: ReadonlyMap<string, string> = new Map()): string {
  const header = ['Tijdstip', 'Gebruiker', 'Wat', 'Veld', 'Vóór', 'Na', 'Toelichting'];
  const rows = entries.flatMap((e) => {
    const common = [localTime(e.at), e.user?.displayName ?? '', describeWhat(e.entity, e.action)];
    const changes = describeChanges(e.before, e.after, names);
    if (changes.length === 0) return [[...common, '', '', '', e.justification ?? '']];
    return changes.map((c) => [...common, c.label, e.before == null ? '' : c.before, e.after == null ? '' : c.after, e.justification ?? '']);
  });
  return csvDocument([header, ...rows]);
}
