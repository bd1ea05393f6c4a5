import { and, eq } from 'drizzle-orm';
import { orgUnits, type Db } from '@app/db';
import { AppError } from '../../errors.ts';

/** Unit names are unique within an organisation: 409 naming body.name (a rename may keep its own). */
export async function assertNameFree(db: Db, organisationId: string, name: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.organisationId, organisationId), eq(orgUnits.name, name)));
  if (clash && clash.id !== exceptId) {
    throw new AppError('CONFLICT', `Er bestaat al een organisatie-eenheid met de naam "${name}".`, {
      fields: [{ path: 'body.name', message: 'is al in gebruik' }],
    });
  }
}
