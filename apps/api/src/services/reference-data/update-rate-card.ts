import { eq } from 'drizzle-orm';
import { rateCards } from '@app/db';
import type { RateCardAdmin, RateCardPatch } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { updateLabelAndNote } from './label-and-note.ts';
import { toRateCardAdmin } from './reference-mappers.ts';

/** A rate card's label and note (platform administrators); its rates are fixed once created. */
export async function updateRateCard(scope: RequestScope, id: string, patch: RateCardPatch): Promise<RateCardAdmin> {
  const { row, defaults } = await updateLabelAndNote(
    scope,
    {
      entity: 'rate_card',
      name: 'Tariefkaart',
      lock: async (tx) => (await tx.select().from(rateCards).where(eq(rateCards.id, id)).for('update').limit(1))[0],
      write: async (tx, set) => (await tx.update(rateCards).set(set).where(eq(rateCards.id, id)).returning())[0],
    },
    id,
    patch,
  );
  return toRateCardAdmin(row, defaults.rateCardId);
}
