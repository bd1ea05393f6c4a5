import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import { municipalities, suggestProfile, type Db, type MunicipalityRow } from '@app/db';
import type { Municipality, MunicipalityQuery } from '@app/schemas';
import { notFound } from '../errors.ts';

/** The model's ratios (1,000 staff and 40 departments per 100,000 inhabitants), as the contract fixes them. */
const MODEL_RATIO = { inhabitants: 100_000, employees: 1_000, departments: 40 };

export function toMunicipality(row: MunicipalityRow): Municipality {
  const suggested = suggestProfile(row.inhabitants, MODEL_RATIO);
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
export async function searchMunicipalities(db: Db, query: MunicipalityQuery): Promise<Municipality[]> {
  const q = query.q?.trim() ?? '';
  if (!q) {
    const rows = await db.select().from(municipalities).orderBy(asc(municipalities.name)).limit(query.limit);
    return rows.map(toMunicipality);
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
  return rows.map(toMunicipality);
}

export async function findMunicipality(db: Db, cbsCode: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, cbsCode.toUpperCase())).limit(1);
  return row;
}

export async function getMunicipality(db: Db, cbsCode: string): Promise<Municipality> {
  const row = await findMunicipality(db, cbsCode);
  if (!row) throw notFound(`Gemeente ${cbsCode}`);
  return toMunicipality(row);
}
