import { calculate } from './calculate.ts';
import type { CalculationInput, CalculationResult, Cents, Profile, ResultRow } from './types.ts';

/**
 * The plausible band (ADR 0011, settled 2026-11-30): with default settings a municipality's
 * structural ICT cost per inhabitant stays within 0,5×–2× of the Modelgemeente's own, its
 * total over the horizon within 0,33×–3×. A rule of the product, not a published fact; callers
 * may pass another band.
 */
export interface PlausibilityBand {
  structuralMin: number;
  structuralMax: number;
  totalMin: number;
  totalMax: number;
}

export const PLAUSIBLE_BAND: Readonly<PlausibilityBand> = Object.freeze({
  structuralMin: 0.5,
  structuralMax: 2,
  totalMin: 0.33,
  totalMax: 3,
});

/** An amount with its per-inhabitant and per-employee figures (whole cents, half away from zero). */
export interface PerCapitaAmount {
  amountCents: Cents;
  perInhabitantCents: Cents;
  perEmployeeCents: Cents;
}

/** A line that drives a deviation: its cost per inhabitant here against the same line in the model. */
export interface PlausibilityDriver {
  lineId: string;
  description: string;
  ownPerInhabitantCents: Cents;
  modelPerInhabitantCents: Cents;
  /** own − model per inhabitant, whole cents. */
  differenceCents: Cents;
}

export type PlausibilityMeasure = 'structural' | 'total';

export interface PlausibilityCheck {
  measure: PlausibilityMeasure;
  /** structural: the last year of the horizon (all structural lines running); total: null (sum over all years). */
  year: number | null;
  own: PerCapitaAmount;
  model: PerCapitaAmount;
  /** own per inhabitant ÷ model per inhabitant (unrounded); null when the model amount is 0. */
  ratio: number | null;
  min: number;
  max: number;
  /** 'low' below min, 'high' above max; null when there is no ratio. */
  status: 'within' | 'low' | 'high' | null;
  /** Outside the band: the lines that push the ratio that way most, largest first (else empty). */
  drivers: PlausibilityDriver[];
}

export interface Plausibility {
  structural: PlausibilityCheck;
  total: PlausibilityCheck;
  /** True when both checks are within the band (or cannot be made). */
  plausible: boolean;
}

function roundCent(value: number): Cents {
  const rounded = Math.round(Math.abs(value));
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

function perCapita(amountCents: Cents, profile: Profile): PerCapitaAmount {
  return {
    amountCents,
    perInhabitantCents: profile.inhabitants > 0 ? roundCent(amountCents / profile.inhabitants) : 0,
    perEmployeeCents: profile.employees > 0 ? roundCent(amountCents / profile.employees) : 0,
  };
}

/** Amount per line for the measure: structural rows in `year`, or exploitation over all years. */
function amountsByLine(
  rows: readonly ResultRow[],
  measure: PlausibilityMeasure,
  years: readonly number[],
): Map<string, Cents> {
  const out = new Map<string, Cents>();
  for (const row of rows) {
    if (measure === 'structural' ? row.category !== 'structural' : row.category === 'investment') continue;
    let sum = out.get(row.lineId) ?? 0;
    for (const y of years) sum += row.amounts[y] ?? 0;
    out.set(row.lineId, sum);
  }
  return out;
}

function check(
  measure: PlausibilityMeasure,
  input: CalculationInput,
  own: CalculationResult,
  model: CalculationResult,
  band: PlausibilityBand,
  maxDrivers: number,
): PlausibilityCheck {
  const lastYear = own.years[own.years.length - 1];
  const years = measure === 'structural' ? (lastYear === undefined ? [] : [lastYear]) : own.years;
  const sum = (r: CalculationResult) =>
    years.reduce((s, y) => s + ((measure === 'structural' ? r.totals.structural[y] : r.totals.total[y]) ?? 0), 0);
  const ownAmount = sum(own);
  const modelAmount = sum(model);
  const ownInh = input.profile.inhabitants;
  const modelInh = input.modelProfile.inhabitants;
  // (own / ownInh) ÷ (model / modelInh), as one division of products.
  const ratio =
    modelAmount !== 0 && ownInh > 0 && modelInh > 0 ? (ownAmount * modelInh) / (modelAmount * ownInh) : null;
  const [min, max] =
    measure === 'structural' ? [band.structuralMin, band.structuralMax] : [band.totalMin, band.totalMax];
  const status = ratio === null ? null : ratio < min ? 'low' : ratio > max ? 'high' : 'within';

  let drivers: PlausibilityDriver[] = [];
  if (status === 'low' || status === 'high') {
    const ownLines = amountsByLine(own.rows, measure, years);
    const modelLines = amountsByLine(model.rows, measure, years);
    const descriptions = new Map(input.lines.map((l) => [l.id, l.description]));
    const ids = new Set([...ownLines.keys(), ...modelLines.keys()]);
    // A line pushes the ratio up when its share per inhabitant exceeds (model share × band edge):
    // rank by own − model per inhabitant, in the direction of the deviation.
    const candidates = [...ids].map((lineId) => {
      const ownPer = ownInh > 0 ? (ownLines.get(lineId) ?? 0) / ownInh : 0;
      const modelPer = modelInh > 0 ? (modelLines.get(lineId) ?? 0) / modelInh : 0;
      return { lineId, ownPer, modelPer, diff: ownPer - modelPer };
    });
    const sign = status === 'high' ? 1 : -1;
    drivers = candidates
      .filter((c) => sign * c.diff > 0)
      .sort((a, b) => sign * (b.diff - a.diff) || (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0))
      .slice(0, maxDrivers)
      .map((c) => ({
        lineId: c.lineId,
        description: descriptions.get(c.lineId) ?? c.lineId,
        ownPerInhabitantCents: roundCent(c.ownPer),
        modelPerInhabitantCents: roundCent(c.modelPer),
        differenceCents: roundCent(c.diff),
      }));
  }
  return {
    measure,
    year: measure === 'structural' ? (lastYear ?? null) : null,
    own: perCapita(ownAmount, input.profile),
    model: perCapita(modelAmount, input.modelProfile),
    ratio,
    min,
    max,
    status,
    drivers,
  };
}

/**
 * Plausibility of a budget against the Modelgemeente's own figures (ADR 0011): the same input
 * computed for the model profile, structural cost per inhabitant in the last year and the total
 * over the horizon per inhabitant, each with its ratio to the model and, outside the band, the
 * lines that drive the deviation. Pure; runs the engine once more for the model profile.
 */
export function plausibility(
  input: CalculationInput,
  result: CalculationResult = calculate(input),
  options: { band?: PlausibilityBand; maxDrivers?: number } = {},
): Plausibility {
  const band = options.band ?? PLAUSIBLE_BAND;
  const maxDrivers = options.maxDrivers ?? 3;
  const model = calculate({ ...input, profile: input.modelProfile });
  const structural = check('structural', input, result, model, band, maxDrivers);
  const total = check('total', input, result, model, band, maxDrivers);
  return {
    structural,
    total,
    plausible:
      structural.status !== 'low' && structural.status !== 'high' && total.status !== 'low' && total.status !== 'high',
  };
}
