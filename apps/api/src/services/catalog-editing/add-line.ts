import { catalogLines } from '@app/db';
import type { EditableLine, EditionLineCreate } from '@app/schemas';
import { slugId } from '../ids.ts';
import type { RequestScope } from '../request-scope.ts';
import { assertComputes, auditCreated, domainKeyOf, findDevelopment, keyAndPositionFor } from './draft-lookups.ts';
import { toEditableLine } from './editable-view.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

/** A new (custom) line in a draft edition; refused with the field named if a budget could not compute it. */
export async function addLine(scope: RequestScope, editionId: string, body: EditionLineCreate): Promise<EditableLine> {
  return inDraftEdition(scope, editionId, async (tx, edition) => {
    const development = await findDevelopment(tx, editionId, body.developmentId, 'body.developmentId');
    const { developmentId: _d, basis, notes, sourceUrl, taakveld, ...values } = body;
    const { key, position } = await keyAndPositionFor(
      tx,
      catalogLines,
      editionId,
      `${development.key}/${slugId(body.description)}`,
    );
    const [inserted] = await tx
      .insert(catalogLines)
      .values({
        ...values,
        editionId,
        developmentId: development.id,
        key,
        position,
        basis: basis ?? null,
        notes: notes ?? null,
        sourceUrl: sourceUrl ?? null,
        ...(taakveld ? { taakveld } : {}),
        provenance: 'custom',
      })
      .returning();
    // Audited inside the transaction: refused by the check below, the entry goes with the row.
    const row = await auditCreated(tx, scope, 'catalog_line', inserted);
    await assertComputes(tx, scope.cache, scope.organisationId, edition, row, await domainKeyOf(tx, development));
    return toEditableLine(row);
  });
}
