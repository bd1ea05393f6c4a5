import { asc, eq, inArray } from 'drizzle-orm';
import {
  budgetContributions,
  collaborationMembers,
  collaborations,
  organisations,
  type BudgetContributionRow,
  type BudgetRow,
  type Db,
  type PinnedContribution,
} from '@app/db';
import type { LineInput } from '@app/engine';
import { CONTRIBUTION_DOMAIN, type ContributionLine } from '@app/schemas';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { currentBase, familyBudgets } from './collaboration-records.ts';
import { computeAllocationOf, loadSharedBudget } from './compute-allocation.ts';

/** Engine development that holds a budget's contribution lines (one per budget, outside the catalog). */
export const CONTRIBUTION_DEVELOPMENT_ID = CONTRIBUTION_DOMAIN.developmentId;
export const CONTRIBUTION_DOMAIN_KEY = CONTRIBUTION_DOMAIN.key;
export const CONTRIBUTION_LINE_PREFIX = 'Bijdrage samenwerking ';

interface LiveContribution {
  state: PinnedContribution['state'];
  hostName: string | null;
  sharedBudgetName: string | null;
  sharedUpdatedAt: string | null;
  amounts: Record<string, number>;
}

/**
 * The member's allocated contribution per year in the host's current shared budget, read on the
 * host's behalf: only this member's exploitation total per year leaves the host (ADR 0023). A member
 * whose partner grant is gone (revoked or given to another organisation) gets state 'revoked' and € 0.
 */
export async function liveContribution(
  db: Db,
  cache: ReferenceCache,
  organisationId: string,
  link: Pick<BudgetContributionRow, 'collaborationId' | 'memberId'>,
): Promise<LiveContribution> {
  const [row] = await db
    .select({ member: collaborationMembers, collaboration: collaborations, hostName: organisations.name })
    .from(collaborationMembers)
    .innerJoin(collaborations, eq(collaborations.id, collaborationMembers.collaborationId))
    .innerJoin(organisations, eq(organisations.id, collaborations.organisationId))
    .where(eq(collaborationMembers.id, link.memberId));
  if (!row || row.collaboration.id !== link.collaborationId || row.member.partnerOrganisationId !== organisationId) {
    return { state: 'revoked', hostName: null, sharedBudgetName: null, sharedUpdatedAt: null, amounts: {} };
  }
  const host = row.collaboration.organisationId;
  const base = currentBase(await familyBudgets(db, host, row.collaboration.budgetFamilyId));
  if (!base)
    return { state: 'no-budget', hostName: row.hostName, sharedBudgetName: null, sharedUpdatedAt: null, amounts: {} };
  const shared = await loadSharedBudget(db, cache, host, row.collaboration.id, base.id);
  const { allocation } = computeAllocationOf(shared);
  const mine = allocation.members.find((m) => m.memberId === link.memberId);
  const amounts: Record<string, number> = {};
  for (const year of allocation.years) amounts[String(year)] = mine?.totals.total[year] ?? 0;
  return {
    state: mine ? 'active' : 'revoked',
    hostName: row.hostName,
    sharedBudgetName: base.name,
    sharedUpdatedAt: shared.aggregate.budget.updatedAt.toISOString(),
    amounts,
  };
}

/** The contribution lines of these budgets: pinned amounts for frozen ones, the live allocation otherwise. */
export async function loadContributionLines(
  db: Db,
  cache: ReferenceCache,
  budgetRows: readonly BudgetRow[],
): Promise<Map<string, ContributionLine[]>> {
  const out = new Map<string, ContributionLine[]>();
  if (budgetRows.length === 0) return out;
  const links = await db
    .select()
    .from(budgetContributions)
    .where(
      inArray(
        budgetContributions.budgetId,
        budgetRows.map((b) => b.id),
      ),
    )
    .orderBy(asc(budgetContributions.createdAt), asc(budgetContributions.id));
  if (links.length === 0) return out;
  const byId = new Map(budgetRows.map((b) => [b.id, b]));
  for (const link of links) {
    const budget = byId.get(link.budgetId) as BudgetRow;
    const pinned = link.pinned;
    const facts = pinned
      ? {
          state: pinned.state,
          hostName: null,
          sharedBudgetName: pinned.sharedBudgetName,
          sharedUpdatedAt: pinned.sharedUpdatedAt,
          amounts: pinned.amounts,
        }
      : await liveContribution(db, cache, budget.organisationId, link);
    const list = out.get(link.budgetId) ?? [];
    list.push({
      id: link.id,
      collaborationId: link.collaborationId,
      collaborationName: link.collaborationName,
      description: `${CONTRIBUTION_LINE_PREFIX}${link.collaborationName}`,
      hostName: facts.hostName,
      state: facts.state,
      pinnedAt: pinned?.pinnedAt ?? null,
      sharedBudgetName: facts.sharedBudgetName,
      sharedUpdatedAt: facts.sharedUpdatedAt,
      amounts: facts.amounts,
    });
    out.set(link.budgetId, list);
  }
  return out;
}

/** A contribution line as the engine sees it: exact amounts per year, not rescaled or indexed. */
export function contributionLineInput(line: ContributionLine): LineInput {
  const amounts: Record<number, number> = {};
  if (line.state === 'active') for (const [year, cents] of Object.entries(line.amounts)) amounts[Number(year)] = cents;
  return {
    id: line.id,
    developmentId: CONTRIBUTION_DEVELOPMENT_ID,
    description: line.description,
    kind: 'structural',
    costBasis: 'amount',
    costPool: 'services',
    provenance: 'custom',
    amountCents: null,
    driver: 'fixed',
    elasticity: 0,
    yearOffset: 0,
    durationYears: 1,
    indexation: 'none',
    fixedYearAmountsCents: amounts,
  };
}

/**
 * Pins the live contribution of every link of a budget that is being frozen (submitted/adopted),
 * so a frozen budget never changes when the shared budget does (ADR 0023). Links already pinned keep
 * their pin (submitted → adopted). Runs inside the transition's transaction.
 */
export async function pinContributions(tx: Db, cache: ReferenceCache, budget: BudgetRow): Promise<void> {
  const links = await tx.select().from(budgetContributions).where(eq(budgetContributions.budgetId, budget.id));
  for (const link of links) {
    if (link.pinned) continue;
    const live = await liveContribution(tx, cache, budget.organisationId, link);
    const pinned: PinnedContribution = {
      amounts: live.state === 'active' ? live.amounts : {},
      sharedBudgetName: live.sharedBudgetName ?? '',
      sharedUpdatedAt: live.sharedUpdatedAt,
      state: live.state,
      pinnedAt: new Date().toISOString(),
    };
    await tx.update(budgetContributions).set({ pinned }).where(eq(budgetContributions.id, link.id));
  }
}

/** A budget sent back to draft follows the shared budget again. */
export async function unpinContributions(tx: Db, budgetId: string): Promise<void> {
  await tx.update(budgetContributions).set({ pinned: null }).where(eq(budgetContributions.budgetId, budgetId));
}
