import type { Totals } from '@app/engine';
import type { CompareEntry, CompareResponse } from '@app/schemas';
import { AppError } from '../errors.ts';
import { buildBudgetCalculationInput, loadBudgetAggregates } from './budget-aggregate.ts';
import type { BudgetScope } from './budget-mutation.ts';
import { runEngine } from './run-engine.ts';

const TOTAL_KEYS = ['incidental', 'structural', 'capital', 'investment', 'total'] as const;

function emptyTotals(years: number[]): Totals {
  const zeros = () => Object.fromEntries(years.map((year) => [year, 0])) as Record<number, number>;
  return { incidental: zeros(), structural: zeros(), capital: zeros(), investment: zeros(), total: zeros() };
}

/** Re-keys totals onto the union of years (budgets may start in different years), zero where absent. */
function onYears(totals: Totals | undefined, years: number[]): Totals {
  const out = emptyTotals(years);
  if (!totals) return out;
  for (const key of TOTAL_KEYS) for (const year of years) out[key][year] = totals[key][year] ?? 0;
  return out;
}

function minus(a: Totals, b: Totals, years: number[]): Totals {
  const out = emptyTotals(years);
  for (const key of TOTAL_KEYS) for (const year of years) out[key][year] = (a[key][year] ?? 0) - (b[key][year] ?? 0);
  return out;
}

/** Side-by-side totals (overall and per domain) of 2+ budgets, and each one's difference with the first. */
export async function compareBudgets(scope: BudgetScope, ids: string[]): Promise<CompareResponse> {
  const unique = [...new Set(ids)];
  const aggregates = await loadBudgetAggregates(scope.db, scope.cache, scope.organisationId, unique);
  const byId = new Map(aggregates.map((aggregate) => [aggregate.budget.id, aggregate]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', `Begroting niet gevonden: ${missing.join(', ')}.`, {
      fields: missing.map((id) => ({ path: 'query.ids', message: `onbekende begroting ${id}` })),
    });
  }
  const computed = unique.map((id) => {
    const aggregate = byId.get(id)!;
    return { aggregate, result: runEngine(buildBudgetCalculationInput(aggregate)).result };
  });
  const years = [...new Set(computed.flatMap(({ result }) => result.years))].sort((a, b) => a - b);
  const domainKeys = [...new Set(computed.flatMap(({ result }) => Object.keys(result.byDomain)))].sort();

  const budgets: CompareEntry[] = computed.map(({ aggregate, result }) => ({
    id: aggregate.budget.id,
    name: aggregate.budget.name,
    scenarioName: aggregate.budget.scenarioName,
    totals: onYears(result.totals, years),
    byDomain: Object.fromEntries(domainKeys.map((key) => [key, onYears(result.byDomain[key], years)])),
  }));
  const first = budgets[0]!;
  const differences: CompareEntry[] = budgets.map((entry) => ({
    ...entry,
    totals: minus(entry.totals, first.totals, years),
    byDomain: Object.fromEntries(domainKeys.map((key) => [key, minus(entry.byDomain[key]!, first.byDomain[key]!, years)])),
  }));
  return { years, budgets, differences };
}
