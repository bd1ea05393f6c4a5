import type { RequestScope } from '../request-scope.ts';
import type { BudgetFamily } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { loadFamilies } from './budget-family-rows.ts';

/**
 * One family with its current base: the stable address behind /begrotingen/familie/:familyId.
 * Archived members are listed too (the current base may itself be archived). Another
 * organisation's family is not found, like an unknown id.
 */
export async function getBudgetFamily(scope: RequestScope, familyId: string): Promise<BudgetFamily> {
  const { db, cache, results, organisationId } = scope;
  if (!isUuid(familyId)) throw notFound('Begrotingsfamilie');
  const { families } = await loadFamilies(db, cache, results, organisationId, familyId);
  const [family] = families;
  if (!family) throw notFound('Begrotingsfamilie');
  return family;
}
