import { desc } from 'drizzle-orm';
import { catalogEditions, type Db } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { toCatalogEdition } from './catalog-mappers.ts';

export async function listEditions(db: Db): Promise<CatalogEdition[]> {
  const rows = await db.select().from(catalogEditions).orderBy(desc(catalogEditions.publishedAt), desc(catalogEditions.createdAt));
  return rows.map(toCatalogEdition);
}
