import { eq } from 'drizzle-orm';
import { municipalities, type Db, type MunicipalityRow } from '@app/db';

/** The CBS row of a municipality code (any case), for the services that rescale to it. */
export async function findMunicipality(db: Db, cbsCode: string): Promise<MunicipalityRow | undefined> {
  const [row] = await db
    .select()
    .from(municipalities)
    .where(eq(municipalities.cbsCode, cbsCode.toUpperCase()))
    .limit(1);
  return row;
}
