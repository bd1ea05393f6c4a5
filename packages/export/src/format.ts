import { formatEuro, formatEuroDelta, formatEuroExact, formatNumberShort, formatPct } from '@app/engine';

/**
 * nl-NL formatting for the exports: the engine's ICU-independent formatters (packages/engine
 * format.ts), so the trace, the PDF and the workbook write amounts the same way, identically on
 * every runtime. Only the date helpers are the exports' own.
 */
export { formatEuro, formatEuroDelta, formatEuroExact };

/** Dutch decimal: `1.234,5` with at most `maxDecimals` decimals (trailing zeros dropped). */
export const formatNumber = (value: number, maxDecimals = 2): string => formatNumberShort(value, maxDecimals);

/** Percent with Dutch decimal comma: `2,5 %`. */
export function formatPercent(pct: number): string {
  return formatPct(pct);
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
