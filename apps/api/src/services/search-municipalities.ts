import { asc, eq } from 'drizzle-orm';
import { municipalities, suggestProfile, toModelProfile, type Db, type MunicipalityRow } from '@app/db';
import type { Profile } from '@app/engine';
import type { Municipality, MunicipalityQuery } from '@app/schemas';
import { notFound } from '../errors.ts';
import { matchMunicipality, type NameMatch } from './municipality-names.ts';
import type { ReferenceCache } from './reference-cache.ts';

/** The current edition's model profile: its staff and departments per inhabitant give the suggestions. */
async function currentModelProfile(db: Db, cache: ReferenceCache): Promise<Profile> {
  return toModelProfile((await cache.edition(db, await cache.resolveEditionId(db, undefined))).edition);
}

function toMunicipality(row: MunicipalityRow, model: Profile): Municipality {
  const suggested = suggestProfile(row.inhabitants, model);
  return {
    cbsCode: row.cbsCode,
    name: row.name,
    province: row.province,
    inhabitants: row.inhabitants,
    referenceDate: row.referenceDate,
    source: row.source,
    suggestedEmployees: suggested.employees,
    suggestedDepartments: suggested.departments,
  };
}

/**
 * Type-ahead over the official name, common names ('s-Gravenhage ↔ Den Haag) and the CBS code,
 * ignoring accents, case, hyphens and apostrophes; exact matches first, then prefixes, then the rest.
 * The list is 342 rows, so matching in memory is simpler and as fast as a folded-text index.
 */
export async function searchMunicipalities(db: Db, cache: ReferenceCache, query: MunicipalityQuery): Promise<Municipality[]> {
  const model = await currentModelProfile(db, cache);
  const q = query.q?.trim() ?? '';
  const rows = await db.select().from(municipalities).orderBy(asc(municipalities.name));
  const found = q
    ? rows
        .map((row) => ({ row, match: matchMunicipality(q, row) }))
        .filter((hit): hit is { row: MunicipalityRow; match: NameMatch } => hit.match !== undefined)
        .sort((a, b) => a.match.rank - b.match.rank)
        .map((hit) => hit.row)
    : rows;
  return found.slice(0, query.limit).map((row) => toMunicipality(row, model));
}

export async function findMunicipality(db: Db, cbsCode: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, cbsCode.toUpperCase())).limit(1);
  return row;
}

export async function getMunicipality(db: Db, cache: ReferenceCache, cbsCode: string): Promise<Municipality> {
  const row = await findMunicipality(db, cbsCode);
  if (!row) throw notFound(`Gemeente ${cbsCode}`);
  return toMunicipality(row, await currentModelProfile(db, cache));
}
