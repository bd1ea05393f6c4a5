import { asc, desc } from 'drizzle-orm';
import { rateCards, salaryTables } from '@app/db';
import type { ReferenceAdmin } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { loadHireRateCap } from './hire-rate-cap.ts';
import { toRateCardAdmin, toSalaryTableAdmin } from './reference-mappers.ts';
import { findDefaultsRow, toOrganisationDefaults } from './organisation-defaults-records.ts';

/** Everything the Beheer screen shows, with the organisation's defaults marked. */
export async function getReferenceAdmin(scope: RequestScope): Promise<ReferenceAdmin> {
  const { db, organisationId } = scope;
  const [tables, cards, defaults] = await Promise.all([
    db.select().from(salaryTables).orderBy(desc(salaryTables.validFrom), asc(salaryTables.id)),
    db.select().from(rateCards).orderBy(desc(rateCards.validFrom), asc(rateCards.id)),
    findDefaultsRow(db, organisationId),
  ]);
  return {
    salaryTables: tables.map((row) => toSalaryTableAdmin(row, defaults.salaryTableId)),
    rateCards: cards.map((row) => toRateCardAdmin(row, defaults.rateCardId)),
    defaults: toOrganisationDefaults(defaults),
    hireRateCap: await loadHireRateCap(db),
  };
}
