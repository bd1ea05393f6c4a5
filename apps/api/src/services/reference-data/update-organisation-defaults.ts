import type { RequestScope } from '../request-scope.ts';
import { eq } from 'drizzle-orm';
import { assumptionDefaults, rateCards, salaryTables, type AssumptionSource } from '@app/db';
import type {
  DefaultAssumptionKey,
  DefaultValues,
  OrganisationDefaults,
  OrganisationDefaultsPatch,
} from '@app/schemas';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toDefaultValues } from '../engine-input/mappers.ts';
import {
  assertCoherentDefaults,
  catalogNeeds,
  lockOrganisationDefaults,
  toOrganisationDefaults,
} from './organisation-defaults-records.ts';

/**
 * Changes the organisation's defaults (values and their sources) in one transaction with its audit
 * entry. Existing budgets keep their own copy of the assumptions; only new budgets see the change.
 */
export async function updateOrganisationDefaults(
  scope: RequestScope,
  patch: OrganisationDefaultsPatch,
): Promise<OrganisationDefaults> {
  const { db, cache, organisationId, userId } = scope;
  const values = patch.values ?? {};
  const result = await db.transaction(async (tx) => {
    const before = await lockOrganisationDefaults(tx, organisationId);
    const next: DefaultValues = { ...toDefaultValues(before), ...values };
    const [table] = await tx.select().from(salaryTables).where(eq(salaryTables.id, next.salaryTableId)).limit(1);
    if (!table)
      throw invalidField('body.values.salaryTableId', `is geen bestaande salaristabel (${next.salaryTableId})`);
    const [card] = await tx.select().from(rateCards).where(eq(rateCards.id, next.rateCardId)).limit(1);
    if (!card) throw invalidField('body.values.rateCardId', `is geen bestaande tariefkaart (${next.rateCardId})`);
    assertCoherentDefaults(next, table, card, await catalogNeeds(tx), {
      salaryTable: 'body.values.salaryTableId',
      rateCard: 'body.values.rateCardId',
      salaryStep: 'body.values.salaryStep',
      defaultHireRole: 'body.values.defaultHireRole',
    });

    const sources: Record<string, AssumptionSource> = { ...before.sources };
    const today = new Date().toISOString().slice(0, 10);
    if (values.salaryTableId !== undefined && !patch.sources?.salaryTableId) {
      sources.salaryTableId = {
        source: `Salaristabel "${table.label}": ${table.source}`,
        sourceUrl: table.sourceUrl,
        date: today,
        note: table.note,
        estimate: table.estimate,
      };
    }
    if (values.rateCardId !== undefined && !patch.sources?.rateCardId) {
      sources.rateCardId = {
        source: `Tariefkaart "${card.label}": ${card.source}`,
        sourceUrl: card.sourceUrl,
        date: today,
        note: card.note,
        estimate: card.estimate,
      };
    }
    for (const [key, source] of Object.entries(patch.sources ?? {}) as [
      DefaultAssumptionKey,
      NonNullable<OrganisationDefaultsPatch['sources']>[DefaultAssumptionKey],
    ][]) {
      if (!source) continue;
      // Parts explain the old value: they survive a corrected source text, not a changed value.
      const keptParts = values[key] === undefined ? before.sources[key]?.parts : undefined;
      sources[key] = {
        source: source.source,
        sourceUrl: source.sourceUrl ?? null,
        date: source.date ?? today,
        note: source.note ?? null,
        estimate: source.estimate ?? false,
        ...(keptParts ? { parts: keptParts } : {}),
      };
    }

    const [after] = await tx
      .update(assumptionDefaults)
      .set({
        salaryTableId: next.salaryTableId,
        salaryStep: String(next.salaryStep),
        employerCostPct: next.employerCostPct,
        rateCardId: next.rateCardId,
        defaultHireRole: next.defaultHireRole,
        priceIndexationPct: next.priceIndexationPct,
        wageIndexationPct: next.wageIndexationPct,
        interestRatePct: next.interestRatePct,
        activationThresholdCents: next.activationThresholdCents,
        defaultDepreciationYears: next.defaultDepreciationYears,
        defaultElasticity: next.defaultElasticity,
        retenderPct: next.retenderPct,
        migrationPct: next.migrationPct,
        scalingRange: next.scalingRange ?? null,
        depreciationYearsByAssetClass: next.depreciationYearsByAssetClass,
        externalFinancingPct: next.externalFinancingPct,
        interestOnOwnEquity: next.interestOnOwnEquity,
        writeOffAtOnce: next.writeOffAtOnce,
        sources,
        updatedAt: new Date(),
      })
      .where(eq(assumptionDefaults.id, before.id))
      .returning();
    if (!after) throw new AppError('INTERNAL', 'updating the organisation defaults returned no row');
    await recordAudit(tx, {
      organisationId,
      userId,
      entity: 'assumption_defaults',
      entityId: after.id,
      action: 'update',
      before: { values: toDefaultValues(before), sources: before.sources },
      after: { values: toDefaultValues(after), sources: after.sources },
    });
    return after;
  });
  cache.invalidate();
  return toOrganisationDefaults(result);
}
