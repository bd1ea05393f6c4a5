import {
  buildContributionCsv,
  buildContributionPdf,
  buildSharedBudgetWorkbook,
  formatDate,
  type AllocationExportInput,
} from '@app/export';
import { BUDGET_STATUS_LABELS, COLLABORATION_FORM_LABELS } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { loadBudgetExport } from '../exports/export-budget.ts';
import { exportFileBase, type ExportFile } from '../exports/export-file.ts';
import type { RequestScope } from '../request-scope.ts';
import { computeAllocationOf, loadSharedBudget } from './compute-allocation.ts';

async function allocationExport(
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

/** The shared budget's workbook (every budget sheet) with the live allocation sheet "Verdeling". */
export async function exportAllocationWorkbook(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
): Promise<ExportFile> {
  const generatedAt = new Date();
  const data = await allocationExport(scope, collaborationId, budgetId, generatedAt);
  const budget = await loadBudgetExport(scope, budgetId, generatedAt);
  return {
    body: await buildSharedBudgetWorkbook(budget.data, data),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `${budget.fileBase}-verdeling.xlsx`,
  };
}

/** "Bijdrage per deelnemer" of one member, as PDF or CSV. */
export async function exportMemberContribution(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
  memberId: string,
  format: 'pdf' | 'csv',
): Promise<ExportFile> {
  const data = await allocationExport(scope, collaborationId, budgetId, new Date());
  const member = data.members.find((m) => m.memberId === memberId);
  if (!member) throw notFound('Deelnemer');
  const fileName = `${exportFileBase(member.name, data.allocation.years[0] ?? 0, ['bijdrage', data.collaborationName, data.status.toLowerCase()])}.${format}`;
  return format === 'pdf'
    ? { body: await buildContributionPdf(data, memberId), contentType: 'application/pdf', fileName }
    : {
        body: Buffer.from(buildContributionCsv(data, memberId), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        fileName,
      };
}
