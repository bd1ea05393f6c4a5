import type { BudgetExportInput, ExportMeta, OverrideNote } from '@app/export';
import { BUDGET_STATUS_LABELS, type BudgetDetail } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { getBudgetDetail } from '../budgets/budget-aggregate.ts';
import { getBudgetVersions } from '../workflow/get-budget-versions.ts';
import { runEngine } from '../run-engine.ts';
import { getFundingOverview } from '../funding/get-funding-overview.ts';
import { assumptionSources, buildExportFile, editionNames, exportFileBase, loadBenchmarks, type ExportFile, type ExportFormat } from './export-file.ts';

/** Overridden catalog lines (model value beside the new one) and custom lines that carry a justification. */
function overrideNotes(detail: BudgetDetail): OverrideNote[] {
  const notes: OverrideNote[] = [];
  for (const line of detail.lines) {
    if (line.overriddenFields.length > 0 && line.model) {
      notes.push({
        lineId: line.effective.id,
        description: line.effective.description,
        fields: line.overriddenFields,
        modelValues: Object.fromEntries(line.overriddenFields.map((f) => [f, line.model?.[f] ?? null])),
        justification: line.justification ?? '',
      });
    } else if (line.custom && line.justification) {
      notes.push({ lineId: line.effective.id, description: `${line.effective.description} (eigen regel)`, fields: [], modelValues: {}, justification: line.justification });
    }
  }
  return notes;
}

/** What a download of a stored budget is built from: the data for @app/export and the file's base name. */
export interface BudgetExport {
  data: BudgetExportInput;
  fileBase: string;
}

/** A stored budget (or scenario) with its server calculation, ready for any export format. */
export async function loadBudgetExport(scope: RequestScope, budgetId: string, generatedAt: Date): Promise<BudgetExport> {
  const detail = await getBudgetDetail(scope, budgetId);
  const { input, result } = runEngine(detail.calculationInput);
  const edition = await scope.cache.edition(scope.db, detail.edition.id);
  const meta: ExportMeta = {
    municipalityName: detail.profile.name,
    budgetName: detail.name,
    scenarioName: detail.scenarioName,
    status: BUDGET_STATUS_LABELS[detail.status],
    // The workflow version (1 = first, +1 per new version after adoption), not the edit counter.
    version: (await getBudgetVersions(scope, budgetId)).lineage.length,
    generatedAt,
    ...editionNames(edition),
    sources: await assumptionSources(scope.db, scope.cache, scope.organisationId),
    overrides: overrideNotes(detail),
    benchmarks: await loadBenchmarks(scope.db),
  };
  const qualifiers = [
    ...(detail.scenarioName ? [`scenario-${detail.scenarioName}`] : []),
    ...(typeof meta.version === 'number' && meta.version > 1 ? [`v${meta.version}`] : []),
    BUDGET_STATUS_LABELS[detail.status].toLowerCase(),
  ];
  // Dekking only when the budget has any: a budget without funding exports as before.
  const funding = await getFundingOverview(scope, budgetId);
  return { data: { input, result, meta, funding: funding.sources.length > 0 ? funding : null }, fileBase: exportFileBase(detail.profile.name, detail.firstYear, qualifiers) };
}

/** A stored budget (or scenario) as a download in one format. */
export async function exportBudget(scope: RequestScope, budgetId: string, format: ExportFormat, generatedAt: Date): Promise<ExportFile> {
  const { data, fileBase } = await loadBudgetExport(scope, budgetId, generatedAt);
  return buildExportFile(data, fileBase, format);
}
