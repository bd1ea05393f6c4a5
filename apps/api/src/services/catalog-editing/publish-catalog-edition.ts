import { eq } from 'drizzle-orm';
import { catalogLines } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { changeEditionStatus } from './change-edition-status.ts';

/**
 * Draft → published: read-only from now on and the current edition for new budgets. The edition row
 * is locked, so a catalog-editing write cannot interleave; the step is audited in the same
 * transaction.
 */
export async function publishCatalogEdition(scope: RequestScope, editionId: string): Promise<CatalogEdition> {
  if (!isUuid(editionId)) throw notFound('Catalogus-editie');
  return changeEditionStatus(scope, editionId, {
    action: 'publish',
    set: { status: 'published', publishedAt: new Date() },
    async check(tx, edition) {
      if (edition.status !== 'draft')
        throw new AppError(
          'CONFLICT',
          `Alleen een concept-editie kan worden gepubliceerd; "${edition.name}" is ${edition.status}.`,
        );
      const [line] = await tx
        .select({ id: catalogLines.id })
        .from(catalogLines)
        .where(eq(catalogLines.editionId, editionId))
        .limit(1);
      if (!line)
        throw new AppError(
          'CONFLICT',
          `De editie "${edition.name}" heeft geen regels en kan niet worden gepubliceerd.`,
        );
    },
  });
}
