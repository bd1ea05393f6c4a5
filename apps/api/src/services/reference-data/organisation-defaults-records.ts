import { and, eq, isNull } from 'drizzle-orm';
import {
  assumptionDefaults,
  catalogEditions,
  catalogLines,
  type AssumptionDefaultsRow,
  type Db,
  type Tx,
} from '@app/db';
import type { DefaultValues, OrganisationDefaults } from '@app/schemas';
import { AppError, invalidField } from '../../errors.ts';
import { toDefaultValues } from '../engine-input/mappers.ts';
import { partsOf } from '../budgets/source-parts.ts';

// The defaults a new budget of the organisation starts from. The organisation inherits the global
// row until its administrator changes something; the first change copies the global row into the
// organisation's own (the cache and create-budget already prefer an organisation's row).

export function toOrganisationDefaults(row: AssumptionDefaultsRow): OrganisationDefaults {
  const sources: OrganisationDefaults['sources'] = {};
  for (const [key, source] of Object.entries(row.sources)) {
    sources[key] = {
      source: source.source,
      sourceUrl: source.sourceUrl ?? null,
      date: source.date ?? null,
      note: source.note ?? null,
      estimate: source.estimate ?? false,
      ...partsOf(source),
    };
  }
  return {
    scope: row.organisationId ? 'organisation' : 'global',
    values: toDefaultValues(row),
    sources,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The organisation's own row, else the global one. */
export async function findDefaultsRow(db: Db | Tx, organisationId: string): Promise<AssumptionDefaultsRow> {
  const [own] = await db
    .select()
    .from(assumptionDefaults)
    .where(eq(assumptionDefaults.organisationId, organisationId))
    .limit(1);
  if (own) return own;
  const [global] = await db.select().from(assumptionDefaults).where(isNull(assumptionDefaults.organisationId)).limit(1);
  if (!global) throw new AppError('INTERNAL', 'default assumptions are missing (is the database seeded?)');
  return global;
}

/** The organisation's own row, locked for the rest of the transaction; created as a copy of the global row when missing. */
export async function lockOrganisationDefaults(tx: Tx, organisationId: string): Promise<AssumptionDefaultsRow> {
  const [own] = await tx
    .select()
    .from(assumptionDefaults)
    .where(eq(assumptionDefaults.organisationId, organisationId))
    .for('update')
    .limit(1);
  if (own) return own;
  const [global] = await tx.select().from(assumptionDefaults).where(isNull(assumptionDefaults.organisationId)).limit(1);
  if (!global) throw new AppError('INTERNAL', 'default assumptions are missing (is the database seeded?)');
  const { id: _id, updatedAt: _updatedAt, ...copy } = global;
  const [created] = await tx
    .insert(assumptionDefaults)
    .values({ ...copy, organisationId })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  // A concurrent first change created it; take that one.
  const [raced] = await tx
    .select()
    .from(assumptionDefaults)
    .where(eq(assumptionDefaults.organisationId, organisationId))
    .for('update')
    .limit(1);
  if (!raced) throw new AppError('INTERNAL', 'organisation defaults vanished');
  return raced;
}

/** Salary scales and hire roles the published catalog lines use: every default table or card must cover them. */
export async function catalogNeeds(db: Db | Tx): Promise<{ scales: Set<string>; roles: Set<string> }> {
  const rows = await db
    .selectDistinct({
      costBasis: catalogLines.costBasis,
      salaryScale: catalogLines.salaryScale,
      hireRole: catalogLines.hireRole,
    })
    .from(catalogLines)
    .innerJoin(catalogEditions, eq(catalogEditions.id, catalogLines.editionId))
    .where(and(eq(catalogEditions.status, 'published'), eq(catalogLines.retired, false)));
  const scales = new Set<string>();
  const roles = new Set<string>();
  for (const row of rows) {
    if (row.costBasis === 'staff' && row.salaryScale) scales.add(row.salaryScale);
    if (row.costBasis === 'hire' && row.hireRole) roles.add(row.hireRole);
  }
  return { scales, roles };
}

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'nl-NL', { numeric: true }));

/** Checks a combination of defaults, salary table and rate card the engine will have to compute with. */
export function assertCoherentDefaults(
  values: Pick<DefaultValues, 'salaryStep' | 'defaultHireRole'>,
  table: { id: string; scales: Record<string, number[]> },
  card: { id: string; rates: Record<string, number> },
  needs: { scales: Set<string>; roles: Set<string> },
  paths: { salaryTable: string; rateCard: string; salaryStep: string; defaultHireRole: string },
): void {
  const missingScales = sorted([...needs.scales].filter((scale) => !table.scales[scale]?.length));
  if (missingScales.length > 0)
    throw invalidField(paths.salaryTable, `mist schalen die de catalogus gebruikt: ${missingScales.join(', ')}`);
  if (values.salaryStep !== 'max') {
    const shortest = Math.min(...Object.values(table.scales).map((steps) => steps.length));
    if (values.salaryStep >= shortest)
      throw invalidField(
        paths.salaryStep,
        `trede ${values.salaryStep} bestaat niet in elke schaal van "${table.id}" (hoogstens ${shortest - 1})`,
      );
  }
  const roles = new Set([...needs.roles, values.defaultHireRole]);
  const missingRoles = sorted([...roles].filter((role) => !Object.prototype.hasOwnProperty.call(card.rates, role)));
  if (missingRoles.length > 0) {
    const path =
      missingRoles.length === 1 &&
      missingRoles[0] === values.defaultHireRole &&
      !needs.roles.has(values.defaultHireRole)
        ? paths.defaultHireRole
        : paths.rateCard;
    throw invalidField(path, `rollen ontbreken op tariefkaart "${card.id}": ${missingRoles.join(', ')}`);
  }
}
