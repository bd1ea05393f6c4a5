import { and, eq } from 'drizzle-orm';
import { orgUnits } from '@app/db';
import type { OrgUnit } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertNameFree } from './org-unit-name.ts';

/** A new name for a unit of the caller's organisation, audited. */
export async function renameOrgUnit(scope: RequestScope, id: string, name: string): Promise<OrgUnit> {
  const { db, organisationId, userId } = scope;
  if (!isUuid(id)) throw notFound('Organisatie-eenheid');
  await assertNameFree(db, organisationId, name, id);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, id), eq(orgUnits.organisationId, organisationId)));
    const [row] = await tx
      .update(orgUnits)
      .set({ name })
      .where(and(eq(orgUnits.id, id), eq(orgUnits.organisationId, organisationId)))
      .returning({ id: orgUnits.id, name: orgUnits.name });
    if (!row || !before) throw notFound('Organisatie-eenheid');
    await recordAudit(tx, {
      organisationId,
      userId,
      entity: 'org_unit',
      entityId: id,
      action: 'update',
      before,
      after: { name },
    });
    return row;
  });
}
