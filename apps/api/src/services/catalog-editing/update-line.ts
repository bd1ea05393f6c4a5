import { eq } from 'drizzle-orm';
import { catalogLines } from '@app/db';
import type { EditableLine, EditionLinePatch } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertComputes, domainKeyOf, findDevelopment, findLine } from './draft-lookups.ts';
import { toEditableLine } from './editable-view.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

/** Any field of a line in a draft edition; a still active line must still compute. */
export async function updateLine(
  scope: RequestScope,
  editionId: string,
  lineId: string,
  patch: EditionLinePatch,
): Promise<EditableLine> {
  return inDraftEdition(scope, editionId, async (tx, edition) => {
    const before = await findLine(tx, editionId, lineId);
    if (patch.developmentId !== undefined)
      await findDevelopment(tx, editionId, patch.developmentId, 'body.developmentId');
    const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<
      typeof catalogLines.$inferInsert
    >;
    const [after] = await tx.update(catalogLines).set(set).where(eq(catalogLines.id, lineId)).returning();
    if (!after) throw notFound('Regel');
    const development = await findDevelopment(tx, editionId, after.developmentId);
    const domainKey = await domainKeyOf(tx, development);
    if (!after.retired) await assertComputes(tx, scope.cache, scope.organisationId, edition, after, domainKey);
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_line',
      entityId: lineId,
      action: after.retired && !before.retired ? 'retire' : 'update',
      before,
      after,
    });
    return toEditableLine(after);
  });
}
