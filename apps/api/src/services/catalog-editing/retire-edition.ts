import { and, eq, ne } from 'drizzle-orm';
import { catalogEditions } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';

/**
 * Withdraws a published edition (e.g. published by mistake): budgets that pinned it keep it, but new
 * budgets use the newest edition still published. The last published edition cannot be withdrawn,
 * so there is always a current catalog.
 */
export async function retireEdition(scope: RequestScope, editionId: string): Promise<CatalogEdition> {
  const { db, cache } = scope;
  const result = await db.transaction(async (tx) => {
    const [edition] = await tx
      .select()
      .from(catalogEditions)
      .where(eq(catalogEditions.id, editionId))
      .for('update')
      .limit(1);
    if (!edition) throw notFound('Catalogus-editie');
    if (edition.status !== 'published')
      throw new AppError(
        'CONFLICT',
        `Alleen een gepubliceerde editie kan worden ingetrokken; "${edition.name}" is ${edition.status === 'draft' ? 'een concept' : 'al ingetrokken'}.`,
      );
    const [other] = await tx
      .select({ id: catalogEditions.id })
      .from(catalogEditions)
      .where(and(eq(catalogEditions.status, 'published'), ne(catalogEditions.id, editionId)))
      .limit(1);
    if (!other)
      throw new AppError(
        'CONFLICT',
        `"${edition.name}" is de enige gepubliceerde editie en kan niet worden ingetrokken; publiceer eerst een andere.`,
      );
    const [retired] = await tx
      .update(catalogEditions)
      .set({ status: 'retired' })
      .where(eq(catalogEditions.id, editionId))
      .returning();
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_edition',
      entityId: editionId,
      action: 'retire',
      before: { status: edition.status },
      after: { status: 'retired', name: edition.name },
    });
    return retired!;
  });
  cache.invalidate();
  return toCatalogEdition(result);
}
