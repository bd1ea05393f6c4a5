import { rateCards } from '@app/db';
import type { RateCardCreate, RateCardWriteResult } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { catalogNeeds } from './organisation-defaults-records.ts';
import { assertCovers, pickReferenceId, versionedColumns } from './new-reference-record.ts';
import { makeReferenceDefault } from './make-reference-default.ts';
import { hireRateWarnings, loadHireRateCap } from './hire-rate-cap.ts';
import { toRateCardAdmin } from './reference-mappers.ts';

// Rate cards are versioned like salary tables: new rates are a new card.

/**
 * A new rate card with a rate for every role the catalog uses; rates above the recorded hire-rate
 * cap are saved with a warning (also in the audit entry). Optionally the organisation's default.
 */
export async function createRateCard(scope: RequestScope, body: RateCardCreate): Promise<RateCardWriteResult> {
  const actor = actorOf(scope);
  const result = await scope.db.transaction(async (tx) => {
    const needs = await catalogNeeds(tx);
    assertCovers(needs.roles, (role) => Object.prototype.hasOwnProperty.call(body.rates, role), 'body.rates', 'rollen');
    const id = await pickReferenceId(tx, rateCards, body.id, body.label);
    const [row] = await tx
      .insert(rateCards)
      .values({ ...versionedColumns(id, body), rates: body.rates })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the rate card returned no row');
    const warnings = hireRateWarnings(body.rates, await loadHireRateCap(tx));
    await recordAudit(tx, {
      ...actor,
      entity: 'rate_card',
      entityId: id,
      action: 'create',
      after: row,
      justification: warnings.length > 0 ? warnings.map((w) => w.message).join(' ') : null,
    });
    const defaultId = body.makeDefault ? await makeReferenceDefault(tx, actor, { rateCardId: row }, needs) : '';
    return { rateCard: toRateCardAdmin(row, defaultId), warnings };
  });
  scope.cache.invalidate();
  return result;
}
