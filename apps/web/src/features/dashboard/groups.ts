import type { CalculationResult, Totals } from '@app/engine';
import type { BudgetDetail } from '../../api/types.ts';
import { emptyTotals } from '../budget/row-model.ts';

export interface Group {
  key: string;
  name: string;
  totals: Totals;
  /** Catalog development ids in this group (for the drill-down to lines). */
  developmentIds: Set<string>;
}

const NO_UNIT = 'geen-eenheid';

/**
 * Dashboard groups. Per domain these are the engine's own byDomain totals; per org unit they are
 * sums of the engine's rounded row-years (grouped by the owner of each development), so they add
 * up to the same budget total.
 */
export function groupTotals(
  result: CalculationResult,
  budget: Pick<BudgetDetail, 'developments' | 'orgUnits'>,
  view: 'domain' | 'unit',
  domainNames: Record<string, string>,
): Group[] {
  const years = result.years;
  if (view === 'domain') {
    return Object.entries(result.byDomain).map(([key, totals]) => ({
      key,
      name: domainNames[key] ?? key,
      totals,
      developmentIds: new Set(budget.developments.filter((d) => d.domainKey === key).map((d) => d.developmentId)),
    }));
  }
  const unitOf = new Map(budget.developments.map((d) => [d.developmentId, d.ownerUnitId ?? NO_UNIT]));
  const groups = new Map<string, Group>();
  const ensure = (key: string) => {
    let g = groups.get(key);
    if (!g) {
      const name = key === NO_UNIT ? 'Zonder eigenaar' : (budget.orgUnits.find((u) => u.id === key)?.name ?? key);
      g = { key, name, totals: emptyTotals(years), developmentIds: new Set() };
      groups.set(key, g);
    }
    return g;
  };
  for (const u of budget.orgUnits) ensure(u.id);
  for (const d of budget.developments) ensure(d.ownerUnitId ?? NO_UNIT).developmentIds.add(d.developmentId);
  for (const row of result.rows) {
    const g = ensure(unitOf.get(row.developmentId) ?? NO_UNIT);
    for (const y of years) {
      const v = row.amounts[y] ?? 0;
      g.totals[row.category][y] = (g.totals[row.category][y] ?? 0) + v;
      if (row.category !== 'investment') g.totals.total[y] = (g.totals.total[y] ?? 0) + v;
    }
  }
  return [...groups.values()];
}
