import { eq } from 'drizzle-orm';
import { salaryTables } from '@app/db';
import type { SalaryTableAdmin, SalaryTablePatch } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { updateLabelAndNote } from './label-and-note.ts';
import { toSalaryTableAdmin } from './reference-mappers.ts';

/** A salary table's label and note (platform administrators); its scales are fixed once created. */
export async function updateSalaryTable(
  scope: RequestScope,
  id: string,
  patch: SalaryTablePatch,
): Promise<SalaryTableAdmin> {
  const { row, defaults } = await updateLabelAndNote(
    scope,
    {
      entity: 'salary_table',
      name: 'Salaristabel',
      lock: async (tx) =>
        (await tx.select().from(salaryTables).where(eq(salaryTables.id, id)).for('update').limit(1))[0],
      write: async (tx, set) => (await tx.update(salaryTables).set(set).where(eq(salaryTables.id, id)).returning())[0],
    },
    id,
    patch,
  );
  return toSalaryTableAdmin(row, defaults.salaryTableId);
}
