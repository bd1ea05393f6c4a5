import { csvDocument } from '@app/export';
import { describeChanges, describeWhat, type AuditEntry } from '@app/schemas';
import { listOrgUnits } from '../org-units/list-org-units.ts';
import type { RequestScope } from '../request-scope.ts';
import { listAudit } from './list-audit.ts';

const LOCAL_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

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
    return changes.map((c) => [
      ...common,
      c.label,
      e.before == null ? '' : c.before,
      e.after == null ? '' : c.after,
      e.justification ?? '',
    ]);
  });
  return csvDocument([header, ...rows]);
}

/** The budget's history (all of it, or one line's) as a CSV download; org units by name. */
export async function exportAuditCsv(scope: RequestScope, budgetId: string, lineId?: string): Promise<string> {
  const [entries, units] = await Promise.all([
    listAudit(scope, budgetId, { lineId, limit: 100_000 }),
    listOrgUnits(scope),
  ]);
  return auditToCsv(entries, new Map(units.map((unit) => [unit.id, unit.name])));
}
