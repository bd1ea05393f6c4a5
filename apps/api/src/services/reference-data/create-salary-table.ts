import { salaryTables } from '@app/db';
import type { SalaryTableAdmin, SalaryTableCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { catalogNeeds } from './organisation-defaults-records.ts';
import { assertCovers, pickReferenceId, versionedColumns } from './new-reference-record.ts';
import { makeReferenceDefault } from './make-reference-default.ts';
import { toSalaryTableAdmin } from './reference-mappers.ts';

// Salary tables are versioned: new figures are a new record, so a budget built on an older table
// keeps computing the same amounts.

/** A new salary table covering every scale the catalog uses; optionally the organisation's default. */
export async function createSalaryTable(scope: RequestScope, body: SalaryTableCreate): Promise<SalaryTableAdmin> {
  const actor = actorOf(scope);
  const result = await scope.db.transaction(async (tx) => {
    const needs = await catalogNeeds(tx);
    assertCovers(needs.scales, (scale) => !!body.scales[scale]?.length, 'body.scales', 'schalen');
    const id = await pickReferenceId(tx, salaryTables, body.id, body.label);
    const [row] = await tx
      .insert(salaryTables)
      .values({ ...versionedColumns(id, body), scales: body.scales })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the salary table returned no row');
    await recordAudit(tx, { ...actor, entity: 'salary_table', entityId: id, action: 'create', after: row });
    const defaultId = body.makeDefault ? await makeReferenceDefault(tx, actor, { salaryTableId: row }, needs) : '';
    return toSalaryTableAdmin(row, defaultId);
  });
  scope.cache.invalidate();
  return result;
}
