import { eq } from 'drizzle-orm';
import { benchmarks } from '@app/db';
import type { Benchmark, BenchmarkPatch } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { toBenchmark } from './reference-mappers.ts';
import { assertSizeClass } from './size-class.ts';

/** Any field of a benchmark (a plain record, not versioned), audited; the size class must stay a range. */
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
