import { eq } from 'drizzle-orm';
import { catalogLines } from '@app/db';
import type { EditableLine } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { toEditableLine } from './editable-view.ts';
import { findLine } from './draft-lookups.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

// Retiring keeps the row (budgets built on a copy of it keep their line) but new budgets on the
// edition no longer get it.

export async function retireLine(scope: RequestScope, editionId: string, lineId: string): Promise<EditableLine> {
  return inDraftEdition(scope, editionId, async (tx) => {
    const before = await findLine(tx, editionId, lineId);
    const [after] = await tx.update(catalogLines).set({ retired: true }).where(eq(catalogLines.id, lineId)).returning();
    if (!after) throw notFound('Regel');
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_line',
      entityId: lineId,
      action: 'retire',
      before: { retired: before.retired },
      after: { retired: true },
    });
    return toEditableLine(after);
  });
}
