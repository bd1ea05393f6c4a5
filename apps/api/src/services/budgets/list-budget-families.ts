import type { RequestScope } from '../request-scope.ts';
import type { BudgetFamily, BudgetFamilyPage } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { hideArchived, loadFamilies } from './budget-family-rows.ts';

/**
 * The organisation's families, most recently changed first (ties by id), one page at a time:
 * the cursor is the position (last change, id) of the previous page's last family, so a family
 * that changes meanwhile moves to the top without shifting the others between pages (keyset,
 * not offset). Archived budgets only on request.
 */
export async function listBudgetFamilies(
  scope: RequestScope,
  options: { includeArchived: boolean; limit: number; cursor?: string | undefined },
): Promise<BudgetFamilyPage> {
  const { db, cache, results, organisationId } = scope;
  const after = options.cursor === undefined ? null : decodeCursor(options.cursor);
  const { families, archivedIds } = await loadFamilies(db, cache, results, organisationId);
  const ordered = families
    .map((family) => (options.includeArchived ? family : hideArchived(family, archivedIds)))
    .filter((family) => family.members.length > 0)
    .sort(newestFirst);
  const rest = after ? ordered.filter((family) => newestFirst(family, after) > 0) : ordered;
  const page = rest.slice(0, options.limit);
  const last = page.at(-1);
  return { families: page, nextCursor: rest.length > page.length && last ? encodeCursor(last) : null };
}

type Position = Pick<BudgetFamily, 'updatedAt' | 'id'>;

const newestFirst = (a: Position, b: Position) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id);

const encodeCursor = ({ updatedAt, id }: Position) => Buffer.from(`${updatedAt}|${id}`).toString('base64url');

function decodeCursor(cursor: string): Position {
  const [updatedAt, id, extra] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!updatedAt || !id || extra !== undefined || Number.isNaN(Date.parse(updatedAt)))
    throw invalidField('querystring.cursor', 'is geen cursor van een vorige pagina');
  return { updatedAt, id };
}
