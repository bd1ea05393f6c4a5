import { and, eq, ne } from 'drizzle-orm';
import { catalogEditions, catalogLines, developments, type Db } from '@app/db';
import type { CatalogEdition, EditableDevelopment, EditableLine } from '@app/schemas';
import { AppError, notFound } from '../errors.ts';
import { toCatalogEdition } from './catalog-mappers.ts';
import type { ReferenceCache } from './reference-cache.ts';
import { recordAudit } from './record-audit.ts';
import { lockDraftEdition } from './create-draft-edition.ts';
import type { Actor } from './budget-workflow.ts';
import { developmentWithLines, toEditableLine } from './update-catalog-draft.ts';

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

/**
 * Withdraws a published edition (e.g. published by mistake): budgets that pinned it keep it, but new
 * budgets use the newest edition still published. The last published edition cannot be withdrawn,
 * so there is always a current catalog.
 */
export async function retireEdition(db: Db, cache: ReferenceCache, actor: Actor, editionId: string): Promise<CatalogEdition> {
  const result = await db.transaction(async (tx) => {
    const [edition] = await tx.select().from(catalogEditions).where(eq(catalogEditions.id, editionId)).for('update').limit(1);
    if (!edition) throw notFound('Catalogus-editie');
    if (edition.status !== 'published') throw new AppError('CONFLICT', `Alleen een gepubliceerde editie kan worden ingetrokken; "${edition.name}" is ${edition.status === 'draft' ? 'een concept' : 'al ingetrokken'}.`);
    const [other] = await tx
      .select({ id: catalogEditions.id })
      .from(catalogEditions)
      .where(and(eq(catalogEditions.status, 'published'), ne(catalogEditions.id, editionId)))
      .limit(1);
    if (!other) throw new AppError('CONFLICT', `"${edition.name}" is de enige gepubliceerde editie en kan niet worden ingetrokken; publiceer eerst een andere.`);
    const [retired] = await tx.update(catalogEditions).set({ status: 'retired' }).where(eq(catalogEditions.id, editionId)).returning();
    await recordAudit(tx, { ...actor, entity: 'catalog_edition', entityId: editionId, action: 'retire', before: { status: edition.status }, after: { status: 'retired', name: edition.name } });
    return retired!;
  });
  cache.invalidate();
  return toCatalogEdition(result);
}
