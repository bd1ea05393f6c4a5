import type { CatalogEditionRow, CatalogLineRow } from '@app/db';
import { toModelProfile } from '../engine-input/mappers.ts';
import type { CatalogEdition, CatalogLine } from '@app/schemas';
import type { LineInput } from '@app/engine';
import type { PublicScope } from '../request-scope.ts';

export function toCatalogEdition(row: CatalogEditionRow): CatalogEdition {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    modelProfile: toModelProfile(row),
    source: row.source,
    referenceDate: row.referenceDate,
  };
}

export function toCatalogLine(row: CatalogLineRow, input: LineInput): CatalogLine {
  return { ...input, basis: row.basis, notes: row.notes, sourceUrl: row.sourceUrl, taakveld: row.taakveld };
}

/** Drafts are an administrator's work in progress: for anyone else they do not exist. */
export function seesDraftEditions(scope: Pick<PublicScope, 'role'>): boolean {
  return scope.role === 'admin';
}
