import type { RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import type { BudgetDetail, BudgetPatch } from '@app/schemas';
import { mutateBudget } from './budget-mutation.ts';

/** PATCH of the budget's own fields; assumptions merge shallowly into the budget's snapshot. */
export async function updateBudget(scope: RequestScope, budgetId: string, patch: BudgetPatch): Promise<BudgetDetail> {
  return mutateBudget(scope, budgetId, patch.version, async (tx, budget) => {
    const changes: Partial<typeof budgets.$inferInsert> = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.firstYear !== undefined) changes.firstYear = patch.firstYear;
    if (patch.horizonYears !== undefined) changes.horizonYears = patch.horizonYears;
    if (patch.includeExamples !== undefined) changes.includeExamples = patch.includeExamples;
    if (patch.scenarioName !== undefined) changes.scenarioName = patch.scenarioName;
    if (patch.profile) {
      changes.profileInhabitants = patch.profile.inhabitants;
      changes.profileEmployees = patch.profile.employees;
      changes.profileDepartments = patch.profile.departments;
      if (patch.profile.name) changes.profileName = patch.profile.name;
    }
    if (patch.assumptions) changes.assumptions = { ...budget.assumptions, ...patch.assumptions };
    if (Object.keys(changes).length > 0) await tx.update(budgets).set(changes).where(eq(budgets.id, budget.id));
  });
}
