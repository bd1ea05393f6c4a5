import { asc, desc } from 'drizzle-orm';
import { benchmarks, type Db } from '@app/db';
import type { BudgetExportInput, ExportMeta, OverrideNote } from '@app/export';
import { BUDGET_STATUS_LABELS, type BudgetDetail, type CalculationRequest } from '@app/schemas';
import type { PublicScope, RequestScope } from './request-scope.ts';
import { getBudgetDetail } from './budget-aggregate.ts';
import { getBudgetVersions } from './new-budget-version.ts';
import { computeCalculation } from './compute-calculation.ts';
import { requestedEdition, type EditionData, type ReferenceCache } from './reference-cache.ts';
import { runEngine } from './run-engine.ts';
import { findMunicipality } from './search-municipalities.ts';
import { toBenchmark } from './create-reference-data.ts';
import { getFundingOverview } from './funding/get-funding-overview.ts';

/** What an export route needs: the data for @app/export and the download's base file name. */
export interface ExportPayload {
  data: BudgetExportInput;
  /** `ICT-begroting-<gemeente>-<jaar>` (extension added by the route). */
  fileBase: string;
}

function editionNames(edition: EditionData): Pick<ExportMeta, 'domainNames' | 'developmentTitles' | 'editionName'> {
  return {
    editionName: edition.edition.name,
    domainNames: Object.fromEntries(edition.domains.map((d) => [d.key, d.name])),
    developmentTitles: Object.fromEntries(edition.developments.map((d) => [d.id, d.title])),
  };
}

async function assumptionSources(db: Db, cache: ReferenceCache, organisationId: string | null): Promise<ExportMeta['sources']> {
  const defaults = await cache.defaultAssumptions(db, organisationId);
  const sources: ExportMeta['sources'] = {};
  for (const [key, s] of Object.entries(defaults.row.sources)) sources[key] = { source: s.source, date: s.date ?? null, note: s.note ?? null };
  return sources;
}

/** Benchmarks (reference data with source, year, sample) for the plausibility block of every summary. */
async function loadBenchmarks(db: Db): Promise<NonNullable<ExportMeta['benchmarks']>> {
  const rows = await db.select().from(benchmarks).orderBy(desc(benchmarks.year), asc(benchmarks.id));
  return rows.map(toBenchmark);
}

/** Overridden catalog lines (model value beside the new one) and custom lines that carry a justification. */
function overrideNotes(detail: BudgetDetail): OverrideNote[] {
  const notes: OverrideNote[] = [];
  for (const line of detail.lines) {
    if (line.overriddenFields.length > 0 && line.model) {
      const model = line.model as unknown as Record<string, unknown>;
      notes.push({
        lineId: line.effective.id,
        description: line.effective.description,
        fields: line.overriddenFields,
        modelValues: Object.fromEntries(line.overriddenFields.map((f) => [f, model[f] ?? null])),
        justification: line.justification ?? '',
      });
    } else if (line.custom && line.justification) {
      notes.push({ lineId: line.effective.id, description: `${line.effective.description} (eigen regel)`, fields: [], modelValues: {}, justification: line.justification });
    }
  }
  return notes;
}

const asciiPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * `ICT-begroting-De-Bilt-2027[-scenario-Ambitieus][-v2]-concept`: which budget, which scenario,
 * which version and which status, so two downloads never look alike. File names travel in a
 * header: keep them ASCII (the route adds a UTF-8 filename* as well).
 */
export function exportFileBase(municipality: string, firstYear: number, qualifiers: readonly string[] = []): string {
  const parts = [`ICT-begroting-${asciiPart(municipality) || 'gemeente'}-${firstYear}`, ...qualifiers.map(asciiPart).filter(Boolean)];
  return parts.join('-');
}

/** A stored budget (or scenario) with its server calculation, ready for any export format. */
export async function loadBudgetExport(scope: RequestScope, budgetId: string, generatedAt: Date): Promise<ExportPayload> {
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

/** A stateless calculation (POST /api/calculations body) as an export; nothing is stored. */
export async function loadCalculationExport(scope: PublicScope, request: CalculationRequest, generatedAt: Date): Promise<ExportPayload> {
  const { db, cache, organisationId } = scope;
  const { input, result } = await computeCalculation(scope, { ...request, traces: false });
  const edition = await requestedEdition(db, cache, request.editionId);
  const municipality = request.cbsCode ? await findMunicipality(db, request.cbsCode) : undefined;
  const municipalityName = municipality?.name ?? 'Eigen gemeente';
  const meta: ExportMeta = {
    municipalityName,
    budgetName: `Verkenning ${input.firstYear}–${input.firstYear + input.horizonYears - 1}`,
    status: 'Verkenning (niet opgeslagen)',
    version: '—',
    generatedAt,
    ...editionNames(edition),
    sources: await assumptionSources(db, cache, organisationId),
    benchmarks: await loadBenchmarks(db),
    overrides: (request.overrides ?? []).map((o) => {
      const line = input.lines.find((l) => l.id === o.lineId);
      const fields = Object.keys(o).filter((k) => k !== 'lineId');
      return { lineId: o.lineId, description: line?.description ?? o.lineId, fields, modelValues: {}, justification: '' };
    }),
  };
  return { data: { input, result, meta }, fileBase: exportFileBase(municipalityName, input.firstYear, ['verkenning']) };
}
