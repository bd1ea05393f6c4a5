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
 * Structural ICT cost per inhabitant and per employee per year (spec §3.9). Only the structural
 * total is compared: the Modelgemeente covers developments (change), not the whole run cost that
 * the M&I/Partners benchmark (e.g. € 109 per inhabitant, data year 2023) measures.
 */
export function costPerCapita(result: CalculationResult, profile: Profile, benchmarkPerInhabitantCents?: Cents | null): CostPerCapita[] {
  return result.years.map((year) => {
    const structuralCents = result.totals.structural[year] ?? 0;
    const perInhabitantCents = profile.inhabitants > 0 ? roundCent(structuralCents / profile.inhabitants) : 0;
    const perEmployeeCents = profile.employees > 0 ? roundCent(structuralCents / profile.employees) : 0;
    const benchmarkRatio = benchmarkPerInhabitantCents ? perInhabitantCents / benchmarkPerInhabitantCents : null;
    return { year, structuralCents, perInhabitantCents, perEmployeeCents, benchmarkRatio };
  });
}
