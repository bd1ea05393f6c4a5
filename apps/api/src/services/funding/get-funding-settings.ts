import type { FundingSettings } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { loadFundingSettings } from './funding-settings.ts';

/** The signed-in organisation's P&C rules for dekking. */
export function getFundingSettings(scope: RequestScope): Promise<FundingSettings> {
  return loadFundingSettings(scope.db, scope.organisationId);
}
