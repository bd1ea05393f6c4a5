import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, budgets, type BudgetRow, type Db } from '@app/db';
import type { BudgetDetail } from '@app/schemas';
import { AppError } from '../../errors.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { loadContributionLines } from '../collaborations/contribution-lines.ts';
import {
  assembleAggregate,
  buildBudgetCalculationInput,
  describeBudget,
  getBudgetDetail,
  loadBudgetAggregate,
  type BudgetAggregate,
} from './budget-aggregate.ts';
import { runEngine } from '../run-engine.ts';
import type { RequestScope } from '../request-scope.ts';
import { loadFundingRows, recordBudgetChanges, snapshotBudget, toSnapshot } from '../audit/audit-budget-change.ts';
import { lockOwnBudget } from '../workflow/budget-workflow.ts';
import { childrenKey } from '../budget-read/budget-state.ts';

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
  const { db, cache, organisationId } = scope;
  let changed: BudgetAggregate;
  try {
    changed = await db.transaction(async (tx) => {
      const budget = await lockBudget(tx, organisationId, budgetId, expectedVersion);
      // Locked at this version, its children are the ones kept for it (if any): see childrenKey.
      const kept = scope.results.peek<Pick<BudgetAggregate, 'developments' | 'lines'>>(childrenKey(budget));
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
  return describeBudget(scope, changed);
}

/** The aggregate of a budget row in hand (e.g. as a write just bumped it): its children read in `tx`. */
async function loadChildren(tx: Db, cache: ReferenceCache, budget: BudgetRow): Promise<BudgetAggregate> {
  const edition = await cache.edition(tx, budget.editionId);
  const developments = await tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id));
  const lines = await tx
    .select()
    .from(budgetLines)
    .where(eq(budgetLines.budgetId, budget.id))
    .orderBy(asc(budgetLines.createdAt), asc(budgetLines.id));
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
  runEngine(buildBudgetCalculationInput(aggregate));
  return aggregate;
}
