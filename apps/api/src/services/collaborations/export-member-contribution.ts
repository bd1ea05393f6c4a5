import { buildContributionCsv, buildContributionPdf } from '@app/export';
import { notFound } from '../../errors.ts';
import { exportFileBase, type ExportFile } from '../exports/export-file.ts';
import type { RequestScope } from '../request-scope.ts';
import { allocationExport } from './allocation-export.ts';

/** "Bijdrage per deelnemer" of one member, as PDF or CSV. */
export async function exportMemberContribution(
  scope: RequestScope,
  collaborationId: string,
  budgetId: string,
  memberId: string,
  format: 'pdf' | 'csv',
): Promise<ExportFile> {
  const data = await allocationExport(scope, collaborationId, budgetId, new Date());
  const member = data.members.find((m) => m.memberId === memberId.toLowerCase());
  if (!member) throw notFound('Deelnemer');
  const fileName = `${exportFileBase(member.name, data.allocation.years[0] ?? 0, ['bijdrage', data.collaborationName, data.status.toLowerCase()])}.${format}`;
  return format === 'pdf'
    ? { body: await buildContributionPdf(data, member.memberId), contentType: 'application/pdf', fileName }
    : {
        body: Buffer.from(buildContributionCsv(data, member.memberId), 'utf8'),
        contentType: 'text/csv; charset=utf-8',
        fileName,
      };
}
