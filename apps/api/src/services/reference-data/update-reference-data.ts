import { eq } from 'drizzle-orm';
import { benchmarks, rateCards, salaryTables, type Tx } from '@app/db';
import type {
  Benchmark,
  BenchmarkPatch,
  RateCardAdmin,
  RateCardPatch,
  SalaryTableAdmin,
  SalaryTablePatch,
} from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { toBenchmark, toRateCardAdmin, toSalaryTableAdmin } from './reference-mappers.ts';
import { assertSizeClass } from './size-class.ts';
import { findDefaultsRow } from './update-organisation-defaults.ts';

// Changing shared reference data (platform administrators, see plugins/auth-policy.ts): a salary
// table's or rate card's label and note, or a benchmark; each audited in its own transaction.

interface Labelled {
  label: string;
  note: string | null;
}

/** How to lock and write one row of a labelled table (salary tables, rate cards). */
interface LabelledTable<Row extends Labelled> {
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
async function updateLabelAndNote<Row extends Labelled>(
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

export async function updateRateCard(scope: RequestScope, id: string, patch: RateCardPatch): Promise<RateCardAdmin> {
  const { row, defaults } = await updateLabelAndNote(
    scope,
    {
      entity: 'rate_card',
      name: 'Tariefkaart',
      lock: async (tx) => (await tx.select().from(rateCards).where(eq(rateCards.id, id)).for('update').limit(1))[0],
      write: async (tx, set) => (await tx.update(rateCards).set(set).where(eq(rateCards.id, id)).returning())[0],
    },
    id,
    patch,
  );
  return toRateCardAdmin(row, defaults.rateCardId);
}

export async function updateBenchmark(scope: RequestScope, id: string, patch: BenchmarkPatch): Promise<Benchmark> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(benchmarks).where(eq(benchmarks.id, id)).for('update').limit(1);
    if (!before) throw notFound('Benchmark');
    assertSizeClass(
      patch.minInhabitants === undefined ? before.minInhabitants : patch.minInhabitants,
      patch.maxInhabitants === undefined ? before.maxInhabitants : patch.maxInhabitants,
    );
    const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const [after] = await tx.update(benchmarks).set(set).where(eq(benchmarks.id, id)).returning();
    if (!after) throw new AppError('INTERNAL', 'updating the benchmark returned no row');
    await recordAudit(tx, { ...actor, entity: 'benchmark', entityId: id, action: 'update', before, after });
    return toBenchmark(after);
  });
  cache.invalidate();
  return result;
}
