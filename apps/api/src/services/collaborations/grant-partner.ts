import { and, eq } from 'drizzle-orm';
import { collaborationMembers, collaborations, organisations } from '@app/db';
import type { CollaborationDetail, PartnerGrant } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { loadOwnMember } from './collaboration-records.ts';
import { getCollaboration } from './get-collaboration.ts';

/**
 * The host grants a member's own organisation the partner role: that organisation may then read
 * this member's contribution (GET /api/partner-contributions), nothing else of the host. Audited in
 * the host's trail; one organisation is partner for at most one member of a collaboration.
 */
export async function grantPartner(
  scope: RequestScope,
  collaborationId: string,
  memberId: string,
  body: PartnerGrant,
): Promise<CollaborationDetail> {
  const { record, member } = await loadOwnMember(scope.db, scope.organisationId, collaborationId, memberId);
  await scope.db.transaction(async (tx) => {
    // Grants of one collaboration run one after another, so "already partner for another member"
    // is checked against the committed state (parallel grants gave one organisation several members).
    await tx
      .select({ id: collaborations.id })
      .from(collaborations)
      .where(eq(collaborations.id, record.collaboration.id))
      .for('update');
    const [partner] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, body.organisationSlug));
    if (!partner)
      throw invalidField('body.organisationSlug', `is geen organisatie in deze omgeving (${body.organisationSlug})`);
    if (partner.id === scope.organisationId)
      throw invalidField('body.organisationSlug', 'is de gastorganisatie zelf; die ziet de hele samenwerking al');
    const [taken] = await tx
      .select({ id: collaborationMembers.id, name: collaborationMembers.name })
      .from(collaborationMembers)
      .where(
        and(
          eq(collaborationMembers.collaborationId, record.collaboration.id),
          eq(collaborationMembers.partnerOrganisationId, partner.id),
        ),
      );
    if (taken && taken.id !== member.id)
      throw invalidField('body.organisationSlug', `is al partner voor deelnemer ${taken.name}`);
    await tx
      .update(collaborationMembers)
      .set({ partnerOrganisationId: partner.id, partnerGrantedAt: new Date() })
      .where(eq(collaborationMembers.id, member.id));
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'collaboration-partner',
      entityId: member.id,
      action: 'grant',
      before: member.partnerOrganisationId ? { partnerOrganisationId: member.partnerOrganisationId } : null,
      after: { collaboration: record.collaboration.name, member: member.name, partnerOrganisation: partner.name },
    });
  });
  return getCollaboration(scope, collaborationId);
}
