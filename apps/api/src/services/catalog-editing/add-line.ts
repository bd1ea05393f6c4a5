import { and, eq, max } from 'drizzle-orm';
import { catalogLines, domains } from '@app/db';
import type { EditableLine, EditionLineCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { slugId } from '../reference-data/create-reference-data.ts';
import { firstFreeKey } from '../ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { assertComputes, findDevelopment } from './draft-lookups.ts';
import { toEditableLine } from './editable-view.ts';
import { lockDraftEdition } from './lock-draft-edition.ts';

/** A new (custom) line in a draft edition; refused with the field named if a budget could not compute it. */
export async function addLine(scope: RequestScope, editionId: string, body: EditionLineCreate): Promise<EditableLine> {
  return scope.db.transaction(async (tx) => {
    const edition = await lockDraftEdition(tx, editionId);
    const development = await findDevelopment(tx, editionId, body.developmentId, 'body.developmentId');
    const { developmentId: _d, basis, notes, sourceUrl, taakveld, ...values } = body;
    const key = await firstFreeKey(
      `${development.key}/${slugId(body.description)}`,
      async (candidate) =>
        (
          await tx
            .select({ id: catalogLines.id })
            .from(catalogLines)
            .where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.key, candidate)))
            .limit(1)
        ).length > 0,
    );
    const [last] = await tx
      .select({ position: max(catalogLines.position) })
      .from(catalogLines)
      .where(eq(catalogLines.editionId, editionId));
    const [row] = await tx
      .insert(catalogLines)
      .values({
        ...values,
        editionId,
        developmentId: development.id,
        key,
        position: (last?.position ?? -1) + 1,
        basis: basis ?? null,
        notes: notes ?? null,
        sourceUrl: sourceUrl ?? null,
        ...(taakveld ? { taakveld } : {}),
        provenance: 'custom',
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the line returned no row');
    const [domain] = await tx
      .select({ key: domains.key })
      .from(domains)
      .where(eq(domains.id, development.domainId))
      .limit(1);
    await assertComputes(tx, scope.cache, scope.organisationId, edition, row, domain?.key ?? '');
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
