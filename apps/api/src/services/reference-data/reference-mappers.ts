import type { BenchmarkRow, RateCardRow, SalaryTableRow } from '@app/db';
import type { Benchmark, RateCardAdmin, SalaryTableAdmin } from '@app/schemas';

// Reference rows in the API's shapes; `defaultId` marks the table or card the organisation's
// defaults point at.

export function toSalaryTableAdmin(row: SalaryTableRow, defaultId: string): SalaryTableAdmin {
  const { id, label, validFrom, source, sourceUrl, estimate, note, scales } = row;
  return { id, label, validFrom, source, sourceUrl, estimate, note, scales, isDefault: id === defaultId };
}

export function toRateCardAdmin(row: RateCardRow, defaultId: string): RateCardAdmin {
  const { id, label, validFrom, source, sourceUrl, estimate, note, rates } = row;
  return { id, label, validFrom, source, sourceUrl, estimate, note, rates, isDefault: id === defaultId };
}

export function toBenchmark(row: BenchmarkRow): Benchmark {
  const { id, label, year, valueCents, unit, source, sourceUrl, note, sample, minInhabitants, maxInhabitants } = row;
  return { id, label, year, valueCents, unit, source, sourceUrl, note, sample, minInhabitants, maxInhabitants };
}
