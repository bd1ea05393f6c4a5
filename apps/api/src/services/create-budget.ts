import { createModelBudget } from '@app/db/seed';
import type { Db } from '@app/db';
import type { BudgetCreate, BudgetDetail } from '@app/schemas';
import { AppError, invalidField } from '../errors.ts';
import type { ReferenceCache } from './reference-cache.ts';
import { findMunicipality } from './search-municipalities.ts';
import { describeBudget } from './budget-aggregate.ts';
import { assertComputes } from './budget-mutation.ts';
import { recordAudit } from './record-audit.ts';

/**
 * A new budget on the current (or given) edition with every development enabled and every catalog
 * line, for a CBS municipality or a hand-entered profile. One transaction: nothing is left behind
 * if any step (including the first calculation) fails.
 */
export async function createBudget(db: Db, cache: ReferenceCache, organisationId: string, body: BudgetCreate, userId: string | null = null): Promise<BudgetDetail> {
  if (body.cbsCode && !(await findMunicipality(db, body.cbsCode))) {
    throw invalidField('body.cbsCode', `is geen bekende gemeente (${body.cbsCode})`);
  }
  let editionId: string;
  try {
    editionId = await cache.resolveEditionId(db, body.editionId);
    await cache.edition(db, editionId);
  } catch (error) {
    if (body.editionId && error instanceof AppError && error.code === 'NOT_FOUND') throw invalidField('body.editionId', 'is geen bestaande catalogus-editie');
    throw error;
  }
  const { assumptions } = await cache.defaultAssumptions(db, organisationId);

  const created = await db.transaction(async (tx) => {
    const budget = await createModelBudget(tx, {
      organisationId,
      name: body.name,
      firstYear: body.firstYear,
      horizonYears: body.horizonYears,
      editionId,
      ...(body.cbsCode ? { cbsCode: body.cbsCode } : {}),
      ...(body.profile ? { profile: body.profile } : {}),
      assumptions,
    });
    const aggregate = await assertComputes(tx, cache, organisationId, budget.id);
    await recordAudit(tx, { organisationId, userId, budgetId: budget.id, entity: 'budget', entityId: budget.id, action: 'create', after: { name: budget.name, firstYear: budget.firstYear, cbsCode: budget.cbsCode } });
    return aggregate;
  });
  return describeBudget(db, organisationId, created);
}
