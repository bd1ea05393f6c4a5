import type { Assumptions } from '@app/engine';
import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from './client.ts';
import { RecordNotFoundError } from './errors.ts';
import { toAssumptions, type StaffRatio } from './mappers.ts';
import { catalogEditions, type CatalogEditionRow } from './schema/catalog.ts';
import { assumptionDefaults, rateCards, salaryTables, staffRatios, type AssumptionDefaultsRow, type AssumptionSource } from './schema/reference-data.ts';

// Small reads that several services need; anything use-case specific belongs in the API.

/** The newest published edition (what "current" means in the API). */
export async function findCurrentEdition(db: Db): Promise<CatalogEditionRow | undefined> {
  const [edition] = await db
    .select()
    .from(catalogEditions)
    .where(eq(catalogEditions.status, 'published'))
    .orderBy(desc(catalogEditions.publishedAt), asc(catalogEditions.name))
    .limit(1);
  return edition;
}

/**
 * Default assumptions for a new budget: the organisation's own defaults if it has them, else
 * the global row, with its salary table and rate card embedded as the engine expects.
 */
export async function loadDefaultAssumptions(
  db: Db,
  organisationId?: string | null,
): Promise<{ assumptions: Assumptions; sources: Record<string, AssumptionSource>; row: AssumptionDefaultsRow }> {
  const scope = organisationId
    ? or(eq(assumptionDefaults.organisationId, organisationId), isNull(assumptionDefaults.organisationId))
    : isNull(assumptionDefaults.organisationId);
  const rows = await db
    .select({ defaults: assumptionDefaults, salaryTable: salaryTables, rateCard: rateCards })
    .from(assumptionDefaults)
    .innerJoin(salaryTables, eq(salaryTables.id, assumptionDefaults.salaryTableId))
    .innerJoin(rateCards, eq(rateCards.id, assumptionDefaults.rateCardId))
    .where(and(scope));
  // An organisation's own row beats the global one.
  const row = rows.find((r) => r.defaults.organisationId !== null) ?? rows[0];
  if (!row) throw new RecordNotFoundError('assumption_defaults', organisationId ?? 'global');
  return { assumptions: toAssumptions(row.defaults, row.salaryTable, row.rateCard), sources: row.defaults.sources, row: row.defaults };
}

/** The staff-ratio size classes (reference data), smallest class first. */
export async function loadStaffRatios(db: Db): Promise<StaffRatio[]> {
  return db.select().from(staffRatios).orderBy(asc(staffRatios.minInhabitants));
}
