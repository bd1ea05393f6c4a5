import { eq } from 'drizzle-orm';
import { benchmarks, rateCards, salaryTables } from '@app/db';
import type { Benchmark, BenchmarkPatch, RateCardAdmin, RateCardPatch, SalaryTableAdmin, SalaryTablePatch } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertSizeClass, toBenchmark, toRateCardAdmin, toSalaryTableAdmin } from '../create-reference-data.ts';
import { findDefaultsRow } from '../update-organisation-defaults.ts';

// Changing shared reference data (platform administrators, see plugins/auth-policy.ts): a salary
// table's or rate card's label and note, or a benchmark; each audited in its own transaction.

/** Label and note only: the amounts of a table are fixed once created (budgets may use them). */
export async function updateSalaryTable(scope: RequestScope, id: string, patch: SalaryTablePatch): Promise<SalaryTableAdmin> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(salaryTables).where(eq(salaryTables.id, id)).for('update').limit(1);
    if (!before) throw notFound('Salaristabel');
    const [after] = await tx
      .update(salaryTables)
      .set({ ...(patch.label !== undefined ? { label: patch.label } : {}), ...(patch.note !== undefined ? { note: patch.note } : {}) })
      .where(eq(salaryTables.id, id))
      .returning();
    if (!after) throw new AppError('INTERNAL', 'updating the salary table returned no row');
    await recordAudit(tx, { ...actor, entity: 'salary_table', entityId: id, action: 'update', before: { label: before.label, note: before.note }, after: { label: after.label, note: after.note } });
    return after;
  });
  cache.invalidate();
  const defaults = await findDefaultsRow(db, actor.organisationId);
  return toSalaryTableAdmin(result, defaults.salaryTableId);
}

export async function updateRateCard(scope: RequestScope, id: string, patch: RateCardPatch): Promise<RateCardAdmin> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(rateCards).where(eq(rateCards.id, id)).for('update').limit(1);
    if (!before) throw notFound('Tariefkaart');
    const [after] = await tx
      .update(rateCards)
      .set({ ...(patch.label !== undefined ? { label: patch.label } : {}), ...(patch.note !== undefined ? { note: patch.note } : {}) })
      .where(eq(rateCards.id, id))
      .returning();
    if (!after) throw new AppError('INTERNAL', 'updating the rate card returned no row');
    await recordAudit(tx, { ...actor, entity: 'rate_card', entityId: id, action: 'update', before: { label: before.label, note: before.note }, after: { label: after.label, note: after.note } });
    return after;
  });
  cache.invalidate();
  const defaults = await findDefaultsRow(db, actor.organisationId);
  return toRateCardAdmin(result, defaults.rateCardId);
}

export async function updateBenchmark(scope: RequestScope, id: string, patch: BenchmarkPatch): Promise<Benchmark> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(benchmarks).where(eq(benchmarks.id, id)).for('update').limit(1);
    if (!before) throw notFound('Benchmark');
    assertSizeClass(patch.minInhabitants === undefined ? before.minInhabitants : patch.minInhabitants, patch.maxInhabitants === undefined ? before.maxInhabitants : patch.maxInhabitants);
    const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const [after] = await tx.update(benchmarks).set(set).where(eq(benchmarks.id, id)).returning();
    if (!after) throw new AppError('INTERNAL', 'updating the benchmark returned no row');
    await recordAudit(tx, { ...actor, entity: 'benchmark', entityId: id, action: 'update', before, after });
    return toBenchmark(after);
  });
  cache.invalidate();
  return result;
}
