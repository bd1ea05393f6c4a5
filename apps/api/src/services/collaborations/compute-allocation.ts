import { eq } from 'drizzle-orm';
import { budgetAllocations, type AllocationKeys, type AllocationMemberFigures, type Db } from '@app/db';
import {
  allocate,
  compareAloneTogether,
  EngineInputError,
  type AllocationKey,
  type AllocationResult,
  type AloneTogetherMember,
  type CalculationInput,
  type CalculationResult,
} from '@app/engine';
import { REMAINDER_RULE_TEXT, type AllocationResponse } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { buildBudgetCalculationInput, loadBudgetAggregate, type BudgetAggregate } from '../budgets/budget-aggregate.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import type { RequestScope } from '../request-scope.ts';
import { runEngine } from '../run-engine.ts';
import {
  allocationFigures,
  assertSharedBudget,
  loadOwnCollaboration,
  toEngineMembers,
  type CollaborationRecord,
} from './collaboration-records.ts';

/** The shared budget of a collaboration with its keys and member figures. */
export interface SharedBudget {
  record: CollaborationRecord;
  aggregate: BudgetAggregate;
  keys: AllocationKeys;
  members: AllocationMemberFigures[];
}

/** Loads a budget of the collaboration's family (the host's own), with its allocation keys. */
export async function loadSharedBudget(
  db: Db,
  cache: ReferenceCache,
  organisationId: string,
  collaborationId: string,
  budgetId: string,
): Promise<SharedBudget> {
  const record = await loadOwnCollaboration(db, organisationId, collaborationId);
  const aggregate = await loadBudgetAggregate(db, cache, organisationId, budgetId, { withContributions: false });
  assertSharedBudget(record, aggregate.budget.familyId);
  const [row] = await db.select().from(budgetAllocations).where(eq(budgetAllocations.budgetId, budgetId));
  const members = allocationFigures(row?.members, record);
  const keys: AllocationKeys = row?.keys ?? { defaultKey: { type: 'inhabitants' }, developmentKeys: {}, lineKeys: {} };
  return { record, aggregate, keys, members };
}

/** An engine key error as a 400 naming the field of the keys body (`body.defaultKey.percentages`, `body.lineKeys.<id>…`). */
export function keyErrorToAppError(error: EngineInputError, prefix = 'body'): AppError {
  const path = `${prefix}.${error.field}`;
  const detail = error.message.replace(/^[^:]*:\s*/, '');
  return new AppError('VALIDATION_ERROR', `Ongeldige verdeelsleutel: ${path} ${detail}`, {
    fields: [{ path, message: detail }],
    cause: error,
  });
}

export interface AllocationComputation {
  input: CalculationInput;
  result: CalculationResult;
  allocation: AllocationResult;
  aloneTogether: AloneTogetherMember[];
  response: AllocationResponse;
}

/** Keys of lines/developments no longer in the budget are left out (e.g. a deleted own line). */
function present(keys: Record<string, AllocationKey>, ids: Set<string>): Record<string, AllocationKey> {
  return Object.fromEntries(Object.entries(keys).filter(([id]) => ids.has(id)));
}

/**
 * The allocation of one shared budget: every line-year split over the members by its key (engine,
 * largest remainder in whole euros), each member's contribution per year, domain and category, and
 * "alone vs together" (the same budget computed with each member's own profile).
 */
export function computeAllocationOf(shared: SharedBudget): AllocationComputation {
  const { aggregate, keys, members, record } = shared;
  const input = buildBudgetCalculationInput(aggregate);
  const { result } = runEngine(input);
  const engineMembers = toEngineMembers(members);
  const lineIds = new Set(input.lines.map((l) => l.id));
  const developmentIds = new Set(input.developments.map((d) => d.id));
  const liveKeys: AllocationKeys = {
    defaultKey: keys.defaultKey,
    developmentKeys: present(keys.developmentKeys, developmentIds),
    lineKeys: present(keys.lineKeys, lineIds),
  };
  let allocation: AllocationResult;
  let aloneTogether: AloneTogetherMember[];
  try {
    allocation = allocate({ members: engineMembers, ...liveKeys }, result);
    const alone = Object.fromEntries(
      members.map((m) => [
        m.memberId,
        runEngine({
          ...input,
          profile: {
            inhabitants: Math.max(1, m.inhabitants),
            employees: Math.max(1, m.employees),
            departments: Math.max(1, m.departments),
          },
        }).result,
      ]),
    );
    aloneTogether = compareAloneTogether(allocation, alone);
  } catch (error) {
    if (error instanceof EngineInputError) throw keyErrorToAppError(error, 'keys');
    throw error;
  }
  const titleOf = new Map(input.developments.map((d) => [d.id, d.title]));
  const descriptionOf = new Map(input.lines.map((l) => [l.id, l.description]));
  const response: AllocationResponse = {
    collaborationId: record.collaboration.id,
    budgetId: aggregate.budget.id,
    budgetName: aggregate.budget.name,
    budgetStatus: aggregate.budget.status,
    budgetVersion: aggregate.budget.version,
    years: result.years,
    keys: liveKeys,
    members,
    remainderRule: REMAINDER_RULE_TEXT,
    totals: result.totals,
    contributions: allocation.members,
    aloneTogether: aloneTogether.map((m) => ({
      ...m,
      developments: m.developments.map((d) => ({ ...d, title: titleOf.get(d.developmentId) ?? d.developmentId })),
    })),
    lines: allocation.rows.map((row, i) => ({
      lineId: row.lineId,
      developmentId: row.developmentId,
      description: descriptionOf.get(row.lineId) ?? row.lineId,
      component: row.component,
      category: row.category,
      keySource: row.keySource,
      amounts: (result.rows[i] as CalculationResult['rows'][number]).amounts,
      parts: row.parts,
    })),
    developments: input.developments
      .filter((d) => d.enabled)
      .map((d) => ({ id: d.id, title: d.title, domainKey: d.domainKey })),
  };
  return { input, result, allocation, aloneTogether, response };
}

export async function computeAllocation(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
): Promise<AllocationResponse> {
  return computeAllocationOf(
    await loadSharedBudget(scope.db, scope.cache, scope.organisationId, collaborationId, budgetId),
  ).response;
}
