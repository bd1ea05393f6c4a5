import type { PublicScope } from '../request-scope.ts';
import { asc, desc } from 'drizzle-orm';
import { benchmarks, rateCards, salaryTables } from '@app/db';
import { toRateCard, toSalaryTable } from '../engine-input/mappers.ts';
import { toBenchmark } from './reference-mappers.ts';
import type { ReferenceData } from '@app/schemas';
import { partsOf } from '../budgets/source-parts.ts';

export async function getReferenceData(scope: PublicScope): Promise<ReferenceData> {
  const { db, cache, organisationId } = scope;
  const [salaryRows, rateRows, benchmarkRows, defaults] = await Promise.all([
    db.select().from(salaryTables).orderBy(desc(salaryTables.validFrom)),
    db.select().from(rateCards).orderBy(desc(rateCards.validFrom)),
    db.select().from(benchmarks).orderBy(desc(benchmarks.year), asc(benchmarks.id)),
    cache.defaultAssumptions(db, organisationId),
  ]);
  const assumptionSources: ReferenceData['assumptionSources'] = {};
  for (const [key, source] of Object.entries(defaults.row.sources)) {
    assumptionSources[key] = {
      source: source.source,
      date: source.date ?? null,
      note: source.note ?? null,
      ...partsOf(source),
    };
  }
  return {
    salaryTables: salaryRows.map((row) => ({
      ...toSalaryTable(row),
      status: row.estimate ? 'estimate' : 'official',
      estimate: row.estimate,
    })),
    rateCards: rateRows.map(toRateCard),
    benchmarks: benchmarkRows.map(toBenchmark),
    defaultAssumptions: defaults.assumptions,
    assumptionSources,
  };
}
