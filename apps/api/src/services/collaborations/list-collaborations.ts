import { asc, eq, inArray } from 'drizzle-orm';
import { budgets, collaborationMembers, collaborations, organisations } from '@app/db';
import type { CollaborationSummary } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { familyColumns, toSummary } from './collaboration-records.ts';

/** The collaborations the caller's organisation hosts, by name. */
export async function listCollaborations(scope: RequestScope): Promise<CollaborationSummary[]> {
  const { db, organisationId } = scope;
  const rows = await db
    .select({ collaboration: collaborations, hostName: organisations.name })
    .from(collaborations)
    .innerJoin(organisations, eq(organisations.id, collaborations.organisationId))
    .where(eq(collaborations.organisationId, organisationId))
    .orderBy(asc(collaborations.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.collaboration.id);
  const families = rows.map((r) => r.collaboration.budgetFamilyId).filter((f): f is string => f !== null);
  const [members, family] = await Promise.all([
    db
      .select()
      .from(collaborationMembers)
      .where(inArray(collaborationMembers.collaborationId, ids))
      .orderBy(asc(collaborationMembers.position)),
    families.length === 0
      ? Promise.resolve([])
      : db
          .select({ ...familyColumns, familyId: budgets.familyId, organisationId: budgets.organisationId })
          .from(budgets)
          .where(inArray(budgets.familyId, families))
          .orderBy(asc(budgets.createdAt), asc(budgets.id)),
  ]);
  return rows.map((r) =>
    toSummary(
      {
        collaboration: r.collaboration,
        hostName: r.hostName,
        members: members.filter((m) => m.collaborationId === r.collaboration.id),
      },
      family.filter((b) => b.familyId === r.collaboration.budgetFamilyId && b.organisationId === organisationId),
    ),
  );
}
