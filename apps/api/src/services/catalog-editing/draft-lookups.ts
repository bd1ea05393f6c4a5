import { and, eq, max } from 'drizzle-orm';
import {
  catalogEditions,
  catalogLines,
  developments,
  domains,
  type CatalogEditionRow,
  type CatalogLineRow,
  type Db,
  type DevelopmentRow,
  type Tx,
} from '@app/db';
import { calculate, EngineInputError } from '@app/engine';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { firstFreeKey } from '../ids.ts';
import { toLineInput, toModelProfile } from '../engine-input/mappers.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';

// Lookups and checks every write to a draft edition shares. Every write locks the edition row first
// (lock-draft-edition.ts), so it cannot interleave with publishing, and is refused (409) once the
// edition is published.

export async function findDomainId(tx: Tx, editionId: string, domainKey: string): Promise<string> {
  const [domain] = await tx
    .select({ id: domains.id })
    .from(domains)
    .where(and(eq(domains.editionId, editionId), eq(domains.key, domainKey)))
    .limit(1);
  if (!domain) throw invalidField('body.domainKey', `is geen domein van deze editie (${domainKey})`);
  return domain.id;
}

export async function findDevelopment(
  tx: Tx,
  editionId: string,
  developmentId: string,
  path?: string,
): Promise<DevelopmentRow> {
  const [development] = await tx
    .select()
    .from(developments)
    .where(and(eq(developments.editionId, editionId), eq(developments.id, developmentId)))
    .limit(1);
  if (!development) {
    if (path) throw invalidField(path, 'is geen ontwikkeling van deze editie');
    throw notFound('Ontwikkeling');
  }
  return development;
}

export async function findLine(tx: Tx, editionId: string, lineId: string): Promise<CatalogLineRow> {
  const [line] = await tx
    .select()
    .from(catalogLines)
    .where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.id, lineId)))
    .limit(1);
  if (!line) throw notFound('Regel');
  return line;
}

/** The key of a development's domain ('' if it is gone), for the engine check of a line. */
export async function domainKeyOf(tx: Tx, development: DevelopmentRow): Promise<string> {
  const [domain] = await tx
    .select({ key: domains.key })
    .from(domains)
    .where(eq(domains.id, development.domainId))
    .limit(1);
  return domain?.key ?? '';
}

/**
 * Where a new development or line goes in the edition: the first free key from `base` (`base-2`, …)
 * and the position after the last one.
 */
export async function keyAndPositionFor(
  tx: Tx,
  table: typeof developments | typeof catalogLines,
  editionId: string,
  base: string,
): Promise<{ key: string; position: number }> {
  // The two tables share these columns; drizzle cannot read a union of tables, so it sees one of them.
  const t = table as typeof developments;
  const key = await firstFreeKey(
    base,
    async (candidate) =>
      (
        await tx
          .select({ id: t.id })
          .from(t)
          .where(and(eq(t.editionId, editionId), eq(t.key, candidate)))
          .limit(1)
      ).length > 0,
  );
  const [last] = await tx
    .select({ position: max(t.position) })
    .from(t)
    .where(eq(t.editionId, editionId));
  return { key, position: (last?.position ?? -1) + 1 };
}

/** The row a write inserted (a missing one is a bug, 500), audited as created. */
export async function auditCreated<Row extends { id: string }>(
  tx: Tx,
  scope: RequestScope,
  entity: 'catalog_development' | 'catalog_line',
  row: Row | undefined,
): Promise<Row> {
  if (!row) throw new AppError('INTERNAL', `inserting the ${entity} returned no row`);
  await recordAudit(tx, { ...actorOf(scope), entity, entityId: row.id, action: 'create', after: row });
  return row;
}

/** A new edition's name must be free: 409 naming `path` otherwise. */
export async function assertEditionNameFree(db: Db | Tx, name: string, path: string): Promise<void> {
  const [clash] = await db
    .select({ id: catalogEditions.id })
    .from(catalogEditions)
    .where(eq(catalogEditions.name, name))
    .limit(1);
  if (clash)
    throw new AppError('CONFLICT', `Er bestaat al een catalogus-editie met de naam "${name}".`, {
      fields: [{ path, message: 'bestaat al' }],
    });
}

/**
 * Runs the engine on the line alone (the edition's model profile, the organisation's default assumptions), so a
 * line that a budget could not compute (staff without hours, an unknown scale or role) is refused
 * here with the field named, instead of breaking every budget built on the edition.
 */
export async function assertComputes(
  db: Db | Tx,
  cache: ReferenceCache,
  organisationId: string,
  edition: CatalogEditionRow,
  row: CatalogLineRow,
  domainKey: string,
): Promise<void> {
  const { assumptions } = await cache.defaultAssumptions(db as Db, organisationId);
  const model = toModelProfile(edition);
  const firstYear = 2026;
  try {
    calculate({
      modelProfile: model,
      profile: model,
      firstYear,
      horizonYears: 1,
      assumptions,
      developments: [{ id: row.developmentId, domainKey, title: 'controle', enabled: true, startYear: firstYear }],
      lines: [toLineInput(row)],
    });
  } catch (error) {
    if (error instanceof EngineInputError) {
      const field = /^lines\[0\]\.(\w+)/.exec(error.field)?.[1];
      throw invalidField(
        field ? `body.${field}` : 'body',
        `past niet bij de rest van de regel of ontbreekt (${error.message})`,
      );
    }
    throw error;
  }
}
