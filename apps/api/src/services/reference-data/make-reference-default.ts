import { eq } from 'drizzle-orm';
import { assumptionDefaults, rateCards, salaryTables, type RateCardRow, type SalaryTableRow, type Tx } from '@app/db';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../workflow/budget-workflow.ts';
import { toDefaultValues } from '../engine-input/mappers.ts';
import { assertCoherentDefaults, lockOrganisationDefaults } from './organisation-defaults-records.ts';
import { rateCardSource, salaryTableSource } from './default-sources.ts';

/**
 * Points the organisation's defaults at a new table or card, inside the caller's transaction;
 * answers the id now default.
 */
export async function makeReferenceDefault(
  tx: Tx,
  actor: Actor,
  change: { salaryTableId?: SalaryTableRow; rateCardId?: RateCardRow },
  needs: { scales: Set<string>; roles: Set<string> },
): Promise<string> {
  const before = await lockOrganisationDefaults(tx, actor.organisationId);
  const table =
    change.salaryTableId ??
    (await tx.select().from(salaryTables).where(eq(salaryTables.id, before.salaryTableId)).limit(1))[0];
  const card =
    change.rateCardId ?? (await tx.select().from(rateCards).where(eq(rateCards.id, before.rateCardId)).limit(1))[0];
  if (!table || !card) throw new AppError('INTERNAL', 'defaults name a missing salary table or rate card');
  assertCoherentDefaults(toDefaultValues(before), table, card, needs, {
    salaryTable: 'body.scales',
    rateCard: 'body.rates',
    salaryStep: 'body.makeDefault',
    defaultHireRole: 'body.rates',
  });
  const today = new Date().toISOString().slice(0, 10);
  const sources = { ...before.sources };
  const set: Partial<typeof assumptionDefaults.$inferInsert> = {};
  if (change.salaryTableId) {
    set.salaryTableId = table.id;
    sources.salaryTableId = salaryTableSource(table, today);
  }
  if (change.rateCardId) {
    set.rateCardId = card.id;
    sources.rateCardId = rateCardSource(card, today);
  }
  await tx
    .update(assumptionDefaults)
    .set({ ...set, sources, updatedAt: new Date() })
    .where(eq(assumptionDefaults.id, before.id));
  await recordAudit(tx, {
    ...actor,
    entity: 'assumption_defaults',
    entityId: before.id,
    action: 'update',
    before: { salaryTableId: before.salaryTableId, rateCardId: before.rateCardId },
    after: {
      salaryTableId: set.salaryTableId ?? before.salaryTableId,
      rateCardId: set.rateCardId ?? before.rateCardId,
    },
  });
  return (change.salaryTableId ?? change.rateCardId)!.id;
}
