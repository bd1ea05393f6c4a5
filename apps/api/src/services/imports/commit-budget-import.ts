import { BudgetLineOverrideFieldsSchema, type BudgetDetail } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { getBudgetDetail } from '../budgets/budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { createScenario } from '../budgets/create-scenario.ts';
import { deleteBudget } from '../budgets/delete-budget.ts';
import { overrideLine } from '../budgets/override-line.ts';
import { updateBudget } from '../budgets/update-budget.ts';
import { assumptionsPatch, hasAssumptionChanges, pendingBudgetImports } from './budget-import-changes.ts';

/** The scenario's line for a line of its base: same catalog line, or (custom lines) same development and description. */
function scenarioLineId(base: BudgetDetail, scenario: BudgetDetail, baseLineId: string): string | undefined {
  const line = base.lines.find((l) => l.id === baseLineId);
  if (!line) return undefined;
  const match = line.catalogLineId
    ? scenario.lines.find((l) => l.catalogLineId === line.catalogLineId)
    : scenario.lines.find(
        (l) =>
          l.custom && l.developmentId === line.developmentId && l.effective.description === line.effective.description,
      );
  return match?.id;
}

/**
 * Applies a previewed import as a new scenario of the budget: profile and assumptions, then every
 * changed line as an override with a justification naming the file and cells. If any step fails
 * the scenario is removed again, so a failed import leaves nothing behind.
 */
export async function commitBudgetImport(
  scope: RequestScope,
  budgetId: string,
  importId: string,
  scenarioName: string,
): Promise<BudgetDetail> {
  // Another organisation's (or an expired) import reads as absent → 404.
  const upload = await pendingBudgetImports.get(scope.db, scope.organisationId, importId);
  if (!upload || upload.budgetId !== budgetId) throw notFound('Import');
  const { changes, fileName } = upload;
  const base = await getBudgetDetail(scope, budgetId);
  let scenario = await createScenario(scope, budgetId, { scenarioName });
  try {
    const hasAssumptions = hasAssumptionChanges(changes);
    if (Object.keys(changes.profile).length > 0 || hasAssumptions) {
      scenario = await updateBudget(scope, scenario.id, {
        version: scenario.version,
        ...(Object.keys(changes.profile).length > 0
          ? {
              profile: {
                inhabitants: scenario.profile.inhabitants,
                employees: scenario.profile.employees,
                departments: scenario.profile.departments,
                ...changes.profile,
              },
            }
          : {}),
        ...(hasAssumptions ? { assumptions: assumptionsPatch(scenario.assumptions, changes) } : {}),
      });
    }
    for (const line of changes.lines) {
      const target = scenarioLineId(base, scenario, line.lineId);
      if (!target)
        throw new AppError(
          'CONFLICT',
          `Regel "${line.description}" bestaat niet meer in de begroting; lees een nieuwe export in.`,
        );
      const fields = Object.fromEntries(Object.entries(line.fields).map(([f, v]) => [f, v!.to]));
      const cells = Object.values(line.fields)
        .map((v) => v!.cell.replace(/^.*!/, ''))
        .join(', ');
      scenario = await overrideLine(scope, scenario.id, target, {
        fields: BudgetLineOverrideFieldsSchema.parse(fields),
        justification: `Aangepast in Excel (${fileName}, cel ${cells}).`,
      });
    }
  } catch (error) {
    await deleteBudget(scope, scenario.id).catch(() => undefined);
    throw error;
  }
  // Used once, also when two commits of one preview race (on two instances): the one that removes
  // the upload keeps its scenario, the other removes its own again and answers 404.
  if (!(await pendingBudgetImports.delete(scope.db, importId))) {
    await deleteBudget(scope, scenario.id).catch(() => undefined);
    throw notFound('Import');
  }
  // Every step above answered with the scenario as it now stands: no need to load it again.
  return scenario;
}
