import { totalsDifference, totalsOnYears } from '@app/engine';
import type { CompareEntry, CompareResponse } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { loadBudgetAggregates } from './budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { resultOfAggregate } from '../budget-read/budget-results.ts';

/** Side-by-side totals (overall and per domain) of 2+ budgets, and each one's difference with the first. */
export async function compareBudgets(scope: RequestScope, ids: string[]): Promise<CompareResponse> {
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
    return { aggregate, result: resultOfAggregate(scope.results, aggregate) };
  });
  const years = [...new Set(computed.flatMap(({ result }) => result.years))].sort((a, b) => a - b);
  const domainKeys = [...new Set(computed.flatMap(({ result }) => Object.keys(result.byDomain)))].sort();

  const budgets: CompareEntry[] = computed.map(({ aggregate, result }) => ({
    id: aggregate.budget.id,
    name: aggregate.budget.name,
    scenarioName: aggregate.budget.scenarioName,
    totals: totalsOnYears(result.totals, years),
    byDomain: Object.fromEntries(domainKeys.map((key) => [key, totalsOnYears(result.byDomain[key], years)])),
  }));
  const first = budgets[0]!;
  const differences: CompareEntry[] = budgets.map((entry) => ({
    ...entry,
    totals: totalsDifference(entry.totals, first.totals, years),
    byDomain: Object.fromEntries(
      domainKeys.map((key) => [key, totalsDifference(entry.byDomain[key]!, first.byDomain[key]!, years)]),
    ),
  }));
  return { years, budgets, differences };
}
