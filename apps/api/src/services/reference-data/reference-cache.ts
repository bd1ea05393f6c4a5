import { asc, eq } from 'drizzle-orm';
import {
  catalogEditions,
  catalogLines,
  developments,
  domains,
  findCurrentEdition,
  loadDefaultAssumptionRows,
  loadStaffRatios,
  type AssumptionDefaultsRow,
  type CatalogEditionRow,
  type CatalogLineRow,
  type Db,
  type DevelopmentRow,
  type DomainRow,
} from '@app/db';
import type { Assumptions, LineInput, StaffRatio } from '@app/engine';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { toAssumptions, toLineInput } from '../engine-input/mappers.ts';
import { UUID_PATTERN } from '../ids.ts';

/** One catalog edition, fully loaded, in the order the catalog presents it. */
export interface EditionData {
  edition: CatalogEditionRow;
  domains: DomainRow[];
  developments: DevelopmentRow[];
  /** Every line of the edition, retired ones included (budgets may still use them). */
  lines: CatalogLineRow[];
  lineInputs: Map<string, LineInput>;
  developmentById: Map<string, DevelopmentRow>;
  domainById: Map<string, DomainRow>;
}

export interface DefaultAssumptions {
  assumptions: Assumptions;
  row: AssumptionDefaultsRow;
}

/**
 * Published catalog editions are read-only, so they are loaded once per process and kept; that
 * keeps a stateless calculation to one query or none. Drafts are always read fresh. Default
 * assumptions are editable reference data: kept for a few seconds only (and `invalidate()` after
 * an admin change).
 */
export interface ReferenceCache {
  resolveEditionId(db: Db, editionId: string | undefined): Promise<string>;
  edition(db: Db, editionId: string): Promise<EditionData>;
  /** The organisation's defaults, or the global ones for an anonymous request (null). */
  defaultAssumptions(db: Db, organisationId: string | null): Promise<DefaultAssumptions>;
  /** Formatie per 1.000 inwoners by size class (editable reference data, kept briefly). */
  staffRatios(db: Db): Promise<StaffRatio[]>;
  invalidate(): void;
}

const DEFAULTS_TTL_MS = 5_000;

export function createReferenceCache(): ReferenceCache {
  const editions = new Map<string, EditionData>();
  const defaults = new Map<string, { at: number; value: DefaultAssumptions }>();
  let currentEditionId: { at: number; id: string } | null = null;
  let ratios: { at: number; value: StaffRatio[] } | null = null;

  return {
    async resolveEditionId(db, editionId) {
      if (editionId && editionId !== 'current') {
        if (!UUID_PATTERN.test(editionId)) throw notFound('Catalogus-editie');
        return editionId;
      }
      if (currentEditionId && Date.now() - currentEditionId.at < DEFAULTS_TTL_MS) return currentEditionId.id;
      const row = await findCurrentEdition(db);
      if (!row) throw new AppError('NOT_FOUND', 'Er is nog geen gepubliceerde catalogus-editie.');
      currentEditionId = { at: Date.now(), id: row.id };
      return row.id;
    },

    async edition(db, editionId) {
      const cached = editions.get(editionId);
      if (cached) return cached;
      const data = await loadEdition(db, editionId);
      if (data.edition.status === 'published') editions.set(editionId, data);
      return data;
    },

    async defaultAssumptions(db, organisationId) {
      const key = organisationId ?? '';
      const cached = defaults.get(key);
      if (cached && Date.now() - cached.at < DEFAULTS_TTL_MS) return cached.value;
      const { defaults: row, salaryTable, rateCard } = await loadDefaultAssumptionRows(db, organisationId);
      const value = { assumptions: toAssumptions(row, salaryTable, rateCard), row };
      defaults.set(key, { at: Date.now(), value });
      return value;
    },

    async staffRatios(db) {
      if (ratios && Date.now() - ratios.at < DEFAULTS_TTL_MS) return ratios.value;
      const value = await loadStaffRatios(db);
      ratios = { at: Date.now(), value };
      return value;
    },

    invalidate() {
      editions.clear();
      defaults.clear();
      currentEditionId = null;
      ratios = null;
    },
  };
}

/**
 * The edition a request names (`editionId`, default the current one). An id that names no edition
 * is the client's mistake: 400 on `body.editionId`, not 404 (the resource addressed is not the edition).
 */
export async function requestedEdition(
  db: Db,
  cache: ReferenceCache,
  editionId: string | undefined,
): Promise<EditionData> {
  try {
    return await cache.edition(db, await cache.resolveEditionId(db, editionId));
  } catch (error) {
    if (editionId && error instanceof AppError && error.code === 'NOT_FOUND')
      throw invalidField('body.editionId', 'is geen bestaande catalogus-editie');
    throw error;
  }
}

/** An edition with all its rows, read now (the cache keeps these; editing reads a draft fresh). */
export async function loadEdition(db: Db, editionId: string): Promise<EditionData> {
  const [edition] = await db.select().from(catalogEditions).where(eq(catalogEditions.id, editionId)).limit(1);
  if (!edition) throw notFound('Catalogus-editie');
  const [domainRows, developmentRows, lineRows] = await Promise.all([
    db.select().from(domains).where(eq(domains.editionId, editionId)).orderBy(asc(domains.position), asc(domains.key)),
    db
      .select()
      .from(developments)
      .where(eq(developments.editionId, editionId))
      .orderBy(asc(developments.position), asc(developments.key)),
    db
      .select()
      .from(catalogLines)
      .where(eq(catalogLines.editionId, editionId))
      .orderBy(asc(catalogLines.position), asc(catalogLines.key)),
  ]);
  return {
    edition,
    domains: domainRows,
    developments: developmentRows,
    lines: lineRows,
    lineInputs: new Map(lineRows.map((row) => [row.id, toLineInput(row)])),
    developmentById: new Map(developmentRows.map((row) => [row.id, row])),
    domainById: new Map(domainRows.map((row) => [row.id, row])),
  };
}
