import type { EditableEdition } from '@app/schemas';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { loadEdition } from '../reference-data/reference-cache.ts';
import type { RequestScope } from '../request-scope.ts';
import { toEditableDevelopment } from './editable-view.ts';

/**
 * The full tree of an edition for editing, retired lines included (the public catalog hides them).
 * Read fresh, not from the reference cache: a draft changes with every edit.
 */
export async function getEditableEdition(scope: RequestScope, editionId: string): Promise<EditableEdition> {
  const { edition, domains, developments, lines, domainById } = await loadEdition(scope.db, editionId);
  return {
    edition: toCatalogEdition(edition),
    domains: domains.map((row) => ({ key: row.key, name: row.name })),
    developments: developments.map((development) =>
      toEditableDevelopment(
        development,
        domainById.get(development.domainId)?.key ?? '',
        lines.filter((line) => line.developmentId === development.id),
      ),
    ),
  };
}
