import { eq } from 'drizzle-orm';
import { catalogEditions, type CatalogEditionRow, type Tx } from '@app/db';
import { AppError, notFound } from '../../errors.ts';

/**
 * The edition, locked for the rest of the transaction, if it is a draft. Published editions are
 * read-only (budgets pin them), so any write to one is a 409 that says what to do instead.
 */
export async function lockDraftEdition(tx: Tx, editionId: string): Promise<CatalogEditionRow> {
  const [edition] = await tx
    .select()
    .from(catalogEditions)
    .where(eq(catalogEditions.id, editionId))
    .for('update')
    .limit(1);
  if (!edition) throw notFound('Catalogus-editie');
  if (edition.status !== 'draft') {
    throw new AppError(
      'CONFLICT',
      `De editie "${edition.name}" is ${edition.status === 'published' ? 'gepubliceerd' : 'ingetrokken'} en kan niet meer worden gewijzigd. Maak een nieuwe conceptversie om iets te veranderen.`,
    );
  }
  return edition;
}
