import { benchmarks } from '@app/db';
import type { Benchmark, BenchmarkCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { pickReferenceId } from './new-reference-record.ts';
import { toBenchmark } from './reference-mappers.ts';
import { assertSizeClass } from './size-class.ts';

/** A new benchmark (a plain record, not versioned); its id derived from label, year and unit unless given. */
export async function createBenchmark(scope: RequestScope, body: BenchmarkCreate): Promise<Benchmark> {
  const actor = actorOf(scope);
  assertSizeClass(body.minInhabitants, body.maxInhabitants);
  const result = await scope.db.transaction(async (tx) => {
    const id = await pickReferenceId(tx, benchmarks, body.id, `${body.label}-${body.year}-${body.unit}`);
    const { id: _requested, sourceUrl, note, sample, minInhabitants, maxInhabitants, ...figures } = body;
    const [row] = await tx
      .insert(benchmarks)
      .values({
        ...figures,
        id,
        sourceUrl: sourceUrl ?? null,
        note: note ?? null,
        sample: sample ?? null,
        minInhabitants: minInhabitants ?? null,
        maxInhabitants: maxInhabitants ?? null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the benchmark returned no row');
    await recordAudit(tx, { ...actor, entity: 'benchmark', entityId: id, action: 'create', after: row });
    return toBenchmark(row);
  });
  scope.cache.invalidate();
  return result;
}
