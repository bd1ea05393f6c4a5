/**
 * nl-NL number formatting for trace texts, written out by hand so the output does not depend on
 * the ICU data of the runtime: thousands '.', decimals ','. Display only — never used in maths.
 */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Fixed number of decimals: formatNumber(43673) → "43.673", formatNumber(6.98768, 2) → "6,99". */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** Up to maxDecimals, trailing zeros dropped: 1.33 → "1,33", 1 → "1", 0.8 → "0,8". */
export function formatNumberShort(value: number, maxDecimals = 2): string {
  const text = formatNumber(value, maxDecimals);
  return text.includes(',') ? text.replace(/,?0+$/, '') : text;
}

/** Whole euros from cents: 1_585_500 → "€ 15.855". */
export function formatEuro(cents: number): string {
  return `€ ${formatNumber(cents / 100, 0)}`;
}

/**
 * A signed difference in whole euros, so a change reads without colour: "+€ 1.234", "−€ 567"
 * (U+2212 minus), "€ 0" (a difference that rounds to 0 euros has no sign).
 */
export function formatEuroDelta(cents: number): string {
  const text = formatEuro(Math.abs(cents));
  if (text === '€ 0') return text;
  return `${cents > 0 ? '+' : '−'}${text}`;
}

/** Euros and cents, always two decimals: 123_456 → "€ 1.234,56", 5 → "€ 0,05" (fractions of a cent rounded away). */
export function formatEuroCents(cents: number): string {
  return `€ ${formatNumber((Math.sign(cents) * Math.round(Math.abs(cents))) / 100, 2)}`;
}

/** Euros with cents when there are any: 1_585_508 → "€ 15.855,08", 500_000 → "€ 5.000". */
export function formatEuroExact(cents: number): string {
  const whole = Math.round(cents);
  return whole % 100 === 0 ? formatEuro(whole) : `€ ${formatNumber(whole / 100, 2)}`;
}

/** Percentages: 33 → "33 %", 2.5 → "2,5 %". */
export function formatPct(pct: number): string {
  return `${formatNumberShort(pct, 3)} %`;
}
