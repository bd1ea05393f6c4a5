import { asc, eq } from 'drizzle-orm';
import { catalogEditions, catalogLines, developments, domains } from '@app/db';
import type { EditableEdition } from '@app/schemas';
import { notFound } from '../../errors.ts';
import { toCatalogEdition } from '../catalog-mappers.ts';
import type { RequestScope } from '../request-scope.ts';
import { toEditableDevelopment } from './editable-view.ts';

/** The full tree of an edition for editing, retired lines included (the public catalog hides them). */
export async function getEditableEdition(scope: RequestScope, editionId: string): Promise<EditableEdition> {
  const { db } = scope;
  const [edition] = await db.select().from(catalogEditions).where(eq(catalogEditions.id, editionId)).limit(1);
  if (!edition) throw notFound('Catalogus-editie');
  const [domainRows, developmentRows, lineRows] = await Promise.all([
    db.select().from(domains).where(eq(domains.editionId, editionId)).orderBy(asc(domains.position), asc(domains.key)),
    db.select().from(developments).where(eq(developments.editionId, editionId)).orderBy(asc(developments.position), asc(developments.key)),
    db.select().from(catalogLines).where(eq(catalogLines.editionId, editionId)).orderBy(asc(catalogLines.position), asc(catalogLines.key)),
  ]);
  const domainKey = new Map(domainRows.map((row) => [row.id, row.key]));
  return {
    edition: toCatalogEdition(edition),
    domains: domainRows.map((row) => ({ key: row.key, name: row.name })),
    developments: developmentRows.map((development) =>
      toEditableDevelopment(development, domainKey.get(development.domainId) ?? '', lineRows.filter((line) => line.developmentId === development.id)),
    ),
  };
}
