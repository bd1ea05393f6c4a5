import type { RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { assumptionDefaults } from '@app/db';
import type { OrganisationDefaults } from '@app/schemas';
import { recordAudit } from '../audit/record-audit.ts';
import { toDefaultValues } from '../engine-input/mappers.ts';
import { findDefaultsRow, toOrganisationDefaults } from './organisation-defaults-records.ts';

/**
 * Back to the shipped (platform) defaults: the organisation's own row goes, so the organisation
 * follows the global row again, derived parts included. Audited with the values it had.
 * Without an own row there is nothing to undo: the answer is the same.
 */
export async function resetOrganisationDefaults(scope: RequestScope): Promise<OrganisationDefaults> {
  const { db, cache, organisationId, userId } = scope;
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(assumptionDefaults)
      .where(eq(assumptionDefaults.organisationId, organisationId))
      .returning();
    if (!removed) return;
    await recordAudit(tx, {
      organisationId,
      userId,
      entity: 'assumption_defaults',
      entityId: removed.id,
      action: 'reset',
      before: { values: toDefaultValues(removed), sources: removed.sources },
    });
  });
  cache.invalidate();
  return toOrganisationDefaults(await findDefaultsRow(db, organisationId));
}
