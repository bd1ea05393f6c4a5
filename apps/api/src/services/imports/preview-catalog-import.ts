import { readUploadedTable, suggestCatalogMapping, UploadError, type UploadedTable } from '@app/export';
import {
  CATALOG_IMPORT_FIELD_LABELS,
  CATALOG_IMPORT_FIELDS,
  CATALOG_IMPORT_REQUIRED_FIELDS,
  type CatalogImportPreview,
} from '@app/schemas';
import { uploadRefused } from '../../errors.ts';
import { withParseSlot } from './parse-slots.ts';
import type { RequestScope } from '../request-scope.ts';
import { pendingCatalogImports } from './pending-catalog-imports.ts';

/** Reads the upload, keeps it for the commit step and answers with columns, samples and a suggested mapping. */
export async function previewCatalogImport(
  scope: RequestScope,
  fileName: string,
  buffer: Buffer,
  sheet?: string,
): Promise<CatalogImportPreview> {
  let table: UploadedTable;
  try {
    table = await withParseSlot(() => readUploadedTable(buffer, fileName, sheet));
  } catch (error) {
    if (error instanceof UploadError) throw uploadRefused(error);
    throw error;
  }
  const id = await pendingCatalogImports.add(scope.db, scope.organisationId, { fileName, table });
  return {
    id,
    fileName,
    sheet: table.sheet,
    rowCount: table.rows.length,
    columns: table.headers.map((header, i) => ({
      header,
      samples: table.rows
        .map((r) => r.cells[i])
        .filter((c): c is string | number => c != null)
        .slice(0, 3),
    })),
    fields: CATALOG_IMPORT_FIELDS.map((field) => ({
      field,
      label: CATALOG_IMPORT_FIELD_LABELS[field],
      required: CATALOG_IMPORT_REQUIRED_FIELDS.includes(field),
    })),
    suggestedMapping: suggestCatalogMapping(table.headers),
  };
}
