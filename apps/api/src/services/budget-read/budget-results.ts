import type { BudgetRow, Db } from '@app/db';
import type { CalculationResult } from '@app/engine';
import type { BudgetSummary } from '@app/schemas';
import {
  buildBudgetCalculationInput,
  loadBudgetAggregates,
  type BudgetAggregate,
} from '../budgets/budget-aggregate.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { runEngine } from '../run-engine.ts';
import { resultKey, type ResultCache } from './result-cache.ts';

/*
 * The engine's result of a stored budget, computed once per state of the budget and reused by the
 * list, the families, the comparison and GET …/calculation. The key is a hash of the whole budget
 * row (version included): its developments and lines only change together with the version, and
 * the edition is published (immutable). See ADR 0018.
 */

const keyOf = (budget: BudgetRow) => resultKey('result', budget);

/** A rough in-memory weight of a result: its JSON length. */
const weigh = (result: CalculationResult) => JSON.stringify(result).length;

/** The result of an aggregate in hand (read in one snapshot with its row), kept for next time. */
export function resultOfAggregate(results: ResultCache, aggregate: BudgetAggregate): CalculationResult {
  // Contribution lines follow another budget (ADR 0023): their amounts are part of the key, and
  // such a result is never found under the row alone (resultsOfRows then reads it afresh).
  const key =
    aggregate.contributions.length > 0
      ? resultKey('result', [aggregate.budget, aggregate.contributions])
      : keyOf(aggregate.budget);
  const kept = results.peek<CalculationResult>(key);
  if (kept) return kept;
  const { result } = runEngine(buildBudgetCalculationInput(aggregate));
  if (aggregate.edition.edition.status === 'published') results.set(key, result, weigh(result));
  return result;
}

/**
 * Results of budget rows read in `tx`: kept ones from the cache, the others computed from their
 * developments and lines, read in the same transaction (so in the same snapshot as the rows when
 * the caller reads in one).
 */
export async function resultsOfRows(
  tx: Db,
  cache: ReferenceCache,
  results: ResultCache,
  organisationId: string,
  rows: readonly BudgetRow[],
): Promise<Map<string, CalculationResult>> {
  const out = new Map<string, CalculationResult>();
  const missing: string[] = [];
  for (const row of rows) {
    const kept = results.peek<CalculationResult>(keyOf(row));
    if (kept) out.set(row.id, kept);
    else missing.push(row.id);
  }
  if (missing.length > 0) {
    for (const aggregate of await loadBudgetAggregates(tx, cache, organisationId, missing))
      out.set(aggregate.budget.id, resultOfAggregate(results, aggregate));
  }
  return out;
}

export function toBudgetSummary(budget: BudgetRow, result: CalculationResult): BudgetSummary {
  return {
    id: budget.id,
    name: budget.name,
    municipality: { cbsCode: budget.cbsCode, name: budget.profileName },
    firstYear: budget.firstYear,
    horizonYears: budget.horizonYears,
    status: budget.status,
    scenarioName: budget.scenarioName,
    baseBudgetId: budget.baseBudgetId,
    familyId: budget.familyId,
    archivedAt: budget.archivedAt?.toISOString() ?? null,
    updatedAt: budget.updatedAt.toISOString(),
    version: budget.version,
    totals: result.totals.total,
  };
}

/** Summaries of budget rows read in `tx` (see resultsOfRows). */
export async function summariesOfRows(
  tx: Db,
  cache: ReferenceCache,
  results: ResultCache,
  organisationId: string,
  rows: readonly BudgetRow[],
): Promise<BudgetSummary[]> {
  const computed = await resultsOfRows(tx, cache, results, organisationId, rows);
  return rows.flatMap((row) => {
    const result = computed.get(row.id);
    return result ? [toBudgetSummary(row, result)] : [];
  });
}
