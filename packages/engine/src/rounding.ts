import type { Cents } from './types.ts';

/**
 * Binary floating point turns an exact half (e.g. 1.234,50 euro reached through a multiplication)
 * into 1.234,4999999…; anything within this many cents of the half counts as the half. Half a
 * millionth of a euro: the Excel export rounds to 6 decimals before rounding to euros
 * (ROUND(ROUND(x,6),0)), which is exactly this window, so workbook and engine agree on every half.
 */
const HALF_TOLERANCE_CENTS = 0.5e-4;

/**
 * Rounds an amount in cents (may be fractional) to whole euros, half away from zero.
 * Returns cents, always a multiple of 100 (never -0). E.g. 150 → 200, -150 → -200, 149 → 100.
 */
export function roundEuro(cents: number): Cents {
  const magnitude = Math.abs(cents);
  let euros = Math.floor(magnitude / 100);
  let rest = magnitude - euros * 100;
  // magnitude / 100 may round up to the next integer; the remainder then comes out negative.
  if (rest < 0) {
    euros -= 1;
    rest += 100;
  }
  if (rest >= 50 - HALF_TOLERANCE_CENTS) euros += 1;
  if (euros === 0) return 0;
  return (cents < 0 ? -euros : euros) * 100;
}

/**
 * Splits a whole-euro amount (cents, multiple of 100) into `parts` whole-euro parts that sum to
 * exactly the amount; the euros left over go one each to the first parts. E.g. € 10.001 over 3
 * years → € 3.334, € 3.334, € 3.333. Negative amounts split symmetrically.
 */
export function splitWholeEuros(cents: Cents, parts: number): Cents[] {
  const sign = cents < 0 ? -1 : 1;
  const euros = Math.round(Math.abs(cents) / 100);
  const share = Math.floor(euros / parts);
  const leftover = euros - share * parts;
  const result: Cents[] = new Array<Cents>(parts);
  for (let i = 0; i < parts; i++) {
    const value = (share + (i < leftover ? 1 : 0)) * 100;
    result[i] = value === 0 ? 0 : sign * value;
  }
  return result;
}
