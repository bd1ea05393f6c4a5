import { asc, eq } from 'drizzle-orm';
import { orgUnits } from '@app/db';
import type { OrgUnit } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';

/** The organisation's units by name (also part of every budget detail). */
export async function listOrgUnits({
  db,
  organisationId,
}: Pick<RequestScope, 'db' | 'organisationId'>): Promise<OrgUnit[]> {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.organisationId, organisationId))
    .orderBy(asc(orgUnits.name));
}
