import { formatDate, type AllocationExportInput } from '@app/export';
import { BUDGET_STATUS_LABELS, COLLABORATION_FORM_LABELS } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { computeAllocationOf, loadSharedBudget } from './compute-allocation.ts';

/** What the allocation downloads are built from: the collaboration, its members and keys, the split. */
export async function allocationExport(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
  generatedAt: Date,
): Promise<AllocationExportInput> {
  const shared = await loadSharedBudget(scope.db, scope.cache, scope.organisationId, collaborationId, budgetId);
  const { input, response, allocation, aloneTogether } = computeAllocationOf(shared);
  const { collaboration } = shared.record;
  const edition = shared.aggregate.edition;
  return {
    collaborationName: collaboration.name,
    hostName: shared.record.hostName,
    formLabel: COLLABORATION_FORM_LABELS[collaboration.form],
    keyPeriod: `${formatDate(collaboration.keyValidFrom)} – ${collaboration.keyValidTo ? formatDate(collaboration.keyValidTo) : 'open'}`,
    budgetName: shared.aggregate.budget.name,
    status: BUDGET_STATUS_LABELS[shared.aggregate.budget.status],
    generatedAt,
    members: shared.members.map((m) => ({
      memberId: m.memberId,
      name: m.name,
      cbsCode: m.cbsCode,
      inhabitants: m.inhabitants,
      employees: m.employees,
      referenceDate: m.referenceDate,
    })),
    keys: response.keys,
    allocation,
    aloneTogether,
    remainderRule: response.remainderRule,
    domainNames: Object.fromEntries(edition.domains.map((d) => [d.key, d.name])),
    developmentTitles: Object.fromEntries(input.developments.map((d) => [d.id, d.title])),
    lineDescriptions: Object.fromEntries(input.lines.map((l) => [l.id, l.description])),
  };
}
