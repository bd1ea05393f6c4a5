import type { CatalogEditionRow, Tx } from '@app/db';
import { AppError } from '../../errors.ts';
import { lockEdition } from './lock-edition.ts';

/**
 * The edition, locked for the rest of the transaction, if it is a draft. Published editions are
 * read-only (budgets pin them), so any write to one is a 409 that says what to do instead.
 */
export async function lockDraftEdition(tx: Tx, editionId: string): Promise<CatalogEditionRow> {
  const edition = await lockEdition(tx, editionId);
  if (edition.status !== 'draft') {
    throw new AppError(
      'CONFLICT',
      `De editie "${edition.name}" is ${edition.status === 'published' ? 'gepubliceerd' : 'ingetrokken'} en kan niet meer worden gewijzigd. Maak een nieuwe conceptversie om iets te veranderen.`,
    );
  }
  return edition;
}
