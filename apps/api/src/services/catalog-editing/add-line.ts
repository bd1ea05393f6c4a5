import { catalogLines } from '@app/db';
import type { EditableLine, EditionLineCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { slugId } from '../ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertComputes, domainKeyOf, findDevelopment, keyAndPositionFor } from './draft-lookups.ts';
import { toEditableLine } from './editable-view.ts';
import { lockDraftEdition } from './lock-draft-edition.ts';

/** A new (custom) line in a draft edition; refused with the field named if a budget could not compute it. */
export async function addLine(scope: RequestScope, editionId: string, body: EditionLineCreate): Promise<EditableLine> {
  return scope.db.transaction(async (tx) => {
    const edition = await lockDraftEdition(tx, editionId);
    const development = await findDevelopment(tx, editionId, body.developmentId, 'body.developmentId');
    const { developmentId: _d, basis, notes, sourceUrl, taakveld, ...values } = body;
    const { key, position } = await keyAndPositionFor(
      tx,
      catalogLines,
      editionId,
      `${development.key}/${slugId(body.description)}`,
    );
    const [row] = await tx
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
    if (!row) throw new AppError('INTERNAL', 'inserting the line returned no row');
    await assertComputes(tx, scope.cache, scope.organisationId, edition, row, await domainKeyOf(tx, development));
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_line',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return toEditableLine(row);
  });
}
