import { eq } from 'drizzle-orm';
import { catalogEditions, type CatalogEditionRow, type Tx } from '@app/db';
import type { CatalogEdition } from '@app/schemas';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { lockEdition } from './lock-edition.ts';

/** One step in an edition's life (publish, retire) and what must hold before it may be taken. */
export interface EditionStep {
  action: 'publish' | 'retire';
  set: Partial<typeof catalogEditions.$inferInsert> & { status: CatalogEditionRow['status'] };
  /** Throws (409) when the locked edition may not take the step. */
  check(tx: Tx, edition: CatalogEditionRow): Promise<void>;
}

/**
 * Takes the step in one transaction: the edition row locked (no catalog-editing write can
 * interleave), checked, updated and the step audited; the reference cache is dropped afterwards,
 * so the next request sees which edition is current.
 */
export async function changeEditionStatus(
  scope: RequestScope,
  editionId: string,
  step: EditionStep,
): Promise<CatalogEdition> {
  const updated = await scope.db.transaction(async (tx) => {
    const edition = await lockEdition(tx, editionId);
    await step.check(tx, edition);
    const [row] = await tx.update(catalogEditions).set(step.set).where(eq(catalogEditions.id, editionId)).returning();
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_edition',
      entityId: editionId,
      action: step.action,
      before: { status: edition.status },
      after: { status: step.set.status, name: edition.name },
    });
    return row!;
  });
  scope.cache.invalidate();
  return toCatalogEdition(updated);
}
