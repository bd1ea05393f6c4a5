import type { BenchmarkRef, CalculationInput, CalculationResult } from '@app/engine';
import type { LineValueField } from '@app/schemas';

/** Where an assumption's value comes from (shown beside it in every export). */
export interface AssumptionSource {
  source: string;
  date?: string | null;
  note?: string | null;
}

/** An overridden line: the effective value differs from the model and carries a justification. */
export interface OverrideNote {
  lineId: string;
  description: string;
  /** Names of the LineInput fields that were overridden. */
  fields: LineValueField[];
  /** The model (catalog) value of each overridden field. */
  modelValues: Record<string, unknown>;
  justification: string;
}

/** Everything an export shows besides the engine's numbers. No clock inside the library: the caller passes generatedAt. */
export interface ExportMeta {
  municipalityName: string;
  budgetName: string;
  status: string;
  version: number | string;
  /** ISO timestamp (or Date) the export was made; printed on cover and properties. */
  generatedAt: string | Date;
  editionName: string;
  /** assumption key (employerCostPct, priceIndexationPct, salaryTable, inhabitants, …) → source. */
  sources: Record<string, AssumptionSource>;
  overrides: OverrideNote[];
  /** domain key → Dutch name. */
  domainNames: Record<string, string>;
  /** development id → title (falls back to the engine input's title). */
  developmentTitles: Record<string, string>;
  /** Optional scenario name, printed beside the budget name. */
  scenarioName?: string | null;
  /** Published comparison figures (reference data with source, year, sample); the summaries show those for the municipality's size class. */
  benchmarks?: BenchmarkRef[] | null;
}

export interface BudgetExportInput {
  input: CalculationInput;
  result: CalculationResult;
  meta: ExportMeta;
}
