import type { FundingOverview } from '@app/schemas';
import { loadBudgetAggregate } from '../budgets/budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { buildFundingOverview } from './build-funding-overview.ts';
import { loadBudgetFunding, loadFundLimits } from './load-funding.ts';
import { fundingSettingsOf } from './funding-settings.ts';

/** Dekking of a budget: sources, gross / funded / net, warnings, incidental overview, structural balance. */
export async function getFundingOverview(scope: RequestScope, budgetId: string): Promise<FundingOverview> {
  const aggregate = await loadBudgetAggregate(scope.db, scope.cache, scope.organisationId, budgetId);
  const [rows, limits, settings] = await Promise.all([
    loadBudgetFunding(scope.db, aggregate.budget.id),
    loadFundLimits(scope.db),
    fundingSettingsOf(scope.db, aggregate.budget),
  ]);
  return buildFundingOverview(
    aggregate,
    rows,
    limits,
    { maxYears: settings.incidentalMaxYears, thresholdCents: settings.incidentalThresholdCents },
    { capitalFromReserve: settings.capitalFromReserve },
  );
}
