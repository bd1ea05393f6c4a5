import { formatNumber } from '@app/engine';

/**
 * Round axis steps for the charts (web dashboard and PDF alike): 1, 2 or 5 × 10^n, about five
 * gridlines from 0, and labels with the same unit and number of decimals on every tick, so an axis
 * reads € 0 / € 0,5 mln / € 1,0 mln / € 1,5 mln and never € 0 / € 24 / € 49 / € 73. Display only.
 */
export interface NiceAxis {
  step: number;
  /** The axis start: 0, or the first tick at or below a negative smallest value (a saving). */
  min: number;
  /** The axis end: the first tick at or above the largest value. */
  max: number;
  /** min, min + step, … max. */
  ticks: number[];
}

export function niceAxis(maxValue: number, targetTicks = 5, minValue = 0): NiceAxis {
  const bottom = Number.isFinite(minValue) ? Math.min(0, minValue) : 0;
  // Nothing to show (all zero, or not a number): a plain 0–1 axis.
  const top =
    Number.isFinite(maxValue) && Math.max(0, maxValue) > bottom ? Math.max(0, maxValue) : bottom === 0 ? 1 : 0;
  const range = top - bottom;
  const raw = range / Math.max(1, targetTicks);
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = clean(raw / pow);
  const step = clean((m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow);
  const from = Math.floor(clean(bottom / step));
  const to = Math.max(from + 1, Math.ceil(clean(top / step)));
  const ticks = Array.from({ length: to - from + 1 }, (_, k) => clean((from + k) * step));
  return { step, min: ticks[0] as number, max: ticks[ticks.length - 1] as number, ticks };
}

/** Removes floating-point noise (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Decimals that show a multiple of `step` exactly (step 0,5 → 1; step 20 → 0). */
function decimalsFor(step: number): number {
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-9) decimals++;
  return decimals;
}

/**
 * A tick label in euros: millions as "€ 1,5 mln" once the axis reaches a million, else whole euros
 * with thousands separators ("€ 250.000"), with cents only when the step needs them ("€ 2,50").
 */
export function axisEuroLabel(euros: number, axis: Pick<NiceAxis, 'step' | 'min' | 'max'>): string {
  if (euros === 0) return '€ 0';
  if (Math.max(axis.max, -axis.min) >= 1_000_000)
    return `€ ${formatNumber(euros / 1_000_000, decimalsFor(axis.step / 1_000_000))} mln`;
  const decimals = decimalsFor(axis.step);
  return `€ ${formatNumber(euros, decimals === 0 ? 0 : Math.max(2, decimals))}`;
}
