import { eq } from 'drizzle-orm';
import { collaborationMembers } from '@app/db';
import type { CollaborationDetail } from '@app/schemas';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { loadOwnMember } from './collaboration-records.ts';
import { getCollaboration } from './get-collaboration.ts';

/** Withdraws the partner role of a member's organisation (idempotent), audited. */
export async function revokePartner(
  scope: RequestScope,
  collaborationId: string,
  memberId: string,
): Promise<CollaborationDetail> {
  const { record, member } = await loadOwnMember(scope.db, scope.organisationId, collaborationId, memberId);
  if (member.partnerOrganisationId) {
    await scope.db.transaction(async (tx) => {
      await tx
        .update(collaborationMembers)
        .set({ partnerOrganisationId: null, partnerGrantedAt: null })
        .where(eq(collaborationMembers.id, member.id));
      await recordAudit(tx, {
        ...actorOf(scope),
        entity: 'collaboration-partner',
        entityId: member.id,
        action: 'revoke',
        before: {
          member: member.name,
          partnerOrganisation: record.partnerNames?.get(member.partnerOrganisationId!) ?? member.partnerOrganisationId,
        },
        after: null,
      });
    });
  }
  return getCollaboration(scope, collaborationId);
}
