import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  budgets,
  collaborationMembers,
  collaborations,
  organisations,
  type AllocationMemberFigures,
  type CollaborationMemberRow,
  type CollaborationRow,
  type Db,
} from '@app/db';
import type { AllocationMember } from '@app/engine';
import type { CollaborationDetail, CollaborationSummary } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';

/** A collaboration of the caller's organisation (the host), with its members in member order. */
export interface CollaborationRecord {
  collaboration: CollaborationRow;
  members: CollaborationMemberRow[];
  hostName: string;
  /** Partner organisation id → name (only the name crosses to the host). */
  partnerNames?: Map<string, string>;
}

/** Another organisation's collaboration is simply not found (same answer as an unknown id). */
export async function loadOwnCollaboration(db: Db, organisationId: string, id: string): Promise<CollaborationRecord> {
  if (!isUuid(id)) throw notFound('Samenwerking');
  const [row] = await db
    .select({ collaboration: collaborations, hostName: organisations.name })
    .from(collaborations)
    .innerJoin(organisations, eq(organisations.id, collaborations.organisationId))
    .where(and(eq(collaborations.id, id), eq(collaborations.organisationId, organisationId)));
  if (!row) throw notFound('Samenwerking');
  const members = await db
    .select()
    .from(collaborationMembers)
    .where(eq(collaborationMembers.collaborationId, id))
    .orderBy(asc(collaborationMembers.position));
  const partnerIds = members.map((m) => m.partnerOrganisationId).filter((p): p is string => p !== null);
  const partners = partnerIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, partnerIds))
    : [];
  return {
    collaboration: row.collaboration,
    members,
    hostName: row.hostName,
    partnerNames: new Map(partners.map((p) => [p.id, p.name])),
  };
}

/** One member of the caller's collaboration (404 for an unknown member), with the collaboration. */
export async function loadOwnMember(
  db: Db,
  organisationId: string,
  collaborationId: string,
  memberId: string,
): Promise<{ record: CollaborationRecord; member: CollaborationMemberRow }> {
  const record = await loadOwnCollaboration(db, organisationId, collaborationId);
  // Ids from the address may be in upper case (a uuid is case-insensitive, as PostgreSQL compares it).
  const id = memberId.toLowerCase();
  const member = record.members.find((m) => m.id === id);
  if (!member) throw notFound('Deelnemer');
  return { record, member };
}

/** A budget id that is not of the collaboration's family is no shared budget of it: 404. */
export function assertSharedBudget(record: CollaborationRecord, budgetFamilyId: string | null): void {
  if (!record.collaboration.budgetFamilyId || budgetFamilyId !== record.collaboration.budgetFamilyId)
    throw notFound('Gezamenlijke begroting');
}

/** A member's dated figures as an allocation stores them. */
export function toMemberFigures(m: CollaborationMemberRow): AllocationMemberFigures {
  const { id: memberId, name, cbsCode, inhabitants, employees, departments, referenceDate } = m;
  return { memberId, name, cbsCode, inhabitants, employees, departments, referenceDate };
}

/** The figures stored with a shared budget's allocation, else the members' own (nothing stored yet). */
export function allocationFigures(
  stored: AllocationMemberFigures[] | undefined,
  record: CollaborationRecord,
): AllocationMemberFigures[] {
  return stored ?? record.members.map(toMemberFigures);
}

/** The members as the engine's allocation reads them. */
export function toEngineMembers(members: AllocationMemberFigures[]): AllocationMember[] {
  return members.map((m) => ({ id: m.memberId, name: m.name, inhabitants: m.inhabitants, employees: m.employees }));
}

/** What a collaboration shows of each budget of its family. */
export const familyColumns = {
  id: budgets.id,
  name: budgets.name,
  status: budgets.status,
  version: budgets.version,
  scenarioName: budgets.scenarioName,
  baseBudgetId: budgets.baseBudgetId,
  archivedAt: budgets.archivedAt,
  createdAt: budgets.createdAt,
};

/** The budgets of the shared budget's family (base, scenarios, versions), oldest first. */
export async function familyBudgets(db: Db, organisationId: string, familyId: string | null) {
  if (!familyId) return [];
  return db
    .select(familyColumns)
    .from(budgets)
    .where(and(eq(budgets.organisationId, organisationId), eq(budgets.familyId, familyId)))
    .orderBy(asc(budgets.createdAt), asc(budgets.id));
}

type FamilyRow = Awaited<ReturnType<typeof familyBudgets>>[number];

/** The family's current base: the newest base that is not archived (else the newest base). */
export function currentBase(rows: FamilyRow[]): FamilyRow | undefined {
  const bases = rows.filter((r) => r.baseBudgetId === null);
  return [...bases].reverse().find((r) => r.archivedAt === null) ?? bases.at(-1);
}

export function toSummary(record: CollaborationRecord, rows: FamilyRow[]): CollaborationSummary {
  const { collaboration, members, hostName } = record;
  return {
    id: collaboration.id,
    name: collaboration.name,
    form: collaboration.form,
    keyValidFrom: collaboration.keyValidFrom,
    keyValidTo: collaboration.keyValidTo,
    hostName,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    budgetId: currentBase(rows)?.id ?? null,
  };
}

export function toDetail(record: CollaborationRecord, rows: FamilyRow[]): CollaborationDetail {
  return {
    ...toSummary(record, rows),
    membersDetail: record.members.map((m) => ({
      id: m.id,
      position: m.position,
      cbsCode: m.cbsCode,
      name: m.name,
      inhabitants: m.inhabitants,
      employees: m.employees,
      departments: m.departments,
      referenceDate: m.referenceDate,
      source: m.source,
      partner:
        m.partnerOrganisationId && m.partnerGrantedAt
          ? {
              organisationName: record.partnerNames?.get(m.partnerOrganisationId) ?? '',
              grantedAt: m.partnerGrantedAt.toISOString(),
            }
          : null,
    })),
    budgets: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      version: r.version,
      scenarioName: r.scenarioName,
      baseBudgetId: r.baseBudgetId,
      archived: r.archivedAt !== null,
    })),
  };
}
