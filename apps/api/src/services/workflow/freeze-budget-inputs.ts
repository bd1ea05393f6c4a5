import type { BudgetRow, Db } from '@app/db';
import { pinContributions, unpinContributions } from '../collaborations/contribution-lines.ts';
import { pinFundingSettings, unpinFundingSettings } from '../funding/funding-settings.ts';
import type { RequestScope } from '../request-scope.ts';

/**
 * What a budget reads from outside itself is fixed when it is submitted or adopted (ADR 0008): its
 * contribution lines keep the shared budget's amounts of this moment (ADR 0023), its dekking the
 * organisation's P&C rules. Sent back to draft, both follow the live sources again.
 */
export const freezeBudgetInputs =
  (scope: RequestScope) =>
  async (tx: Db, budget: BudgetRow): Promise<void> => {
    await pinContributions(tx, scope.cache, budget);
    await pinFundingSettings(tx, budget);
  };

export async function thawBudgetInputs(tx: Db, budget: BudgetRow): Promise<void> {
  await unpinContributions(tx, budget.id);
  await unpinFundingSettings(tx, budget.id);
}
