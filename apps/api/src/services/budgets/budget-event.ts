import type { Db } from '@app/db';
import type { RequestScope } from '../request-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** An audit entry about a budget as a whole (create-scenario, detach, archive, …) by the request's user. */
export function recordBudgetEvent(
  tx: Db,
  scope: Pick<RequestScope, 'organisationId' | 'userId'>,
  budgetId: string,
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  return recordAudit(tx, {
    organisationId: scope.organisationId,
    userId: scope.userId ?? null,
    budgetId,
    entity: 'budget',
    entityId: budgetId,
    action,
    ...change,
  });
}
