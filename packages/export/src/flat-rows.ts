import type {
  CalculationInput,
  CalculationResult,
  Category,
  Component,
  CostBasis,
  LineInput,
  LineResult,
  ResultRow,
} from '@app/engine';
import type { ExportMeta } from './meta.ts';
import {
  CATEGORY_LABELS,
  COMPONENT_LABELS,
  COST_BASIS_LABELS,
  COST_POOL_LABELS,
  DRIVER_LABELS,
  KIND_LABELS,
  PROVENANCE_LABELS,
} from '@app/schemas';

/** One row of the flat line table (CSV, JSON, the Regels sheet): one engine result row with its line's facts. */
export interface FlatRow {
  row: ResultRow;
  line: LineInput;
  lineResult: LineResult | undefined;
  developmentTitle: string;
  domainName: string;
  /** Model quantity in the basis unit shown to users: euros (amount), hours/week, hours, units. */
  modelQuantity: number | null;
  scaledQuantity: number | null;
  unit: string;
}

export const UNIT_LABELS: Record<CostBasis, string> = {
  amount: 'euro',
  staff: 'uur per week',
  hire: 'uur',
  licence: 'eenheden',
};

export function modelQuantity(line: LineInput): number | null {
  switch (line.costBasis) {
    case 'amount':
      return line.amountCents == null ? null : line.amountCents / 100;
    case 'staff':
      return line.hoursPerWeek ?? null;
    case 'hire':
      return line.hours ?? null;
    case 'licence':
      return line.units ?? null;
  }
}

/** Engine scaled quantities are in cents for amount lines; users see euros. */
export function scaledQuantity(line: LineInput, lr: LineResult | undefined): number | null {
  if (!lr) return null;
  return line.costBasis === 'amount' ? lr.scaledQuantity / 100 : lr.scaledQuantity;
}

const COMPONENT_ORDER: Record<Component, number> = {
  incidental: 0,
  structural: 1,
  investment: 2,
  depreciation: 3,
  interest: 4,
  retender: 5,
  migration: 6,
};

export function developmentTitle(input: CalculationInput, meta: ExportMeta, developmentId: string): string {
  return (
    meta.developmentTitles[developmentId] ??
    input.developments.find((d) => d.id === developmentId)?.title ??
    developmentId
  );
}

export function domainName(meta: ExportMeta, domainKey: string): string {
  return meta.domainNames[domainKey] ?? domainKey;
}

/**
 * Result rows joined with their lines, in a stable reading order: domain, development (input
 * order), line (input order), component.
 */
export function buildFlatRows(input: CalculationInput, result: CalculationResult, meta: ExportMeta): FlatRow[] {
  const lineById = new Map(input.lines.map((l, i) => [l.id, { line: l, index: i }]));
  const devIndex = new Map(input.developments.map((d, i) => [d.id, i]));
  const lineResults = new Map(result.lines.map((l) => [l.lineId, l]));
  const domainOrder = domainKeysInOrder(input, result, meta);
  const rows = result.rows.filter((r) => lineById.has(r.lineId));
  rows.sort(
    (a, b) =>
      domainOrder.indexOf(a.domainKey) - domainOrder.indexOf(b.domainKey) ||
      (devIndex.get(a.developmentId) ?? 0) - (devIndex.get(b.developmentId) ?? 0) ||
      (lineById.get(a.lineId)?.index ?? 0) - (lineById.get(b.lineId)?.index ?? 0) ||
      COMPONENT_ORDER[a.component] - COMPONENT_ORDER[b.component],
  );
  return rows.map((row) => {
    const line = lineById.get(row.lineId)!.line;
    const lr = lineResults.get(row.lineId);
    return {
      row,
      line,
      lineResult: lr,
      developmentTitle: developmentTitle(input, meta, row.developmentId),
      domainName: domainName(meta, row.domainKey),
      modelQuantity: modelQuantity(line),
      scaledQuantity: scaledQuantity(line, lr),
      unit: UNIT_LABELS[line.costBasis],
    };
  });
}

/** Domain keys in the budget's order (its developments), then the other named domains, then any left in the rows. */
export function domainKeysInOrder(input: CalculationInput, result: CalculationResult, meta: ExportMeta): string[] {
  // The budget's own order (the catalog's, as on screen) first; names without developments after.
  const keys: string[] = [];
  for (const d of input.developments) if (!keys.includes(d.domainKey)) keys.push(d.domainKey);
  for (const key of Object.keys(meta.domainNames)) if (!keys.includes(key)) keys.push(key);
  for (const r of result.rows) if (!keys.includes(r.domainKey)) keys.push(r.domainKey);
  return keys;
}

/** Column headers shared by CSV, JSON keys (where Dutch) and the Regels sheet. */
export const FLAT_HEADERS = [
  'Regel-ID',
  'Omschrijving',
  'Ontwikkeling',
  'Domein',
  'Component',
  'Categorie',
  'Soort',
  'Kostenbasis',
  'Kostensoort',
  'Herkomst',
  'Schaalbasis',
  'Elasticiteit',
  'Modelhoeveelheid',
  'Geschaalde hoeveelheid',
  'Eenheid',
] as const;

/** The descriptive cells of a flat row in FLAT_HEADERS order (quantities as numbers). */
export function flatRowCells(f: FlatRow): (string | number | null)[] {
  return [
    f.line.id,
    f.line.description,
    f.developmentTitle,
    f.domainName,
    COMPONENT_LABELS[f.row.component],
    CATEGORY_LABELS[f.row.category as Category],
    KIND_LABELS[f.line.kind],
    COST_BASIS_LABELS[f.line.costBasis],
    COST_POOL_LABELS[f.row.costPool],
    PROVENANCE_LABELS[f.row.provenance],
    DRIVER_LABELS[f.line.driver],
    f.lineResult?.elasticity ?? null,
    f.modelQuantity,
    f.scaledQuantity,
    f.unit,
  ];
}
