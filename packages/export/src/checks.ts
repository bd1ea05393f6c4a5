import {
  PROVENANCES,
  exampleShare,
  incompleteZeroLines,
  plausibility,
  selectBenchmarks,
  totalsByProvenance,
  type BenchmarkRef,
  type BenchmarkSelection,
  type ExampleShare,
  type LineInput,
  type Plausibility,
  type Provenance,
  type Totals,
} from '@app/engine';
import type { BudgetExportInput } from './meta.ts';

/** What every summary (PDF, Excel, CSV) shows beside the totals; all computed by the engine. */
export interface ExportChecks {
  plausibility: Plausibility;
  byProvenance: Record<Provenance, Totals>;
  /** Provenances with money in any year (in PROVENANCES order): the rows a split shows. */
  provenancesShown: Provenance[];
  exampleYears: ExampleShare[];
  exampleMajority: ExampleShare[];
  incompleteLines: LineInput[];
  perInhabitant: BenchmarkSelection<BenchmarkRef>;
  perEmployee: BenchmarkSelection<BenchmarkRef>;
}

export function exportChecks({ input, result, meta }: BudgetExportInput): ExportChecks {
  const byProvenance = totalsByProvenance(result);
  const examples = exampleShare(result, byProvenance);
  const benchmarks = meta.benchmarks ?? [];
  const hasMoney = (t: Totals) => result.years.some((y) => (t.total[y] ?? 0) !== 0 || (t.investment[y] ?? 0) !== 0);
  return {
    plausibility: plausibility(input, result),
    byProvenance,
    provenancesShown: PROVENANCES.filter((p) => hasMoney(byProvenance[p])),
    exampleYears: examples.years,
    exampleMajority: examples.majority,
    incompleteLines: incompleteZeroLines(input, result),
    perInhabitant: selectBenchmarks(benchmarks, 'per-inhabitant', input.profile.inhabitants),
    perEmployee: selectBenchmarks(benchmarks, 'per-employee', input.profile.inhabitants),
  };
}
