import { desc } from 'drizzle-orm';
import { catalogEditions } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { seesDraftEditions, toCatalogEdition } from './catalog-mappers.ts';
import type { PublicScope } from '../request-scope.ts';

/** Catalog editions, newest first. Drafts are work in progress of an administrator: only they see them. */
export async function listEditions(scope: PublicScope): Promise<CatalogEdition[]> {
  const includeDrafts = seesDraftEditions(scope);
  const rows = await scope.db
    .select()
    .from(catalogEditions)
    .orderBy(desc(catalogEditions.publishedAt), desc(catalogEditions.createdAt));
  return rows.filter((row) => includeDrafts || row.status !== 'draft').map(toCatalogEdition);
}
