/** nl-NL formatting without depending on the runtime's ICU data, so output is identical everywhere. */

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Whole euros from cents: `€ 1.234`, `€ -1.234`. */
export function formatEuro(cents: number): string {
  // Half away from zero, like the engine (Math.round would turn -1,50 into -1).
  const euros = Math.round(Math.abs(cents) / 100);
  const sign = cents < 0 && euros !== 0 ? '-' : '';
  return `€ ${sign}${groupThousands(String(euros))}`;
}

/** Dutch decimal: `1.234,5` with at most `maxDecimals` decimals (trailing zeros dropped). */
export function formatNumber(value: number, maxDecimals = 2): string {
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const [int, frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(int!)}${trimmed ? ',' + trimmed : ''}`;
}

/** Percent with Dutch decimal comma: `2,5 %`. */
export function formatPercent(pct: number): string {
  return `${formatNumber(pct, 2)} %`;
}

/** `26-11-2026` from an ISO string or Date (UTC date part, so the output does not depend on the server's zone). */
export function formatDate(value: string | Date): string {
  const iso = typeof value === 'string' ? value : value.toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

export function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** Euros with cents only when there are any: `€ 5.000`, `€ 4,50`. */
export function formatEuroExact(cents: number): string {
  if (Number.isInteger(cents / 100)) return formatEuro(cents);
  const sign = cents < 0 ? '-' : '';
  return `€ ${sign}${formatNumber(Math.abs(cents) / 100, 2).replace(/,(\d)$/, ',$10')}`;
}
