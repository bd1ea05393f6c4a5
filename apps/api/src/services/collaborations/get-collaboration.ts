import type { CollaborationDetail } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { familyBudgets, loadOwnCollaboration, toDetail } from './collaboration-records.ts';

/** One collaboration of the host organisation: members and the shared budget's family. */
export async function getCollaboration(scope: RequestScope, id: string): Promise<CollaborationDetail> {
  const record = await loadOwnCollaboration(scope.db, scope.organisationId, id);
  return toDetail(record, await familyBudgets(scope.db, scope.organisationId, record.collaboration.budgetFamilyId));
}
