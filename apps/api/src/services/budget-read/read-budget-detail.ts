import { asc, eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, budgets, type BudgetRow } from '@app/db';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { assembleAggregate, toBudgetDetail } from '../budgets/budget-aggregate.ts';
import { cachedJson, type CachedJson } from './result-cache.ts';
import { budgetState, childrenKey, childrenWeight, detailKey } from './budget-state.ts';
import { loadContributionLines } from '../collaborations/contribution-lines.ts';

/**
 * GET /api/budgets/:id: the budget detail as JSON bytes, built once per state of the budget.
 *
 * Every request reads the budget row (with its version), its scenario family and the
 * organisation's units — small, indexed reads — and looks the body up under a hash of them. The
 * developments and lines are the bulk of the detail; they only change in a write that bumps the
 * version (mutateBudget), so they are read and serialized only on a miss, in one snapshot with the
 * version they belong to. The edition must be published (immutable) for the body to be kept.
 */
export async function readBudgetDetail(scope: RequestScope, id: string): Promise<CachedJson> {
  const { db, cache, organisationId, results } = scope;
  if (!isUuid(id)) throw notFound('Begroting');
  const [state] = await budgetState(db).execute({ id, organisationId });
  if (!state) throw notFound('Begroting');
  const { scenarios, orgUnits, ...budget } = state;
  const edition = await cache.edition(db, budget.editionId);
  const contributions = (await loadContributionLines(db, cache, [budget])).get(budget.id) ?? [];
  const key = detailKey(state, contributions);
  const keep = edition.edition.status === 'published';
  let consistent = false;
  return results.get<CachedJson>(
    key,
    async () => {
      // Kept for this version by the last write or read (sound: see childrenKey), else read.
      const kept = results.peek<Pick<Awaited<ReturnType<typeof readChildren>>, 'developments' | 'lines'>>(
        childrenKey(budget),
      );
      // Copies: assembleAggregate sorts them in place, and the kept arrays are shared.
      const children = kept
        ? { developments: [...kept.developments], lines: [...kept.lines], consistent: true }
        : await readChildren(scope, budget);
      consistent = children.consistent;
      if (consistent)
        results.set(
          childrenKey(budget),
          { developments: children.developments, lines: children.lines },
          childrenWeight(children),
        );
      const aggregate = assembleAggregate(budget, edition, children.developments, children.lines, contributions);
      return cachedJson(key, JSON.stringify(toBudgetDetail(aggregate, { scenarios, orgUnits })));
    },
    (json) => (keep && consistent ? Math.ceil(json.body.length * 1.25) : null),
  );
}

/**
 * The budget's developments and lines in one snapshot, with the version they belong to: when a
 * write landed after the row was read, they are newer than the row and the body is not kept.
 */
async function readChildren(scope: RequestScope, budget: BudgetRow) {
  return scope.db.transaction(
    async (tx) => {
      const [current] = await tx.select({ version: budgets.version }).from(budgets).where(eq(budgets.id, budget.id));
      const developments = await tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id));
      const lines = await tx
        .select()
        .from(budgetLines)
        .where(eq(budgetLines.budgetId, budget.id))
        .orderBy(asc(budgetLines.createdAt), asc(budgetLines.id));
      return { developments, lines, consistent: current?.version === budget.version };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
