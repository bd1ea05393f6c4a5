import type { CalculationResult, Cents, Profile } from './types.ts';

/** Structural cost per inhabitant and per employee for one year, beside a published benchmark. */
export interface CostPerCapita {
  year: number;
  structuralCents: Cents;
  /** Whole cents per inhabitant, half away from zero. */
  perInhabitantCents: Cents;
  /** Whole cents per employee, half away from zero. */
  perEmployeeCents: Cents;
  /** perInhabitant ÷ benchmark per inhabitant (1 = on the benchmark); null without a benchmark. */
  benchmarkRatio: number | null;
}

function roundCent(value: number): Cents {
  const rounded = Math.round(Math.abs(value));
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/**
 * Structural ICT cost per inhabitant and per employee per year (packages/engine/README.md). Only the structural
 * total is compared: the Modelgemeente covers developments (change), not the whole run cost that
 * the M&I/Partners benchmark (e.g. € 109 per inhabitant, data year 2023) measures.
 */
export function costPerCapita(
  result: CalculationResult,
  profile: Profile,
  benchmarkPerInhabitantCents?: Cents | null,
): CostPerCapita[] {
  return result.years.map((year) => {
    const structuralCents = result.totals.structural[year] ?? 0;
    const perInhabitantCents = profile.inhabitants > 0 ? roundCent(structuralCents / profile.inhabitants) : 0;
    const perEmployeeCents = profile.employees > 0 ? roundCent(structuralCents / profile.employees) : 0;
    const benchmarkRatio = benchmarkPerInhabitantCents ? perInhabitantCents / benchmarkPerInhabitantCents : null;
    return { year, structuralCents, perInhabitantCents, perEmployeeCents, benchmarkRatio };
  });
}

/**
 * A published comparison figure as reference data carries it (db benchmarks table): the engine
 * only needs these fields. A size class (minInhabitants ≤ inhabitants < maxInhabitants, either
 * bound open when null) marks a figure for part of the municipalities; none means all.
 */
export interface BenchmarkRef {
  id: string;
  label: string;
  year: number;
  valueCents: Cents;
  unit: string;
  source: string;
  sourceUrl?: string | null;
  note?: string | null;
  sample?: string | null;
  minInhabitants?: number | null;
  maxInhabitants?: number | null;
}

export interface BenchmarkSelection<B extends BenchmarkRef = BenchmarkRef> {
  /** Newest figure for all municipalities. */
  latest: B | null;
  /** Newest figure for the municipality's size class, when one is recorded (may be older than latest). */
  sizeClass: B | null;
  /** Figures for all municipalities, oldest first (the series). */
  series: B[];
}

function hasSizeClass(b: BenchmarkRef): boolean {
  return b.minInhabitants != null || b.maxInhabitants != null;
}

/** Whether a benchmark's size class contains a municipality of `inhabitants` (no class: all do). */
export function inSizeClass(b: BenchmarkRef, inhabitants: number): boolean {
  return (
    (b.minInhabitants == null || inhabitants >= b.minInhabitants) &&
    (b.maxInhabitants == null || inhabitants < b.maxInhabitants)
  );
}

const newestFirst = (a: BenchmarkRef, b: BenchmarkRef) => b.year - a.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The benchmarks of one unit ('per-inhabitant', 'per-employee') that apply to a municipality of `inhabitants`. */
export function selectBenchmarks<B extends BenchmarkRef>(
  benchmarks: readonly B[],
  unit: string,
  inhabitants: number,
): BenchmarkSelection<B> {
  const ofUnit = benchmarks.filter((b) => b.unit === unit);
  const general = ofUnit.filter((b) => !hasSizeClass(b));
  const classed = ofUnit.filter((b) => hasSizeClass(b) && inSizeClass(b, inhabitants));
  return {
    latest: [...general].sort(newestFirst)[0] ?? null,
    sizeClass: [...classed].sort(newestFirst)[0] ?? null,
    series: [...general].sort((a, b) => -newestFirst(a, b)),
  };
}

/** A budget figure beside one benchmark: own cents per unit ÷ benchmark (null without a benchmark value). */
export function benchmarkShare(ownCents: Cents, benchmark: BenchmarkRef | null): number | null {
  return benchmark && benchmark.valueCents > 0 ? ownCents / benchmark.valueCents : null;
}
