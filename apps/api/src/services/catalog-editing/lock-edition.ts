import { eq } from 'drizzle-orm';
import { catalogEditions, type CatalogEditionRow, type Tx } from '@app/db';
import { notFound } from '../../errors.ts';

/**
 * The edition row, locked for the rest of the transaction: every write to an edition (its lines,
 * publishing, retiring) takes this lock first, so none can interleave with another.
 */
export async function lockEdition(tx: Tx, editionId: string): Promise<CatalogEditionRow> {
  const [edition] = await tx
    .select()
    .from(catalogEditions)
    .where(eq(catalogEditions.id, editionId))
    .for('update')
    .limit(1);
  if (!edition) throw notFound('Catalogus-editie');
  return edition;
}
