import { orgUnits } from '@app/db';
import type { OrgUnit } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertNameFree } from './org-unit-name.ts';

/** A new unit of the caller's organisation, audited. */
export async function createOrgUnit(scope: RequestScope, name: string): Promise<OrgUnit> {
  const { db, organisationId, userId } = scope;
  await assertNameFree(db, organisationId, name);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(orgUnits)
      .values({ organisationId, name })
      .returning({ id: orgUnits.id, name: orgUnits.name });
    if (!row) throw new Error('inserting the org unit returned no row');
    await recordAudit(tx, {
      organisationId,
      userId,
      entity: 'org_unit',
      entityId: row.id,
      action: 'create',
      after: { name },
    });
    return row;
  });
}
