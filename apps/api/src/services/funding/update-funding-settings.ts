import { organisationFundingSettings } from '@app/db';
import type { FundingSettings } from '@app/schemas';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestScope } from '../request-scope.ts';
import { loadFundingSettings, pinFrozenBudgets } from './funding-settings.ts';

/**
 * Sets the organisation's P&C rules for dekking (administrator), audited with before and after.
 * Drafts follow the new rules; submitted and adopted budgets keep theirs (ADR 0008).
 */
export async function updateFundingSettings(scope: RequestScope, body: FundingSettings): Promise<FundingSettings> {
  return scope.db.transaction(async (tx) => {
    const before = await loadFundingSettings(tx, scope.organisationId);
    await pinFrozenBudgets(tx, scope.organisationId, before);
    await tx
      .insert(organisationFundingSettings)
      .values({ organisationId: scope.organisationId, ...body })
      .onConflictDoUpdate({
        target: organisationFundingSettings.organisationId,
        set: { ...body, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      organisationId: scope.organisationId,
      userId: scope.userId,
      entity: 'funding_settings',
      entityId: scope.organisationId,
      action: 'update',
      before,
      after: body,
    });
    return loadFundingSettings(tx, scope.organisationId);
  });
}
