import { eq } from 'drizzle-orm';
import { budgetAllocations, budgetDevelopments, budgetLines } from '@app/db';
import { EngineInputError, keyShares, type AllocationKey } from '@app/engine';
import type { AllocationKeysUpdate, AllocationResponse } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { mutateBudget } from '../budgets/budget-mutation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestScope } from '../request-scope.ts';
import {
  allocationFigures,
  assertSharedBudget,
  loadOwnCollaboration,
  toEngineMembers,
} from './collaboration-records.ts';
import { computeAllocation, keyErrorToAppError } from './compute-allocation.ts';

/**
 * Sets the allocation keys (default, per development, per line) of one shared budget and, if given,
 * new dated member figures. A draft only (submitted and adopted budgets are frozen: 409); every key
 * is checked by the engine (percentages total 100 %, no negative shares, members known) before
 * anything is written; the budget's version is bumped and the change audited, in one transaction.
 */
export async function updateAllocationKeys(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
  body: AllocationKeysUpdate,
): Promise<AllocationResponse> {
  const record = await loadOwnCollaboration(scope.db, scope.organisationId, collaborationId);
  await mutateBudget(scope, budgetId, body.version, async (tx, budget) => {
    assertSharedBudget(record, budget.familyId);
    const [current] = await tx.select().from(budgetAllocations).where(eq(budgetAllocations.budgetId, budgetId));
    const members = allocationFigures(current?.members, record).map((m) => ({ ...m }));
    (body.members ?? []).forEach((update, i) => {
      const member = members.find((m) => m.memberId === update.memberId);
      if (!member) throw invalidField(`body.members.${i}.memberId`, 'is geen deelnemer van deze samenwerking');
      member.inhabitants = update.inhabitants;
      member.employees = update.employees;
      member.referenceDate = update.referenceDate;
    });

    const engineMembers = toEngineMembers(members);
    const check = (key: AllocationKey, field: string) => {
      try {
        keyShares(key, engineMembers, field);
      } catch (error) {
        if (error instanceof EngineInputError) throw keyErrorToAppError(error, 'body');
        throw error;
      }
    };
    check(body.defaultKey, 'defaultKey');
    const [lineRows, developmentRows] = await Promise.all([
      tx.select({ id: budgetLines.id }).from(budgetLines).where(eq(budgetLines.budgetId, budgetId)),
      tx
        .select({ developmentId: budgetDevelopments.developmentId })
        .from(budgetDevelopments)
        .where(eq(budgetDevelopments.budgetId, budgetId)),
    ]);
    const lineIds = new Set(lineRows.map((r) => r.id));
    const developmentIds = new Set(developmentRows.map((r) => r.developmentId));
    for (const [id, key] of Object.entries(body.developmentKeys)) {
      if (!developmentIds.has(id))
        throw invalidField(`body.developmentKeys.${id}`, 'is geen ontwikkeling van deze begroting');
      check(key, `developmentKeys.${id}`);
    }
    for (const [id, key] of Object.entries(body.lineKeys)) {
      if (!lineIds.has(id)) throw invalidField(`body.lineKeys.${id}`, 'is geen regel van deze begroting');
      check(key, `lineKeys.${id}`);
    }

    const keys = { defaultKey: body.defaultKey, developmentKeys: body.developmentKeys, lineKeys: body.lineKeys };
    await tx
      .insert(budgetAllocations)
      .values({ budgetId, collaborationId, keys, members })
      .onConflictDoUpdate({ target: budgetAllocations.budgetId, set: { keys, members, updatedAt: new Date() } });
    await recordAudit(tx, {
      organisationId: scope.organisationId,
      userId: scope.userId,
      budgetId,
      entity: 'allocation-keys',
      entityId: collaborationId,
      action: 'update',
      before: current ? { keys: current.keys, members: current.members } : null,
      after: { keys, members },
    });
  });
  return computeAllocation(scope, collaborationId, budgetId);
}
