/*
 * How people type municipality names. The CBS list spells names officially ('s-Gravenhage,
 * Súdwest-Fryslân); people type "Den Haag", "sudwest fryslan" or the Dutch name of a Frisian
 * municipality. Matching compares folded keys (no accents, case, hyphens, apostrophes or spaces)
 * of the official name and of its common names.
 */

/**
 * Common names beside the official CBS name, keyed by CBS code (stable across renames of the
 * display name). Frisian municipalities with an official Frisian name keep their Dutch name here
 * and vice versa (Provinsje Fryslân, "Nammen fan gemeenten"; CBS Gemeentelijke indeling 2026).
 */
const COMMON_NAMES: Readonly<Record<string, readonly string[]>> = {
  GM0518: ['Den Haag', 'The Hague'],
  GM0796: ['Den Bosch'],
  GM1900: ['Zuidwest-Friesland', 'Sudwest Fryslan'],
  GM1970: ['Noordoost-Friesland'],
  GM1940: ['Friese Meren'],
  GM0737: ['Tietjerksteradeel'],
  GM1891: ['Dantumadeel'],
  GM0080: ['Ljouwert'],
  GM0072: ['Harns'],
  GM0074: ['It Hearrenfean'],
  GM0093: ['Skylge'],
  GM0096: ['Flylân'],
  GM0060: ['It Amelân'],
  GM0088: ['Skiermûntseach'],
  GM0090: ['Smellingerlân'],
  GM0086: ['Opsterlân'],
  GM0085: ['Eaststellingwerf'],
  GM0098: ['Weststellingwarf'],
};

/** Folds a name to its search key: "'s-Gravenhage" → "sgravenhage", "Súdwest-Fryslân" → "sudwestfryslan". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface NameMatch {
  /** 0 exact name or code, 1 a name starts with the query, 2 a name contains it. */
  rank: 0 | 1 | 2;
}

/** How well `query` matches a municipality by its official name, common names or CBS code; undefined: not at all. */
export function matchMunicipality(
  query: string,
  municipality: { cbsCode: string; name: string },
): NameMatch | undefined {
  const key = searchKey(query);
  if (!key) return undefined;
  const code = municipality.cbsCode.toLowerCase();
  if (code === key) return { rank: 0 };
  const names = [municipality.name, ...(COMMON_NAMES[municipality.cbsCode] ?? [])].map(searchKey);
  if (names.includes(key)) return { rank: 0 };
  if (names.some((name) => name.startsWith(key)) || code.startsWith(key)) return { rank: 1 };
  if (names.some((name) => name.includes(key))) return { rank: 2 };
  return undefined;
}
