import { asc, eq } from 'drizzle-orm';
import { collaborationMembers, collaborations, organisations } from '@app/db';
import type { PartnerContribution } from '@app/schemas';
import { keyText } from '@app/export';
import type { RequestScope } from '../request-scope.ts';
import { currentBase, familyBudgets } from './collaboration-records.ts';
import { computeAllocationOf, loadSharedBudget } from './compute-allocation.ts';

/**
 * What the caller's organisation sees as a partner (a member organisation granted the role by the
 * host): per collaboration its own member's contribution and alone vs together on the host's current
 * shared budget. The host's data is read here on the host's behalf, and only this member's figures
 * leave: no other member's share, no budget lines, no host audit.
 */
export async function listPartnerContributions(scope: RequestScope): Promise<PartnerContribution[]> {
  const { db, cache, organisationId } = scope;
  const rows = await db
    .select({ member: collaborationMembers, collaboration: collaborations, hostName: organisations.name })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .innerJoin(organisations, eq(organisations.id, collaborations.organisationId))
    .where(eq(collaborationMembers.partnerOrganisationId, organisationId))
    .orderBy(asc(collaborations.name));
  const out: PartnerContribution[] = [];
  for (const { member, collaboration, hostName } of rows) {
    const host = collaboration.organisationId;
    const base = currentBase(await familyBudgets(db, host, collaboration.budgetFamilyId));
    if (!base) continue;
    const shared = await loadSharedBudget(db, cache, host, collaboration.id, base.id);
    const { response } = computeAllocationOf(shared);
    const index = response.contributions.findIndex((c) => c.memberId === member.id);
    const contribution = response.contributions[index];
    const aloneTogether = response.aloneTogether[index];
    if (!contribution || !aloneTogether) continue;
    out.push({
      collaborationId: collaboration.id,
      collaborationName: collaboration.name,
      hostName,
      form: collaboration.form,
      keyValidFrom: collaboration.keyValidFrom,
      keyValidTo: collaboration.keyValidTo,
      memberId: member.id,
      memberName: member.name,
      budget: {
        id: base.id,
        name: base.name,
        status: base.status,
        version: base.version,
        updatedAt: shared.aggregate.budget.updatedAt.toISOString(),
      },
      years: response.years,
      keyText: keyText(shared.keys.defaultKey, shared.members),
      remainderRule: response.remainderRule,
      contribution,
      aloneTogether,
    });
  }
  return out;
}
