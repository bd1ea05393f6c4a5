import { and, asc, eq, inArray } from 'drizzle-orm';
import { budgets, budgetVersions, type Db } from '@app/db';
import type { BudgetFamily, BudgetFamilyMember, BudgetSummary } from '@app/schemas';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { summariesOfRows } from '../budget-read/budget-results.ts';
import type { ResultCache } from '../budget-read/result-cache.ts';

/**
 * A budget family is every budget with the same family id: a base, its scenarios and its later
 * versions (a scenario and a new version inherit the id; a promote keeps it). Its current base is
 * the base (no base link) that no other member continues as a new version; should there be more
 * than one, the newest. That is what the family's stable address opens.
 */
export function currentBaseOf(
  members: readonly Pick<BudgetFamilyMember, 'id' | 'baseBudgetId' | 'versionOfBudgetId'>[],
  createdAt: ReadonlyMap<string, string>,
): string {
  const continued = new Set(members.map((m) => m.versionOfBudgetId).filter((id): id is string => id !== null));
  const bases = members.filter((m) => m.baseBudgetId === null);
  const heads = bases.filter((m) => !continued.has(m.id));
  const pool = heads.length > 0 ? heads : bases.length > 0 ? bases : members;
  const newest = [...pool].sort(
    (a, b) => (createdAt.get(b.id) ?? '').localeCompare(createdAt.get(a.id) ?? '') || b.id.localeCompare(a.id),
  )[0];
  if (!newest) throw new Error('a family has at least one member');
  return newest.id;
}

/** Current base, its scenarios; then the other bases newest first, each with its scenarios; stray members last. */
function groupFamily(
  familyId: string,
  summaries: BudgetSummary[],
  versionOf: ReadonlyMap<string, string | null>,
  createdAt: ReadonlyMap<string, string>,
): Omit<BudgetFamily, 'hiddenArchived'> {
  const withLinks = summaries.map((s) => ({ ...s, versionOfBudgetId: versionOf.get(s.id) ?? null }));
  const currentId = currentBaseOf(withLinks, createdAt);
  const newestFirst = (a: { id: string }, b: { id: string }) =>
    (createdAt.get(b.id) ?? '').localeCompare(createdAt.get(a.id) ?? '');
  const oldestFirst = (a: { id: string }, b: { id: string }) => -newestFirst(a, b);
  const current = withLinks.find((m) => m.id === currentId)!;
  const otherBases = withLinks.filter((m) => m.baseBudgetId === null && m.id !== currentId).sort(newestFirst);
  const members: BudgetFamilyMember[] = [];
  const placed = new Set<string>();
  for (const base of [current, ...otherBases]) {
    members.push({ ...base, role: base.id === currentId ? 'current' : 'version' });
    placed.add(base.id);
    for (const scenario of withLinks.filter((m) => m.baseBudgetId === base.id).sort(oldestFirst)) {
      members.push({ ...scenario, role: 'scenario' });
      placed.add(scenario.id);
    }
  }
  // Scenarios of a scenario (a copy made from a scenario): after everything else, still in the family.
  for (const rest of withLinks.filter((m) => !placed.has(m.id)).sort(oldestFirst))
    members.push({ ...rest, role: 'scenario' });
  const updatedAt =
    summaries
      .map((s) => s.updatedAt)
      .sort()
      .at(-1) ?? current.updatedAt;
  return {
    id: familyId,
    name: current.name,
    municipality: current.municipality,
    currentBaseId: currentId,
    updatedAt,
    members,
  };
}

export async function loadFamilies(
  db: Db,
  cache: ReferenceCache,
  results: ResultCache,
  organisationId: string,
  familyId?: string,
): Promise<{ families: BudgetFamily[]; archivedIds: Set<string> }> {
  // One snapshot: a budget created or deleted between the reads must not split a family.
  return db.transaction(
    async (tx) => {
      const rows = await tx
        .select()
        .from(budgets)
        .where(and(eq(budgets.organisationId, organisationId), familyId ? eq(budgets.familyId, familyId) : undefined))
        .orderBy(asc(budgets.createdAt), asc(budgets.id));
      if (rows.length === 0) return { families: [], archivedIds: new Set<string>() };
      const ids = rows.map((r) => r.id);
      // One after the other: a transaction is one connection.
      const summaries = await summariesOfRows(tx, cache, results, organisationId, rows);
      const links = await tx
        .select({ budgetId: budgetVersions.budgetId, versionOf: budgetVersions.versionOfBudgetId })
        .from(budgetVersions)
        .where(inArray(budgetVersions.budgetId, ids));
      const versionOf = new Map(links.map((l) => [l.budgetId, l.versionOf]));
      const createdAt = new Map(rows.map((r) => [r.id, r.createdAt.toISOString()]));
      const byFamily = new Map<string, BudgetSummary[]>();
      for (const summary of summaries) {
        const list = byFamily.get(summary.familyId) ?? [];
        list.push(summary);
        byFamily.set(summary.familyId, list);
      }
      const families = [...byFamily].map(([id, summaries]) => ({
        ...groupFamily(id, summaries, versionOf, createdAt),
        hiddenArchived: 0,
      }));
      return { families, archivedIds: new Set(rows.filter((r) => r.archivedAt !== null).map((r) => r.id)) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** Leaves archived members out (counting them); a family whose members are all archived disappears. */
export function hideArchived(family: BudgetFamily, archivedIds: Set<string>): BudgetFamily {
  const members = family.members.filter((m) => !archivedIds.has(m.id));
  return { ...family, members, hiddenArchived: family.members.length - members.length };
}
