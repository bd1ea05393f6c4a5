import { formatDate, type BudgetExportInput, type ExportMeta, type OverrideNote } from '@app/export';
import { BUDGET_STATUS_LABELS, CONTRIBUTION_DOMAIN, type BudgetDetail } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { getBudgetDetail } from '../budgets/budget-aggregate.ts';
import { getBudgetVersions } from '../workflow/get-budget-versions.ts';
import { runEngine } from '../run-engine.ts';
import { getFundingOverview } from '../funding/get-funding-overview.ts';
import { buildExportFile, exportFileBase, referenceMeta, type ExportFile, type ExportFormat } from './export-file.ts';

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
      notes.push({
        lineId: line.effective.id,
        description: `${line.effective.description} (eigen regel)`,
        fields: [],
        modelValues: {},
        justification: line.justification,
      });
    }
  }
  for (const c of detail.contributions)
    notes.push({
      lineId: c.id,
      description: c.description,
      fields: [],
      modelValues: {},
      justification: contributionNote(c),
    });
  return notes;
}

/** What the exports say about a contribution line (ADR 0023). */
export function contributionNote(c: BudgetDetail['contributions'][number]): string {
  if (c.state === 'revoked') return 'Geen partnerrol meer voor deze samenwerking: de bijdrage telt als € 0.';
  if (c.state === 'no-budget') return 'De samenwerking heeft nog geen gedeelde begroting: de bijdrage telt als € 0.';
  const changed = c.sharedUpdatedAt ? `; gedeelde begroting gewijzigd op ${formatDate(c.sharedUpdatedAt)}` : '';
  const pinned = c.pinnedAt ? `; vastgelegd bij indienen/vaststellen op ${formatDate(c.pinnedAt)}` : '';
  return `Bijdrage volgens de verdeelsleutel van de gedeelde begroting "${c.sharedBudgetName ?? ''}"${changed}${pinned}. Niet geschaald of geïndexeerd.`;
}

/** The contribution lines' own domain and development (outside the catalog), only when the budget has them. */
function withContributionNames<Names extends Pick<ExportMeta, 'domainNames' | 'developmentTitles'>>(
  names: Names,
  detail: BudgetDetail,
): Names {
  if (detail.contributions.length === 0) return names;
  return {
    ...names,
    domainNames: { ...names.domainNames, [CONTRIBUTION_DOMAIN.key]: CONTRIBUTION_DOMAIN.name },
    developmentTitles: {
      ...names.developmentTitles,
      [CONTRIBUTION_DOMAIN.developmentId]: CONTRIBUTION_DOMAIN.developmentTitle,
    },
  };
}

/** What a download of a stored budget is built from: the data for @app/export and the file's base name. */
export interface BudgetExport {
  data: BudgetExportInput;
  fileBase: string;
}

/** A stored budget (or scenario) with its server calculation, ready for any export format. */
export async function loadBudgetExport(
  scope: RequestScope,
  budgetId: string,
  generatedAt: Date,
): Promise<BudgetExport> {
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
    ...withContributionNames(await referenceMeta(scope, edition, overrideNotes(detail)), detail),
  };
  const qualifiers = [
    ...(detail.scenarioName ? [`scenario-${detail.scenarioName}`] : []),
    ...(typeof meta.version === 'number' && meta.version > 1 ? [`v${meta.version}`] : []),
    BUDGET_STATUS_LABELS[detail.status].toLowerCase(),
  ];
  // Dekking only when the budget has any: a budget without funding exports as before.
  const funding = await getFundingOverview(scope, budgetId);
  return {
    data: { input, result, meta, funding: funding.sources.length > 0 || funding.capitalReserve ? funding : null },
    fileBase: exportFileBase(detail.profile.name, detail.firstYear, qualifiers),
  };
}

/** A stored budget (or scenario) as a download in one format. */
export async function exportBudget(
  scope: RequestScope,
  budgetId: string,
  format: ExportFormat,
  generatedAt: Date,
): Promise<ExportFile> {
  const { data, fileBase } = await loadBudgetExport(scope, budgetId, generatedAt);
  return buildExportFile(data, fileBase, format);
}
