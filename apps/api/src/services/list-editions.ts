import { desc } from 'drizzle-orm';
import { catalogEditions, type Db } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { toCatalogEdition } from './catalog-mappers.ts';

/** Catalog editions, newest first. Drafts are work in progress of an administrator: only they see them. */
export async function listEditions(db: Db, options: { includeDrafts: boolean }): Promise<CatalogEdition[]> {
  const rows = await db.select().from(catalogEditions).orderBy(desc(catalogEditions.publishedAt), desc(catalogEditions.createdAt));
  return rows.filter((row) => options.includeDrafts || row.status !== 'draft').map(toCatalogEdition);
}
