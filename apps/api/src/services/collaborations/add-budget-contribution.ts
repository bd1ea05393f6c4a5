import { and, eq } from 'drizzle-orm';
import { budgetContributions, collaborationMembers, collaborations, type Db } from '@app/db';
import type { BudgetDetail, ContributionCreate } from '@app/schemas';
import { AppError, invalidField } from '../../errors.ts';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';

const NOT_A_PARTNER =
  'is geen samenwerking waarin uw organisatie partner is (de gastorganisatie kent de partnerrol toe)';

/** The member of the collaboration the caller's organisation is partner for (null when none: unknown, revoked or another tenant's). */
async function partnerMember(tx: Db, organisationId: string, collaborationId: string) {
  const [row] = await tx
    .select({ member: collaborationMembers, collaboration: collaborations })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .where(
      and(
        eq(collaborationMembers.collaborationId, collaborationId),
        eq(collaborationMembers.partnerOrganisationId, organisationId),
      ),
    );
  return row ?? null;
}

/**
 * Adds "Bijdrage samenwerking <naam>" to a member organisation's own budget: a link to the
 * collaboration, whose amounts follow the member's allocation in the host's current shared budget
 * (ADR 0023). Only with an active partner grant; once per collaboration; not on a shared budget.
 */
export async function addBudgetContribution(
  scope: RequestScope,
  budgetId: string,
  body: ContributionCreate,
): Promise<{ detail: BudgetDetail; contributionId: string }> {
  let contributionId = '';
  const detail = await mutateBudget(scope, budgetId, body.version, async (tx, budget) => {
    const partner = await partnerMember(tx, scope.organisationId, body.collaborationId);
    if (!partner) throw invalidField('body.collaborationId', NOT_A_PARTNER);
    const [ownShared] = await tx
      .select({ id: collaborations.id })
      .from(collaborations)
      .where(
        and(
          eq(collaborations.organisationId, scope.organisationId),
          eq(collaborations.budgetFamilyId, budget.familyId),
        ),
      );
    if (ownShared)
      throw invalidField(
        'body.collaborationId',
        'een gezamenlijke begroting kan zelf geen bijdrage aan een samenwerking bevatten',
      );
    const [existing] = await tx
      .select({ id: budgetContributions.id })
      .from(budgetContributions)
      .where(
        and(eq(budgetContributions.budgetId, budget.id), eq(budgetContributions.collaborationId, body.collaborationId)),
      );
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `Deze begroting bevat de bijdrage aan "${partner.collaboration.name}" al (één regel per samenwerking).`,
        {
          fields: [{ path: 'body.collaborationId', message: 'staat al in deze begroting' }],
        },
      );
    }
    const [inserted] = await tx
      .insert(budgetContributions)
      .values({
        budgetId: budget.id,
        collaborationId: body.collaborationId,
        memberId: partner.member.id,
        collaborationName: partner.collaboration.name,
      })
      .returning({ id: budgetContributions.id });
    contributionId = inserted?.id ?? '';
    await recordAudit(tx, {
      organisationId: scope.organisationId,
      userId: scope.userId,
      budgetId: budget.id,
      entity: 'budget_contribution',
      entityId: contributionId,
      action: 'create',
      after: { collaborationId: body.collaborationId, collaborationName: partner.collaboration.name },
    });
  });
  return { detail, contributionId };
}
