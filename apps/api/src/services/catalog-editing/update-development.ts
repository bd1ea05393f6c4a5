import { eq } from 'drizzle-orm';
import { developments } from '@app/db';
import type { EditableDevelopment, EditionDevelopmentPatch } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { findDevelopment, findDomainId } from './draft-lookups.ts';
import { developmentWithLines } from './editable-view.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

/** Domain, title, summary, source or tags of a development in a draft edition. */
export async function updateDevelopment(
  scope: RequestScope,
  editionId: string,
  developmentId: string,
  patch: EditionDevelopmentPatch,
): Promise<EditableDevelopment> {
  return inDraftEdition(scope, editionId, async (tx) => {
    const before = await findDevelopment(tx, editionId, developmentId);
    const set: Partial<typeof developments.$inferInsert> = {};
    if (patch.domainKey !== undefined) set.domainId = await findDomainId(tx, editionId, patch.domainKey);
    if (patch.title !== undefined) {
      set.title = patch.title;
      // An edited title is no longer the published text.
      if (patch.title !== before.title) set.titleVerbatim = false;
    }
    if (patch.summary !== undefined) set.summary = patch.summary;
    if (patch.sourceUrl !== undefined) set.sourceUrl = patch.sourceUrl;
    if (patch.tags !== undefined) set.tags = patch.tags;
    const [after] = await tx.update(developments).set(set).where(eq(developments.id, developmentId)).returning();
    if (!after) throw notFound('Ontwikkeling');
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_development',
      entityId: developmentId,
      action: 'update',
      before,
      after,
    });
    return developmentWithLines(tx, after);
  });
}
