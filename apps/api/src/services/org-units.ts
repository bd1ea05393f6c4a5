import { and, asc, eq } from 'drizzle-orm';
import { orgUnits, type Db } from '@app/db';
import type { OrgUnit } from '@app/schemas';
import { AppError, notFound } from '../errors.ts';
import { isUuid } from './ids.ts';

// Org units are small and have four one-line use cases; they share this file.

export async function listOrgUnits(db: Db, organisationId: string): Promise<OrgUnit[]> {
  return db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.organisationId, organisationId)).orderBy(asc(orgUnits.name));
}

async function assertNameFree(db: Db, organisationId: string, name: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.organisationId, organisationId), eq(orgUnits.name, name)));
  if (clash && clash.id !== exceptId) {
    throw new AppError('CONFLICT', `Er bestaat al een organisatie-eenheid met de naam "${name}".`, { fields: [{ path: 'body.name', message: 'is al in gebruik' }] });
  }
}

export async function createOrgUnit(db: Db, organisationId: string, name: string): Promise<OrgUnit> {
  await assertNameFree(db, organisationId, name);
  const [row] = await db.insert(orgUnits).values({ organisationId, name }).returning({ id: orgUnits.id, name: orgUnits.name });
  if (!row) throw new Error('inserting the org unit returned no row');
  return row;
}

export async function renameOrgUnit(db: Db, organisationId: string, id: string, name: string): Promise<OrgUnit> {
  if (!isUuid(id)) throw notFound('Organisatie-eenheid');
  await assertNameFree(db, organisationId, name, id);
  const [row] = await db
    .update(orgUnits)
    .set({ name })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.organisationId, organisationId)))
    .returning({ id: orgUnits.id, name: orgUnits.name });
  if (!row) throw notFound('Organisatie-eenheid');
  return row;
}

/** Developments it owned keep running without an owner (the foreign key sets null). */
export async function deleteOrgUnit(db: Db, organisationId: string, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('Organisatie-eenheid');
  const deleted = await db
    .delete(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.organisationId, organisationId)))
    .returning({ id: orgUnits.id });
  if (deleted.length === 0) throw notFound('Organisatie-eenheid');
}
