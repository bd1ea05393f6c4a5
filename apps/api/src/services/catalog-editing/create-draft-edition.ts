import { asc, eq } from 'drizzle-orm';
import { catalogEditions, catalogLines, developments, domains, type NewCatalogLineRow } from '@app/db';
import type { CatalogEdition, DraftEditionCreate } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertEditionNameFree } from './draft-lookups.ts';

const CHUNK = 400;

/**
 * A draft edition that starts as a full copy of a published one (domains, developments and every
 * line, retired ones included, with their provenance). One transaction.
 */
export async function createDraftEdition(
  scope: RequestScope,
  sourceEditionId: string,
  body: DraftEditionCreate,
): Promise<CatalogEdition> {
  return scope.db.transaction(async (tx) => {
    const [source] = await tx.select().from(catalogEditions).where(eq(catalogEditions.id, sourceEditionId)).limit(1);
    if (!source) throw notFound('Catalogus-editie');
    if (source.status !== 'published')
      throw new AppError(
        'CONFLICT',
        `Een conceptversie begint als kopie van een gepubliceerde editie; "${source.name}" is ${source.status === 'draft' ? 'zelf een concept' : 'ingetrokken'}.`,
      );
    await assertEditionNameFree(tx, body.name, 'body.name');

    const [draft] = await tx
      .insert(catalogEditions)
      .values({
        name: body.name,
        status: 'draft',
        modelInhabitants: source.modelInhabitants,
        modelEmployees: source.modelEmployees,
        modelDepartments: source.modelDepartments,
        source: body.source ?? source.source,
        sourceNote: `Conceptversie op basis van "${source.name}".${source.sourceNote ? ` ${source.sourceNote}` : ''}`,
        referenceDate: source.referenceDate,
      })
      .returning();
    if (!draft) throw new AppError('INTERNAL', 'inserting the draft edition returned no row');

    const sourceDomains = await tx
      .select()
      .from(domains)
      .where(eq(domains.editionId, source.id))
      .orderBy(asc(domains.position));
    const domainIds = new Map<string, string>();
    if (sourceDomains.length > 0) {
      const inserted = await tx
        .insert(domains)
        .values(sourceDomains.map(({ id: _id, editionId: _e, ...rest }) => ({ ...rest, editionId: draft.id })))
        .returning({ id: domains.id, key: domains.key });
      const byKey = new Map(inserted.map((row) => [row.key, row.id]));
      for (const domain of sourceDomains) domainIds.set(domain.id, byKey.get(domain.key)!);
    }

    const sourceDevelopments = await tx
      .select()
      .from(developments)
      .where(eq(developments.editionId, source.id))
      .orderBy(asc(developments.position));
    const developmentIds = new Map<string, string>();
    for (let i = 0; i < sourceDevelopments.length; i += CHUNK) {
      const chunk = sourceDevelopments.slice(i, i + CHUNK);
      const inserted = await tx
        .insert(developments)
        .values(
          chunk.map(({ id: _id, editionId: _e, domainId, ...rest }) => ({
            ...rest,
            editionId: draft.id,
            domainId: domainIds.get(domainId)!,
          })),
        )
        .returning({ id: developments.id, key: developments.key });
      const byKey = new Map(inserted.map((row) => [row.key, row.id]));
      for (const development of chunk) developmentIds.set(development.id, byKey.get(development.key)!);
    }

    const sourceLines = await tx
      .select()
      .from(catalogLines)
      .where(eq(catalogLines.editionId, source.id))
      .orderBy(asc(catalogLines.position));
    for (let i = 0; i < sourceLines.length; i += CHUNK) {
      const rows: NewCatalogLineRow[] = sourceLines
        .slice(i, i + CHUNK)
        .map(({ id: _id, editionId: _e, developmentId, ...rest }) => ({
          ...rest,
          editionId: draft.id,
          developmentId: developmentIds.get(developmentId)!,
        }));
      await tx.insert(catalogLines).values(rows);
    }

    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_edition',
      entityId: draft.id,
      action: 'create',
      after: {
        name: draft.name,
        copyOf: { id: source.id, name: source.name },
        domains: sourceDomains.length,
        developments: sourceDevelopments.length,
        lines: sourceLines.length,
      },
    });
    return toCatalogEdition(draft);
  });
}
