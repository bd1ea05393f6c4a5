import { centsToInput, parseEurosToCents } from '../../lib/format.ts';

// Salary scales and rates are pasted or typed as text, one row per line, so a table copied from
// the cao (or a spreadsheet: tab-separated) can be entered in one go.

export interface ParseResult<T> {
  value: T;
  errors: string[];
}

const splitKey = (line: string) => {
  const match = /^\s*([^:\t]+?)\s*(?::|\t)\s*(.*)$/.exec(line);
  return match ? { key: match[1]!, rest: match[2]! } : null;
};

/** `10: 5.500,00; 6.000,00` (or tab-separated) → { '10': [550000, 600000] }. */
export function parseScales(text: string): ParseResult<Record<string, number[]>> {
  const value: Record<string, number[]> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = splitKey(line);
    if (!parsed) {
      errors.push(`regel ${index + 1}: schrijf "schaal: bedrag; bedrag"`);
      return;
    }
    const steps = parsed.rest
      .split(/[;\t]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map(parseEurosToCents);
    if (steps.length === 0 || steps.some((c) => c === null || c < 0)) {
      errors.push(`regel ${index + 1} (schaal ${parsed.key}): bedragen in euro's, gescheiden door puntkomma's`);
      return;
    }
    value[parsed.key] = steps as number[];
  });
  if (Object.keys(value).length === 0 && errors.length === 0) errors.push('geef minstens één schaal');
  return { value, errors };
}

export function formatScales(scales: Record<string, number[]>): string {
  return Object.entries(scales)
    .map(([scale, steps]) => `${scale}: ${steps.map((c) => centsToInput(c)).join('; ')}`)
    .join('\n');
}

/** `medior: 105` → { medior: 10500 }. */
export function parseRates(text: string): ParseResult<Record<string, number>> {
  const value: Record<string, number> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = splitKey(line);
    const cents = parsed ? parseEurosToCents(parsed.rest.replace(/\/\s*u(ur)?$/i, '')) : null;
    if (!parsed || cents === null || cents < 0) {
      errors.push(`regel ${index + 1}: schrijf "rol: uurtarief in euro's"`);
      return;
    }
    value[parsed.key] = cents;
  });
  if (Object.keys(value).length === 0 && errors.length === 0) errors.push('geef minstens één rol');
  return { value, errors };
}

export function formatRates(rates: Record<string, number>): string {
  return Object.entries(rates)
    .map(([role, cents]) => `${role}: ${centsToInput(cents)}`)
    .join('\n');
}
