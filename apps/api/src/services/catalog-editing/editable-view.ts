import { eq } from 'drizzle-orm';
import { catalogLines, domains, type CatalogLineRow, type Db, type DevelopmentRow, type Tx } from '@app/db';
import type { EditableDevelopment, EditableLine } from '@app/schemas';

// The editing views of a draft's developments and lines (retired lines included).

export function toEditableDevelopment(
  row: DevelopmentRow,
  domainKey: string,
  lines: CatalogLineRow[],
): EditableDevelopment {
  const editable = lines.map(toEditableLine);
  return {
    id: row.id,
    domainKey,
    key: row.key,
    title: row.title,
    summary: row.summary,
    sourceUrl: row.sourceUrl,
    tags: row.tags,
    retired: editable.length > 0 && editable.every((line) => line.retired),
    lines: editable,
  };
}

export function toEditableLine(row: CatalogLineRow): EditableLine {
  const { editionId: _e, position: _p, ...line } = row;
  return line;
}

export async function developmentWithLines(tx: Db | Tx, row: DevelopmentRow): Promise<EditableDevelopment> {
  const [domain] = await tx.select({ key: domains.key }).from(domains).where(eq(domains.id, row.domainId)).limit(1);
  const lines = await tx
    .select()
    .from(catalogLines)
    .where(eq(catalogLines.developmentId, row.id))
    .orderBy(catalogLines.position);
  return toEditableDevelopment(row, domain?.key ?? '', lines);
}
