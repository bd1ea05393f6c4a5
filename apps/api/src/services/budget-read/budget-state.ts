import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { budgets, type BudgetRow, type Db } from '@app/db';
import type { BudgetDetail, ContributionLine } from '@app/schemas';
import { resultKey } from './result-cache.ts';

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
      scenarios: sql<
        BudgetDetail['scenarios']
      >`(select coalesce(json_agg(json_build_object('id', s.id, 'scenarioName', s.scenario_name) order by s.created_at), '[]'::json)
        from budgets s where s.organisation_id = budgets.organisation_id and s.base_budget_id = coalesce(budgets.base_budget_id, budgets.id))`,
      orgUnits: sql<
        BudgetDetail['orgUnits']
      >`(select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name), '[]'::json)
        from org_units u where u.organisation_id = budgets.organisation_id)`,
    })
    .from(budgets)
    .where(and(eq(budgets.id, sql.placeholder('id')), eq(budgets.organisationId, sql.placeholder('organisationId'))))
    .prepare('budget_detail_state');
}
export function budgetState(db: Db) {
  let statement = stateStatements.get(db);
  if (!statement) stateStatements.set(db, (statement = prepareBudgetState(db)));
  return statement;
}

/** What a budget detail is built from besides its developments and lines. */
export type BudgetState = BudgetRow & { scenarios: BudgetDetail['scenarios']; orgUnits: BudgetDetail['orgUnits'] };

/**
 * The cache key (and ETag) of the detail of a budget in this state. A member budget's contribution
 * lines (ADR 0023) follow another organisation's shared budget, which its own version does not
 * see: their live amounts are part of the key, so a change of the shared budget is a new key.
 */
export function detailKey(state: BudgetState, contributions: readonly ContributionLine[] = []): string {
  const { scenarios, orgUnits, ...budget } = state;
  return resultKey(
    'detail',
    contributions.length > 0 ? [budget, scenarios, orgUnits, contributions] : [budget, scenarios, orgUnits],
  );
}

/**
 * The key of a budget's developments and lines as of its version. Sound because every change to
 * them bumps the version in the same transaction, under the budget's row lock (mutateBudget; the
 * org-unit delete bumps the budgets it touches): a writer holding the lock on version v knows them.
 */
export const childrenKey = (budget: Pick<BudgetRow, 'id' | 'version'>) => `children-${budget.id}-${budget.version}`;

/** A rough in-memory weight of a budget's rows. */
export const childrenWeight = (children: { developments: readonly unknown[]; lines: readonly unknown[] }) =>
  400 * children.developments.length + 1_500 * children.lines.length;
