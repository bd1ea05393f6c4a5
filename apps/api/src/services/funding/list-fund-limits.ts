import type { FundLimit } from '@app/schemas';
import type { PublicScope } from '../request-scope.ts';
import { fundLimitView, loadFundLimits } from './load-funding.ts';

/** The known maxima of funds (e.g. A&O-fonds), with source and date. */
export async function listFundLimits(scope: PublicScope): Promise<FundLimit[]> {
  return (await loadFundLimits(scope.db)).map(fundLimitView);
}
