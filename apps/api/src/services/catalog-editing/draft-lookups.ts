import { and, eq } from 'drizzle-orm';
import {
  developments,
  domains,
  type CatalogEditionRow,
  type CatalogLineRow,
  type Db,
  type DevelopmentRow,
  type Tx,
} from '@app/db';
import { calculate, EngineInputError } from '@app/engine';
import { invalidField, notFound } from '../../errors.ts';
import { toLineInput, toModelProfile } from '../engine-input/mappers.ts';
import type { ReferenceCache } from '../reference-data/reference-cache.ts';

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
