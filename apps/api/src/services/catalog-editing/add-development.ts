import { developments } from '@app/db';
import type { EditableDevelopment, EditionDevelopmentCreate } from '@app/schemas';
import { slugId } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { auditCreated, findDomainId, keyAndPositionFor } from './draft-lookups.ts';
import { toEditableDevelopment } from './editable-view.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

/** A new development in a draft edition, after the last one. */
export async function addDevelopment(
  scope: RequestScope,
  editionId: string,
  body: EditionDevelopmentCreate,
): Promise<EditableDevelopment> {
  return inDraftEdition(scope, editionId, async (tx) => {
    const domainId = await findDomainId(tx, editionId, body.domainKey);
    const { key, position } = await keyAndPositionFor(tx, developments, editionId, slugId(body.title));
    const [inserted] = await tx
      .insert(developments)
      .values({
        editionId,
        domainId,
        key,
        title: body.title,
        summary: body.summary ?? null,
        sourceUrl: body.sourceUrl ?? null,
        tags: body.tags ?? [],
        titleVerbatim: false,
        position,
      })
      .returning();
    const row = await auditCreated(tx, scope, 'catalog_development', inserted);
    return toEditableDevelopment(row, body.domainKey, []);
  });
}
