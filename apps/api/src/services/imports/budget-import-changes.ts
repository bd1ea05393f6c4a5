import { changedTables, type BudgetWorkbookChanges } from '@app/export';
import type { BudgetDetail } from '@app/schemas';
import { createPendingUploads } from './pending-uploads.ts';

/** A read workbook waiting between preview and commit, in PostgreSQL (see pending-uploads.ts). */
export interface PendingBudgetImport {
  budgetId: string;
  fileName: string;
  changes: BudgetWorkbookChanges;
}

export const pendingBudgetImports = createPendingUploads<PendingBudgetImport>('budget');

export function hasAssumptionChanges(changes: BudgetWorkbookChanges): boolean {
  return [changes.assumptions, changes.defaultElasticity, changes.salaryScales, changes.hourlyRates].some(
    (c) => Object.keys(c).length > 0,
  );
}

/** The assumptions patch for the scenario: changed figures, default elasticities, and edited tables as a whole. */
export function assumptionsPatch(current: BudgetDetail['assumptions'], changes: BudgetWorkbookChanges) {
  return {
    ...changes.assumptions,
    defaultElasticity: { ...current.defaultElasticity, ...changes.defaultElasticity },
    ...changedTables(current, changes),
  };
}
