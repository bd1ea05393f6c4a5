import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, budgets, type BudgetRow, type Db } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { assembleAggregate, toBudgetDetail } from '../budget-aggregate.ts';
import { cachedJson, resultKey, type CachedJson } from './result-cache.ts';

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
  const key = resultKey('detail', [budget, scenarios, orgUnits]);
  const keep = edition.edition.status === 'published';
  return results.get(
    key,
    async () => {
      const children = await readChildren(scope, budget);
      const aggregate = assembleAggregate(budget, edition, children.developments, children.lines);
      return { json: cachedJson(key, JSON.stringify(toBudgetDetail(aggregate, { scenarios, orgUnits }))), consistent: children.consistent };
    },
    ({ json, consistent }) => (keep && consistent ? Math.ceil(json.body.length * 1.25) : null),
  ).then(({ json }) => json);
}

/*
 * The budget row with its scenario family (as loadScenarioFamily) and the organisation's units (as
 * listOrgUnits), in one prepared statement: the per-request cost of a cached detail. (Written out:
 * drizzle leaves the outer table's columns unqualified, which a subquery on budgets would capture.)
 */
const stateStatements = new WeakMap<Db, ReturnType<typeof prepareBudgetState>>();
function prepareBudgetState(db: Db) {
  return db
    .select({
      ...getTableColumns(budgets),
      scenarios: sql<BudgetDetail['scenarios']>`(select coalesce(json_agg(json_build_object('id', s.id, 'scenarioName', s.scenario_name) order by s.created_at), '[]'::json)
        from budgets s where s.organisation_id = budgets.organisation_id and s.base_budget_id = coalesce(budgets.base_budget_id, budgets.id))`,
      orgUnits: sql<BudgetDetail['orgUnits']>`(select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name), '[]'::json)
        from org_units u where u.organisation_id = budgets.organisation_id)`,
    })
    .from(budgets)
    .where(and(eq(budgets.id, sql.placeholder('id')), eq(budgets.organisationId, sql.placeholder('organisationId'))))
    .prepare('budget_detail_state');
}
function budgetState(db: Db) {
  let statement = stateStatements.get(db);
  if (!statement) stateStatements.set(db, (statement = prepareBudgetState(db)));
  return statement;
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
      const lines = await tx.select().from(budgetLines).where(eq(budgetLines.budgetId, budget.id)).orderBy(asc(budgetLines.createdAt), asc(budgetLines.id));
      return { developments, lines, consistent: current?.version === budget.version };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
