import { eq } from 'drizzle-orm';
import { catalogEditions, catalogLines } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { isUuid } from '../ids.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';

/**
 * Draft → published: read-only from now on and the current edition for new budgets. The edition row
 * is locked, so a catalog-editing write cannot interleave; the step is audited in the same
 * transaction.
 */
export async function publishCatalogEdition(scope: RequestScope, editionId: string): Promise<CatalogEdition> {
  const { db, cache } = scope;
  if (!isUuid(editionId)) throw notFound('Catalogus-editie');
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(catalogEditions)
      .where(eq(catalogEditions.id, editionId))
      .for('update')
      .limit(1);
    if (!row) throw notFound('Catalogus-editie');
    if (row.status !== 'draft')
      throw new AppError(
        'CONFLICT',
        `Alleen een concept-editie kan worden gepubliceerd; "${row.name}" is ${row.status}.`,
      );
    const [lineCount] = await tx
      .select({ id: catalogLines.id })
      .from(catalogLines)
      .where(eq(catalogLines.editionId, editionId))
      .limit(1);
    if (!lineCount)
      throw new AppError('CONFLICT', `De editie "${row.name}" heeft geen regels en kan niet worden gepubliceerd.`);
    const [published] = await tx
      .update(catalogEditions)
      .set({ status: 'published', publishedAt: new Date() })
      .where(eq(catalogEditions.id, editionId))
      .returning();
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_edition',
      entityId: editionId,
      action: 'publish',
      before: { status: row.status },
      after: { status: 'published', name: row.name },
    });
    return published!;
  });
  cache.invalidate();
  return toCatalogEdition(updated);
}
