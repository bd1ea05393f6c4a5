import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import { municipalities, suggestProfile, toModelProfile, type Db, type MunicipalityRow } from '@app/db';
import type { Profile } from '@app/engine';
import type { Municipality, MunicipalityQuery } from '@app/schemas';
import { notFound } from '../errors.ts';
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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Type-ahead: name contains q or the CBS code starts with it; exact and prefix matches first. */
export async function searchMunicipalities(db: Db, cache: ReferenceCache, query: MunicipalityQuery): Promise<Municipality[]> {
  const model = await currentModelProfile(db, cache);
  const q = query.q?.trim() ?? '';
  if (!q) {
    const rows = await db.select().from(municipalities).orderBy(asc(municipalities.name)).limit(query.limit);
    return rows.map((row) => toMunicipality(row, model));
  }
  const pattern = escapeLike(q);
  const rows = await db
    .select()
    .from(municipalities)
    .where(or(ilike(municipalities.name, `%${pattern}%`), ilike(municipalities.cbsCode, `${pattern}%`)))
    .orderBy(
      sql`case when lower(${municipalities.name}) = lower(${q}) or upper(${municipalities.cbsCode}) = upper(${q}) then 0
               when ${municipalities.name} ilike ${`${pattern}%`} then 1 else 2 end`,
      asc(municipalities.name),
    )
    .limit(query.limit);
  return rows.map((row) => toMunicipality(row, model));
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
