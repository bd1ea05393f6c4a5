import {
  PROVENANCES,
  type CalculationInput,
  type CalculationResult,
  type Cents,
  type LineInput,
  type Provenance,
  type Totals,
} from './types.ts';

function zeroTotals(years: readonly number[]): Totals {
  const zero = () => Object.fromEntries(years.map((y) => [y, 0])) as Record<number, Cents>;
  return { incidental: zero(), structural: zero(), capital: zero(), investment: zero(), total: zero() };
}

/**
 * Every total split by the provenance of the lines behind it (published, published-incomplete,
 * secondhand, example, imported, custom): per provenance the same categories as result.totals,
 * summed from the rounded result rows, so the parts add up exactly to result.totals. Every
 * provenance is present, with zeros where it has no lines.
 */
export function totalsByProvenance(result: CalculationResult): Record<Provenance, Totals> {
  const years = result.years;
  const out = Object.fromEntries(PROVENANCES.map((p) => [p, zeroTotals(years)])) as Record<Provenance, Totals>;
  for (const row of result.rows) {
    const t = out[row.provenance];
    const bucket = t[row.category];
    for (const y of years) {
      const cents = row.amounts[y] ?? 0;
      bucket[y] = (bucket[y] ?? 0) + cents;
      if (row.category !== 'investment') t.total[y] = (t.total[y] ?? 0) + cents;
    }
  }
  return out;
}

/** One year in which example lines carry more than half of the total (exploitation). */
export interface ExampleShare {
  year: number;
  exampleCents: Cents;
  totalCents: Cents;
  /** exampleCents ÷ totalCents (0 when the total is 0). */
  share: number;
}

/**
 * Share of example lines in each year's total (exploitation, incidental + structural +
 * kapitaallasten). `majority` lists the years where examples carry strictly more than half of a
 * positive total: the builder, dashboard and PDF cover say so plainly for those years.
 */
export function exampleShare(
  result: CalculationResult,
  split: Record<Provenance, Totals> = totalsByProvenance(result),
): { years: ExampleShare[]; majority: ExampleShare[] } {
  const years = result.years.map((year) => {
    const exampleCents = split.example.total[year] ?? 0;
    const totalCents = result.totals.total[year] ?? 0;
    return { year, exampleCents, totalCents, share: totalCents !== 0 ? exampleCents / totalCents : 0 };
  });
  // Integer comparison (cents): 2 × example > total, no floating point at the boundary.
  return { years, majority: years.filter((y) => y.totalCents > 0 && 2 * y.exampleCents > y.totalCents) };
}

/**
 * Published-incomplete lines the engine counts as € 0 (the source was cut off and the quantity
 * is missing), in enabled developments: listed before a budget is submitted or adopted.
 */
export function incompleteZeroLines(input: CalculationInput, result: CalculationResult): LineInput[] {
  const enabled = new Set(input.developments.filter((d) => d.enabled).map((d) => d.id));
  const incomplete = new Set(result.lines.filter((l) => l.incomplete).map((l) => l.lineId));
  return input.lines.filter((l) => incomplete.has(l.id) && enabled.has(l.developmentId));
}
