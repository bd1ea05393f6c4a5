import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { calculate, costPerCapita, selectBenchmarks, type CalculationResult, type CostPool } from '@app/engine';
import { COST_POOL_LABELS } from '@app/schemas';
import type { BudgetDetail } from '../../api/types.ts';
import { catalogQueries, referenceQueries } from '../../api/queries.ts';
import { CONTRIBUTION_DOMAIN_NAMES } from '../budget/row-model.ts';
import { centsToEuros } from '../../lib/format.ts';
import { groupTotals, type Group } from './groups.ts';

export type DashboardView = 'domain' | 'unit';

/** The dashboard's place in the URL: per domain or per org unit (`weergave`), and the chosen group (`selectie`). */
export function useDashboardSelection() {
  const [params, setParams] = useSearchParams();
  const view: DashboardView = params.get('weergave') === 'eenheid' ? 'unit' : 'domain';
  const selectedKey = params.get('selectie');
  const select = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key) next.set('selectie', key);
    else next.delete('selectie');
    setParams(next);
  };
  return { view, selectedKey, select };
}

/** The engine's result for the budget (null when it cannot be calculated) and the groups of the view. */
export function useDashboardTotals(budget: BudgetDetail, view: DashboardView) {
  const { data: catalog } = useQuery(catalogQueries.tree(budget.edition.id));
  const result: CalculationResult | null = useMemo(() => {
    try {
      return calculate(budget.calculationInput);
    } catch {
      return null;
    }
  }, [budget.calculationInput]);
  const domainNames = useMemo(
    () => ({
      ...CONTRIBUTION_DOMAIN_NAMES,
      ...Object.fromEntries((catalog?.domains ?? []).map((d) => [d.key, d.name])),
    }),
    [catalog],
  );
  const groups: Group[] = useMemo(
    () => (result ? groupTotals(result, budget, view, domainNames) : []),
    [result, budget, view, domainNames],
  );
  return { result, groups };
}

/** Cost per year of the whole budget or of one group, as chart rows (euros). */
export function costsPerYear(years: readonly number[], totals: CalculationResult['totals']) {
  return years.map((y) => ({
    jaar: String(y),
    Incidenteel: centsToEuros(totals.incidental[y] ?? 0),
    Structureel: centsToEuros(totals.structural[y] ?? 0),
    Kapitaallasten: centsToEuros(totals.capital[y] ?? 0),
  }));
}

/** The cost pools that carry money in some year, with their label, and their chart rows per year (euros). */
export function costPools(result: CalculationResult) {
  const years = result.years;
  const pools = Object.entries(result.byCostPool)
    .filter(([, t]) => years.some((y) => (t.total[y] ?? 0) !== 0))
    .map(([pool, totals]) => ({ pool, label: COST_POOL_LABELS[pool as CostPool] ?? pool, totals }));
  const perYear = years.map((y) =>
    Object.fromEntries([['jaar', String(y)], ...pools.map((p) => [p.label, centsToEuros(p.totals.total[y] ?? 0)])]),
  );
  return { pools, perYear };
}

/** Structural cost per inhabitant and employee per year, against the newest benchmark for all municipalities. */
export function usePerCapita(budget: BudgetDetail, result: CalculationResult) {
  const benchmarks = useBenchmarks();
  // The newest figure for all municipalities (the size class is in the plausibility panel).
  const benchmark = selectBenchmarks(benchmarks, 'per-inhabitant', budget.profile.inhabitants).latest ?? undefined;
  // The engine divides (rounded to cents); the UI only shows.
  const perCapita = costPerCapita(result, budget.profile, benchmark?.valueCents ?? null);
  return { benchmark, perCapita };
}

/** The benchmarks of the reference data (empty while they load). */
export function useBenchmarks() {
  const reference = useQuery(referenceQueries.all());
  return reference.data?.benchmarks ?? [];
}
