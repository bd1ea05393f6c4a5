import type { ExportMeta } from '@app/export';
import type { CalculationRequest, LineValueField } from '@app/schemas';
import type { PublicScope } from '../request-scope.ts';
import { computeCalculation } from '../calculations/compute-calculation.ts';
import { requestedEdition } from '../reference-data/reference-cache.ts';
import { findMunicipality } from '../municipalities/find-municipality.ts';
import { buildExportFile, exportFileBase, referenceMeta, type ExportFile } from './export-file.ts';

/** A stateless calculation (POST /api/calculations body) as an Excel workbook; nothing is stored. */
export async function exportCalculation(
  scope: PublicScope,
  request: CalculationRequest,
  generatedAt: Date,
): Promise<ExportFile> {
  const { db, cache } = scope;
  const { input, result } = await computeCalculation(scope, { ...request, traces: false });
  const edition = await requestedEdition(db, cache, request.editionId);
  const municipality = request.cbsCode ? await findMunicipality(db, request.cbsCode) : undefined;
  const municipalityName = municipality?.name ?? 'Eigen gemeente';
  // Overridden lines of the request: no model value beside them (nothing is stored to compare with).
  const overrides = (request.overrides ?? []).map((o) => {
    const line = input.lines.find((l) => l.id === o.lineId);
    const fields = (Object.keys(o) as (keyof typeof o)[]).filter((key): key is LineValueField => key !== 'lineId');
    return { lineId: o.lineId, description: line?.description ?? o.lineId, fields, modelValues: {}, justification: '' };
  });
  const meta: ExportMeta = {
    municipalityName,
    budgetName: `Verkenning ${input.firstYear}–${input.firstYear + input.horizonYears - 1}`,
    status: 'Verkenning (niet opgeslagen)',
    version: '—',
    generatedAt,
    ...(await referenceMeta(scope, edition, overrides)),
  };
  return buildExportFile(
    { input, result, meta },
    exportFileBase(municipalityName, input.firstYear, ['verkenning']),
    'xlsx',
  );
}
