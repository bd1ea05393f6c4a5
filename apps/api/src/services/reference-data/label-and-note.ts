import type { Tx } from '@app/db';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { findDefaultsRow } from './organisation-defaults-records.ts';

// What changing a salary table's or rate card's label and note shares (shared reference data:
// platform administrators, see plugins/auth-policy.ts): one audited transaction.

export interface Labelled {
  label: string;
  note: string | null;
}

/** How to lock and write one row of a labelled table (salary tables, rate cards). */
export interface LabelledTable<Row extends Labelled> {
  entity: 'salary_table' | 'rate_card';
  /** Dutch name for the 404. */
  name: string;
  lock(tx: Tx): Promise<Row | undefined>;
  write(tx: Tx, set: Partial<Labelled>): Promise<Row | undefined>;
}

/**
 * Label and note only: the amounts of a table are fixed once created (budgets may use them).
 * Answers the row and the organisation's defaults (to mark the default one).
 */
export async function updateLabelAndNote<Row extends Labelled>(
  scope: RequestScope,
  table: LabelledTable<Row>,
  id: string,
  patch: Partial<Labelled>,
) {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const row = await db.transaction(async (tx) => {
    const before = await table.lock(tx);
    if (!before) throw notFound(table.name);
    const after = await table.write(tx, {
      ...(patch.label !== undefined ? { label: patch.label } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    });
    if (!after) throw new AppError('INTERNAL', `updating the ${table.entity} returned no row`);
    await recordAudit(tx, {
      ...actor,
      entity: table.entity,
      entityId: id,
      action: 'update',
      before: { label: before.label, note: before.note },
      after: { label: after.label, note: after.note },
    });
    return after;
  });
  cache.invalidate();
  return { row, defaults: await findDefaultsRow(db, actor.organisationId) };
}
