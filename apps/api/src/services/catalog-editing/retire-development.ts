import { and, eq } from 'drizzle-orm';
import { catalogLines } from '@app/db';
import type { EditableDevelopment } from '@app/schemas';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { developmentWithLines } from './editable-view.ts';
import { findDevelopment } from './draft-lookups.ts';
import { inDraftEdition } from './lock-draft-edition.ts';

// A development has no retired flag of its own: retiring it retires all its lines (the rows stay,
// budgets built on a copy keep them; new budgets on the edition no longer get them).

export async function retireDevelopment(
  scope: RequestScope,
  editionId: string,
  developmentId: string,
): Promise<EditableDevelopment> {
  return inDraftEdition(scope, editionId, async (tx) => {
    const development = await findDevelopment(tx, editionId, developmentId);
    const retired = await tx
      .update(catalogLines)
      .set({ retired: true })
      .where(and(eq(catalogLines.developmentId, developmentId), eq(catalogLines.retired, false)))
      .returning({ id: catalogLines.id });
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_development',
      entityId: developmentId,
      action: 'retire',
      after: { title: development.title, retiredLineIds: retired.map((row) => row.id) },
    });
    return developmentWithLines(tx, development);
  });
}
