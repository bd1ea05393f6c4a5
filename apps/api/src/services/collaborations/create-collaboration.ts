import { and, eq, sql } from 'drizzle-orm';
import { budgetAllocations, collaborationMembers, collaborations } from '@app/db';
import { suggestProfile, type Profile } from '@app/engine';
import type { CollaborationCreate, CollaborationDetail } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { createBudget } from '../budgets/create-budget.ts';
import { toModelProfile } from '../engine-input/mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requestedEdition } from '../reference-data/reference-cache.ts';
import { onConnection, type RequestScope } from '../request-scope.ts';
import { findMunicipality } from '../municipalities/find-municipality.ts';
import { getCollaboration } from './get-collaboration.ts';
import { toMemberFigures } from './collaboration-records.ts';

const HAND_ENTERED = 'Handmatig ingevoerd';

/**
 * A collaboration hosted by the caller's organisation, its members (CBS municipalities with their
 * dated figures, or hand-entered profiles) and its shared budget: an ordinary budget of the host on
 * the members' summed profile (or the one entered), with the starting key. One transaction: a bad
 * member or a budget that does not compute leaves nothing behind.
 */
export async function createCollaboration(
  scope: RequestScope,
  body: CollaborationCreate,
): Promise<CollaborationDetail> {
  const { db, cache, organisationId, userId } = scope;
  const edition = await requestedEdition(db, cache, undefined);
  const model = toModelProfile(edition.edition);
  const ratios = await cache.staffRatios(db);

  const members = await Promise.all(
    body.members.map(async (input, i) => {
      if (!input.cbsCode) {
        return {
          cbsCode: null,
          name: input.name as string,
          inhabitants: input.inhabitants as number,
          employees: input.employees as number,
          departments: input.departments as number,
          referenceDate: null,
          source: HAND_ENTERED,
        };
      }
      const municipality = await findMunicipality(db, input.cbsCode);
      if (!municipality)
        throw invalidField(
          `body.members.${i}.cbsCode`,
          `is geen gemeente uit de CBS-lijst (${input.cbsCode}); laat de code weg en voer het profiel met de hand in`,
        );
      const inhabitants = input.inhabitants ?? municipality.inhabitants;
      const suggested: Profile = suggestProfile(inhabitants, model, ratios);
      return {
        cbsCode: municipality.cbsCode,
        name: input.name ?? municipality.name,
        inhabitants,
        employees: input.employees ?? suggested.employees,
        departments: input.departments ?? suggested.departments,
        referenceDate: input.inhabitants == null ? municipality.referenceDate : null,
        source: input.inhabitants == null ? municipality.source : HAND_ENTERED,
      };
    }),
  );
  const names = new Set<string>();
  members.forEach((m, i) => {
    if (names.has(m.name.toLowerCase()))
      throw invalidField(`body.members.${i}.name`, `deelnemer ${m.name} staat er twee keer in`);
    names.add(m.name.toLowerCase());
  });

  const sum = (key: 'inhabitants' | 'employees' | 'departments') => members.reduce((a, m) => a + m[key], 0);
  const profile = {
    name: body.budget.profile?.name ?? body.name,
    inhabitants: body.budget.profile?.inhabitants ?? sum('inhabitants'),
    employees: body.budget.profile?.employees ?? sum('employees'),
    departments: body.budget.profile?.departments ?? sum('departments'),
  };

  const id = await db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: collaborations.id })
      .from(collaborations)
      // Names differ in more than case (members are compared the same way): "BLNP" and "blnp" are one.
      .where(
        and(
          eq(collaborations.organisationId, organisationId),
          sql`lower(${collaborations.name}) = lower(${body.name})`,
        ),
      );
    if (taken) throw invalidField('body.name', `bestaat al: er is al een samenwerking "${body.name}"`);
    const [collaboration] = await tx
      .insert(collaborations)
      .values({
        organisationId,
        name: body.name,
        form: body.form,
        keyValidFrom: body.keyValidFrom,
        keyValidTo: body.keyValidTo ?? null,
      })
      .returning();
    if (!collaboration) throw new Error('inserting the collaboration returned no row');
    const memberRows = await tx
      .insert(collaborationMembers)
      .values(members.map((m, position) => ({ ...m, collaborationId: collaboration.id, position })))
      .returning();
    memberRows.sort((a, b) => a.position - b.position);

    const budget = await createBudget(onConnection(scope, tx), {
      name: body.budget.name ?? `${body.name} — gezamenlijke ICT-begroting`,
      profile,
      firstYear: body.budget.firstYear,
      horizonYears: body.budget.horizonYears,
    });
    await tx
      .update(collaborations)
      .set({ budgetFamilyId: budget.familyId })
      .where(eq(collaborations.id, collaboration.id));
    const figures = memberRows.map(toMemberFigures);
    await tx.insert(budgetAllocations).values({
      budgetId: budget.id,
      collaborationId: collaboration.id,
      keys: { defaultKey: body.defaultKey, developmentKeys: {}, lineKeys: {} },
      members: figures,
    });
    await recordAudit(tx, {
      organisationId,
      userId,
      budgetId: budget.id,
      entity: 'collaboration',
      entityId: collaboration.id,
      action: 'create',
      after: {
        name: collaboration.name,
        form: collaboration.form,
        members: memberRows.map((m) => m.name),
        defaultKey: body.defaultKey,
      },
    });
    return collaboration.id;
  });
  return getCollaboration(scope, id);
}
