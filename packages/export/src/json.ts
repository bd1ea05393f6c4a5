import { totalsByProvenance } from '@app/engine';
import type { BudgetExportInput } from './meta.ts';
import { buildFlatRows } from './flat-rows.ts';
import { toDate } from './format.ts';

/**
 * Machine-readable export: the meta, the exact engine input and result (cents), and the flat line
 * table with readable names, so another system can reproduce or audit every figure.
 */
export function buildBudgetJson({ input, result, meta }: BudgetExportInput): string {
  const flat = buildFlatRows(input, result, meta).map((f) => ({
    lineId: f.line.id,
    description: f.line.description,
    developmentId: f.row.developmentId,
    development: f.developmentTitle,
    domainKey: f.row.domainKey,
    domain: f.domainName,
    component: f.row.component,
    category: f.row.category,
    kind: f.line.kind,
    costBasis: f.line.costBasis,
    costPool: f.row.costPool,
    provenance: f.row.provenance,
    driver: f.line.driver,
    elasticity: f.lineResult?.elasticity ?? null,
    modelQuantity: f.modelQuantity,
    scaledQuantity: f.scaledQuantity,
    unit: f.unit,
    amountsCents: f.row.amounts,
  }));
  const document = {
    format: 'ict-begrotingsplanner/budget-export',
    formatVersion: 1,
    meta: { ...meta, generatedAt: toDate(meta.generatedAt).toISOString() },
    years: result.years,
    totals: result.totals,
    byDomain: result.byDomain,
    byCostPool: result.byCostPool,
    byProvenance: totalsByProvenance(result),
    lines: flat,
    input,
    result,
  };
  return JSON.stringify(document, null, 2);
}
