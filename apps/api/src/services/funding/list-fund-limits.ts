import type { FundLimit } from '@app/schemas';
import type { PublicScope } from '../request-scope.ts';
import { loadFundLimits } from './load-funding.ts';

/** The known maxima of funds (e.g. A&O-fonds), with source and date. */
export async function listFundLimits(scope: PublicScope): Promise<FundLimit[]> {
  const rows = await loadFundLimits(scope.db);
  return rows.map((l) => ({
    id: l.id,
    label: l.label,
    maxCents: l.maxCents,
    validFrom: l.validFrom,
    source: l.source,
    sourceUrl: l.sourceUrl,
    note: l.note,
  }));
}
