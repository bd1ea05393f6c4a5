import {
  formatEuro as engineFormatEuro,
  formatEuroCents as engineFormatEuroCents,
  formatEuroDelta as engineFormatEuroDelta,
} from '@app/engine';
import { parseDutchNumber } from '@app/schemas';
/**
 * The one place the web app turns numbers into Dutch text and back. Money arrives as integer cents;
 * grids show whole euros (`€ 1.234`), detail views may show cents (`€ 1.234,56`).
 */

const LOCALE = 'nl-NL';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dateLong = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

// Amounts use the engine's nl-NL formatters (packages/engine/src/format.ts), the same text the
// trace, the exports and the API write; on screen "€" keeps a no-break space to its amount.

/** Integer cents → `€ 1.234` (whole euros, half away from zero). */
export function formatEuro(cents: number): string {
  return noBreakEuro(engineFormatEuro(cents));
}

/** Integer cents → `€ 1.234,56`. */
export function formatEuroCents(cents: number): string {
  return noBreakEuro(engineFormatEuroCents(cents));
}

/** Signed difference, so a change reads without colour: `+€ 1.234`, `−€ 567`, `€ 0`. */
export function formatEuroDelta(cents: number): string {
  return noBreakEuro(engineFormatEuroDelta(cents));
}

/** Cents → whole euros, rounding half away from zero (as the engine does). */
export function centsToEuros(cents: number): number {
  const euros = Math.sign(cents) * Math.round(Math.abs(cents) / 100);
  return euros === 0 ? 0 : euros;
}

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** A count with its noun in the right number: countText(1, 'afdeling', 'afdelingen') → "1 afdeling". */
export function countText(value: number, singular: string, plural: string): string {
  return `${formatInteger(value)} ${value === 1 ? singular : plural}`;
}

/** A number with up to `digits` decimals: 0,43 or 6,9. */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits }).format(value);
}

/** A percentage given as a number of percent (33 → `33 %`). */
export function formatPercent(percent: number, digits = 1): string {
  return `${formatDecimal(percent, digits)} %`;
}

/** ISO date (2026-01-01) → `1 januari 2026`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateLong.format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** One reader of Dutch number input for forms and imports (see @app/schemas dutch-number.ts). */
export { parseDutchNumber };

/** Euro input text → integer cents, or null when it is not a number. */
export function parseEurosToCents(text: string): number | null {
  const euros = parseDutchNumber(text);
  return euros === null ? null : Math.round(euros * 100);
}

/** A number → the text an input starts with: decimal comma, no thousands separators (`1234,5`); '' for none. */
export function numberToInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace('.', ',');
}

/** Cents → the text an amount input starts with (`1234,5` style without thousands separators). */
export function centsToInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return numberToInput(cents / 100);
}

/** Ratio own/model as text: 0,44 ×. */
export function formatRatio(ratio: number): string {
  return `${formatDecimal(ratio, 2)} ×`;
}

/** Texts built by the engine and schemas write `€ 1.234` with a normal space; on screen "€" must not wrap away from its amount. */
export function noBreakEuro(text: string): string {
  return text.replace(/€ /g, '€\u00a0');
}
