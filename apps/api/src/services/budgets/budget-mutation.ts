import { and, asc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import {
  budgetDevelopments,
  budgetLines,
  budgets,
  preparedStatement,
  timestampParam,
  type BudgetLineRow,
  type BudgetRow,
  type Db,
} from '@app/db';
import type { BudgetDetail, BudgetLineWriteResult } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { loadContributionLines } from '../collaborations/contribution-lines.ts';
import {
  assembleAggregate,
  buildBudgetCalculationInput,
  describeBudget,
  getBudgetDetail,
  loadBudgetAggregate,
  toDetailLine,
  type BudgetAggregate,
} from './budget-aggregate.ts';
import { runEngineTotals } from '../run-engine.ts';
import type { RequestScope } from '../request-scope.ts';
import { loadFundingRows, recordBudgetChanges, snapshotBudget, toSnapshot } from '../audit/audit-budget-change.ts';
import { lockOwnBudget } from '../workflow/budget-workflow.ts';
import { childrenKey, childrenWeight } from '../budget-read/budget-state.ts';

class StaleVersionError extends Error {}

/** Reads the budget for update (row lock on PostgreSQL), enforcing tenancy, version and the adopted freeze. */
export async function lockBudget(
  tx: Db,
  organisationId: string,
  budgetId: string,
  expectedVersion: number | undefined,
): Promise<BudgetRow> {
  const budget = await lockOwnBudget(tx, organisationId, budgetId);
  if (expectedVersion !== undefined && expectedVersion !== budget.version) throw new StaleVersionError();
  assertNotFrozen(budget);
  return budget;
}

/**
 * Submitted and adopted budgets are frozen: no path, direct or through a related budget (a
 * scenario's promote, a base's delete), may change their rows. `role` names how the budget is
 * involved when it is not the one being changed.
 */
export function assertNotFrozen(budget: Pick<BudgetRow, 'status' | 'name'>, role?: string): void {
  const which = role ? `${role} "${budget.name}"` : 'Deze begroting';
  if (budget.status === 'adopted') {
    throw new AppError(
      'CONFLICT',
      `${which} is vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe versie om verder te werken.`,
    );
  }
  if (budget.status === 'submitted') {
    throw new AppError(
      'CONFLICT',
      `${which} is ingediend ter vaststelling en kan nu niet worden gewijzigd. De manager kan haar terugsturen om verder te werken.`,
    );
  }
}

/**
 * Locks the scenarios of `baseId` (except `exceptId`) and refuses when one is frozen: promoting or
 * deleting a base rewrites their base link.
 */
export async function lockScenariosNotFrozen(
  tx: Db,
  organisationId: string,
  baseId: string,
  exceptId?: string,
): Promise<void> {
  const scenarios = await tx
    .select()
    .from(budgets)
    .where(
      and(
        eq(budgets.baseBudgetId, baseId),
        eq(budgets.organisationId, organisationId),
        exceptId ? ne(budgets.id, exceptId) : undefined,
      ),
    )
    .for('update');
  for (const scenario of scenarios) assertNotFrozen(scenario, 'Het scenario');
}

/** Every change to a budget or its children bumps its version, so clients can detect stale edits. Returns the row as bumped. */
export async function bumpVersion(tx: Db, budgetId: string): Promise<BudgetRow> {
  const [row] = await tx
    .update(budgets)
    .set({ version: sql`${budgets.version} + 1`, updatedAt: new Date() })
    .where(eq(budgets.id, budgetId))
    .returning();
  if (!row) throw new Error(`bumping budget ${budgetId} found no row`);
  return row;
}

/**
 * The one way to change a budget: lock it, apply `change`, bump the version, and prove the result
 * still computes (an engine input error rolls everything back and answers 400), all in one
 * transaction. A stale `expectedVersion` answers 409 with the current budget.
 */
export async function mutateBudget(
  scope: RequestScope,
  budgetId: string,
  expectedVersion: number | undefined,
  change: (tx: Db, budget: BudgetRow) => Promise<void>,
  /** Where the client sent the version, so the 409 names the right field. */
  versionPath = 'body.version',
): Promise<BudgetDetail> {
  const { cache, organisationId } = scope;
  const changed = await inBudgetTransaction(scope, budgetId, expectedVersion, versionPath, async (tx) => {
    const budget = await lockBudget(tx, organisationId, budgetId, expectedVersion);
    // Locked at this version, its children are the ones kept for it (if any): see childrenKey.
    const kept = scope.results.peek<BudgetChildren>(childrenKey(budget));
    // Fundings are not kept with the children: read them, so a funding change is diffed too.
    const before = kept
      ? toSnapshot(budget, kept.developments, kept.lines, await loadFundingRows(tx, budgetId))
      : await snapshotBudget(tx, budget);
    await change(tx, budget);
    const bumped = await bumpVersion(tx, budgetId);
    const after = assertAggregateComputes(await loadChildren(tx, cache, bumped));
    await recordBudgetChanges(
      tx,
      { organisationId, userId: scope.userId ?? null },
      before,
      toSnapshot(after.budget, after.developments, after.lines, await loadFundingRows(tx, budgetId)),
    );
    return after;
  });
  return describeBudget(scope, changed);
}

type BudgetChildren = Pick<BudgetAggregate, 'developments' | 'lines'>;

/** A write of one budget line, as it committed (mutateBudgetLine). */
export interface LineWrite {
  /** The budget after the change, as the engine checked it. */
  aggregate: BudgetAggregate;
  lineId: string;
  /** The engine's run over `aggregate`: its input and the budget's totals. */
  engine: ReturnType<typeof runEngineTotals>;
}

/**
 * mutateBudget for a change that writes one line of the budget and nothing else (override,
 * reset): the same tenancy, version check, freeze, engine check and audit by diff in one
 * transaction, in 4 statements instead of about 10 (issue 14):
 *  - the version is bumped first — that UPDATE takes the row lock — and the checks are made on the
 *    row it returns (a refusal rolls the bump back); it also says whether the budget has
 *    contribution lines, so they are read only when it has;
 *  - the before state is the children kept for the locked version (see childrenKey), read only
 *    when none are kept; the after state is that with the row the change returned (UPDATE …
 *    RETURNING), not a re-read;
 *  - the audit diff is of that one line (nothing else changed; no funding is touched).
 */
export async function mutateBudgetLine(
  scope: RequestScope,
  budgetId: string,
  budgetLineId: string,
  expectedVersion: number | undefined,
  change: (tx: Db, budget: BudgetRow, line: BudgetLineRow) => Promise<BudgetLineRow>,
  versionPath = 'body.version',
): Promise<LineWrite> {
  const { cache, organisationId, results } = scope;
  const written = await inBudgetTransaction(scope, budgetId, expectedVersion, versionPath, async (tx) => {
    const { hasContributions, ...bumped } = await bumpOwnVersion(tx, organisationId, budgetId);
    const before: BudgetRow = { ...bumped, version: bumped.version - 1 };
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw new StaleVersionError();
    assertNotFrozen(before);
    const children = results.peek<BudgetChildren>(childrenKey(before)) ?? (await readChildren(tx, budgetId));
    const line = isUuid(budgetLineId) ? children.lines.find((row) => row.id === budgetLineId) : undefined;
    if (!line) throw notFound('Begrotingsregel');
    const changedLine = await change(tx, before, line);
    const lines = children.lines.map((row) => (row.id === changedLine.id ? changedLine : row));
    const edition = await cache.edition(tx, bumped.editionId);
    const contributions = hasContributions
      ? ((await loadContributionLines(tx, cache, [bumped])).get(bumped.id) ?? [])
      : [];
    const aggregate = assembleAggregate(bumped, edition, [...children.developments], lines, contributions);
    const engine = runEngineTotals(buildBudgetCalculationInput(aggregate));
    await recordBudgetChanges(
      tx,
      { organisationId, userId: scope.userId ?? null },
      toSnapshot(before, [], [line]),
      toSnapshot(bumped, [], [changedLine]),
    );
    return { aggregate, lineId: changedLine.id, engine };
  });
  // Committed: the next write (and a detail read that misses) starts from these rows.
  results.set(
    childrenKey(written.aggregate.budget),
    { developments: written.aggregate.developments, lines: written.aggregate.lines },
    childrenWeight(written.aggregate),
  );
  return written;
}

/**
 * The bump of mutateBudgetLine, one prepared statement (every line write runs it). Also says
 * whether the budget has contribution lines. (Written out: drizzle leaves column names unqualified
 * here, which the subquery would capture.)
 */
const bumpOwnBudget = preparedStatement('bump_own_budget', (db) =>
  db
    .update(budgets)
    .set({ version: sql`${budgets.version} + 1`, updatedAt: sql`${sql.placeholder('now')}::timestamptz` })
    .where(and(eq(budgets.id, sql.placeholder('id')), eq(budgets.organisationId, sql.placeholder('organisationId'))))
    .returning({
      ...getTableColumns(budgets),
      hasContributions: sql<boolean>`exists (select 1 from budget_contributions c where c.budget_id = budgets.id)`,
    }),
);

/** Bumps the version of an own budget (taking its row lock) and returns the row as bumped; 404 when not own. */
async function bumpOwnVersion(
  tx: Db,
  organisationId: string,
  budgetId: string,
): Promise<BudgetRow & { hasContributions: boolean }> {
  if (!isUuid(budgetId)) throw notFound('Begroting');
  const [row] = await bumpOwnBudget(tx, { id: budgetId, organisationId, now: timestampParam(new Date()) });
  if (!row) throw notFound('Begroting');
  return row;
}

/** What a line write answers with `Prefer: return=minimal`: the changed line, totals and version. */
export function toLineWriteResult({ aggregate, lineId, engine }: LineWrite): BudgetLineWriteResult {
  const row = aggregate.lines.find((line) => line.id === lineId) as BudgetLineRow;
  const catalogById = new Map(aggregate.edition.lines.map((line) => [line.id, line]));
  return {
    id: aggregate.budget.id,
    version: aggregate.budget.version,
    updatedAt: aggregate.budget.updatedAt.toISOString(),
    line: toDetailLine(row, catalogById),
    calculationLine: engine.input.lines.find((line) => line.id === lineId) ?? null,
    totals: engine.totals,
  };
}

/**
 * Runs `work` in a transaction; a StaleVersionError thrown in it answers 409 with the current
 * budget, naming `versionPath`.
 */
async function inBudgetTransaction<T>(
  scope: RequestScope,
  budgetId: string,
  expectedVersion: number | undefined,
  versionPath: string,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  try {
    return await scope.db.transaction(work);
  } catch (error) {
    if (error instanceof StaleVersionError) {
      const current = await getBudgetDetail(scope, budgetId);
      throw new AppError(
        'CONFLICT',
        `Deze begroting is intussen gewijzigd (versie ${current.version}, jij had versie ${expectedVersion}). Laad de nieuwe versie en probeer het opnieuw.`,
        { current, fields: [{ path: versionPath, message: `verouderd; huidige versie is ${current.version}` }] },
      );
    }
    throw error;
  }
}

/** A budget's developments and lines as stored (in `tx`, under the caller's lock). */
async function readChildren(tx: Db, budgetId: string): Promise<BudgetChildren> {
  const developments = await tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budgetId));
  const lines = await tx
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.budgetId, budgetId))
    .orderBy(asc(budgetLines.createdAt), asc(budgetLines.id));
  return { developments, lines };
}

/** The aggregate of a budget row in hand (e.g. as a write just bumped it): its children read in `tx`. */
async function loadChildren(tx: Db, cache: ReferenceCache, budget: BudgetRow): Promise<BudgetAggregate> {
  const edition = await cache.edition(tx, budget.editionId);
  const { developments, lines } = await readChildren(tx, budget.id);
  const contributions = (await loadContributionLines(tx, cache, [budget])).get(budget.id) ?? [];
  return assembleAggregate(budget, edition, developments, lines, contributions);
}

/**
 * Runs the engine over the stored budget; an input error becomes a 400 (and the caller's
 * transaction rolls back). Returns the aggregate it checked, so the caller need not load it again.
 */
export async function assertComputes(
  tx: Db,
  cache: ReferenceCache,
  organisationId: string,
  budgetId: string,
): Promise<BudgetAggregate> {
  return assertAggregateComputes(await loadBudgetAggregate(tx, cache, organisationId, budgetId));
}

/** assertComputes for an aggregate already in hand (e.g. the rows a create just wrote). */
export function assertAggregateComputes(aggregate: BudgetAggregate): BudgetAggregate {
  runEngineTotals(buildBudgetCalculationInput(aggregate));
  return aggregate;
}
