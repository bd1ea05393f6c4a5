import { and, eq, ne } from 'drizzle-orm';
import { catalogEditions } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { AppError } from '../../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import { changeEditionStatus } from './change-edition-status.ts';

/**
 * Withdraws a published edition (e.g. published by mistake): budgets that pinned it keep it, but new
 * budgets use the newest edition still published. The last published edition cannot be withdrawn,
 * so there is always a current catalog.
 */
export async function retireEdition(scope: RequestScope, editionId: string): Promise<CatalogEdition> {
  return changeEditionStatus(scope, editionId, {
    action: 'retire',
    set: { status: 'retired' },
    async check(tx, edition) {
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
    },
  });
}
