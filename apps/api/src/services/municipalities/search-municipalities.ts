import { asc } from 'drizzle-orm';
import { municipalities, type MunicipalityRow } from '@app/db';
import type { Municipality, MunicipalityQuery } from '@app/schemas';
import { matchMunicipality, type NameMatch } from './municipality-names.ts';
import type { PublicScope } from '../request-scope.ts';
import { suggestionBasis, toMunicipality } from './municipality-view.ts';

/**
 * Type-ahead over the official name, common names ('s-Gravenhage ↔ Den Haag) and the CBS code,
 * ignoring accents, case, hyphens and apostrophes; exact matches first, then prefixes, then the rest.
 * The list is 342 rows, so matching in memory is simpler and as fast as a folded-text index.
 */
export async function searchMunicipalities(scope: PublicScope, query: MunicipalityQuery): Promise<Municipality[]> {
  const { db, cache } = scope;
  const basis = await suggestionBasis(db, cache);
  const q = query.q?.trim() ?? '';
  const rows = await db.select().from(municipalities).orderBy(asc(municipalities.name));
  const found = q
    ? rows
        .map((row) => ({ row, match: matchMunicipality(q, row) }))
        .filter((hit): hit is { row: MunicipalityRow; match: NameMatch } => hit.match !== undefined)
        .sort((a, b) => a.match.rank - b.match.rank)
        .map((hit) => hit.row)
    : rows;
  return found.slice(0, query.limit).map((row) => toMunicipality(row, basis));
}
