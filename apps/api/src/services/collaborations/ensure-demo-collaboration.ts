import { eq } from 'drizzle-orm';
import { collaborations, organisations } from '@app/db';
import type { CollaborationCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import { createCollaboration } from './create-collaboration.ts';

/**
 * The demo collaboration a new user sees on first start: BLNP (Bunschoten, Leusden, Nijkerk,
 * Putten — each hosts one cluster; Bunschoten hosts ICT) with their CBS figures, a shared ICT
 * budget on the members' summed profile and the hybrid key 50 % equal + 50 % by inhabitants.
 */
export const DEMO_COLLABORATION: CollaborationCreate = {
  name: 'BLNP (ICT, gastgemeente Bunschoten)',
  form: 'centrumgemeente',
  keyValidFrom: '2027-01-01',
  keyValidTo: '2030-12-31',
  members: [{ cbsCode: 'GM0313' }, { cbsCode: 'GM0327' }, { cbsCode: 'GM0267' }, { cbsCode: 'GM0273' }],
  budget: { name: 'BLNP gezamenlijke ICT-begroting 2027–2030', firstYear: 2027, horizonYears: 4 },
  defaultKey: {
    type: 'hybrid',
    parts: [
      { basis: 'equal', percentage: 50 },
      { basis: 'inhabitants', percentage: 50 },
    ],
  },
};

/**
 * Idempotent: creates the demo collaboration in the demo organisation once, while that
 * organisation has no collaboration at all (a later start, or a second instance, does nothing).
 * Returns whether it created it.
 */
export async function ensureDemoCollaboration(
  deps: Pick<RequestScope, 'db' | 'cache' | 'results'>,
  organisationSlug: string,
): Promise<boolean> {
  const { db } = deps;
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, organisationSlug))
    .limit(1);
  if (!organisation) return false;
  const [existing] = await db
    .select({ id: collaborations.id })
    .from(collaborations)
    .where(eq(collaborations.organisationId, organisation.id))
    .limit(1);
  if (existing) return false;
  try {
    await createCollaboration(
      { ...deps, organisationId: organisation.id, userId: null, role: 'advisor' },
      DEMO_COLLABORATION,
    );
    return true;
  } catch (error) {
    // Another instance created it first (same name): nothing to do.
    if (error instanceof AppError && error.code === 'VALIDATION_ERROR') return false;
    throw error;
  }
}
