import { and, eq } from 'drizzle-orm';
import { catalogLines, developments, type Db } from '@app/db';
import type { EditableDevelopment, EditableLine } from '@app/schemas';
import { notFound } from '../errors.ts';
import { recordAudit } from './record-audit.ts';
import { lockDraftEdition } from './create-draft-edition.ts';
import { developmentWithLines, toEditableLine, type Actor } from './update-catalog-draft.ts';

// Retiring keeps the row (budgets built on a copy of it keep their line) but new budgets on the
// edition no longer get it. A development has no flag of its own: retiring it retires all its lines.

export async function retireLine(db: Db, actor: Actor, editionId: string, lineId: string): Promise<EditableLine> {
  return db.transaction(async (tx) => {
    await lockDraftEdition(tx, editionId);
    const [before] = await tx.select().from(catalogLines).where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.id, lineId))).limit(1);
    if (!before) throw notFound('Regel');
    const [after] = await tx.update(catalogLines).set({ retired: true }).where(eq(catalogLines.id, lineId)).returning();
    if (!after) throw notFound('Regel');
    await recordAudit(tx, { ...actor, entity: 'catalog_line', entityId: lineId, action: 'retire', before: { retired: before.retired }, after: { retired: true } });
    return toEditableLine(after);
  });
}

export async function retireDevelopment(db: Db, actor: Actor, editionId: string, developmentId: string): Promise<EditableDevelopment> {
  return db.transaction(async (tx) => {
    await lockDraftEdition(tx, editionId);
    const [development] = await tx.select().from(developments).where(and(eq(developments.editionId, editionId), eq(developments.id, developmentId))).limit(1);
    if (!development) throw notFound('Ontwikkeling');
    const retired = await tx
      .update(catalogLines)
      .set({ retired: true })
      .where(and(eq(catalogLines.developmentId, developmentId), eq(catalogLines.retired, false)))
      .returning({ id: catalogLines.id });
    await recordAudit(tx, { ...actor, entity: 'catalog_development', entityId: developmentId, action: 'retire', after: { title: development.title, retiredLineIds: retired.map((row) => row.id) } });
    return developmentWithLines(tx, development);
  });
}
