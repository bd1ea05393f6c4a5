import type { CatalogEditionRow, Tx } from '@app/db';
import type { RequestScope } from '../request-scope.ts';
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

/** A write to a draft edition: one transaction that takes the draft's lock before `work` runs. */
export async function inDraftEdition<T>(
  scope: RequestScope,
  editionId: string,
  work: (tx: Tx, edition: CatalogEditionRow) => Promise<T>,
): Promise<T> {
  return scope.db.transaction(async (tx) => work(tx, await lockDraftEdition(tx, editionId)));
}
