import type { UploadedTable } from '@app/export';
import { createPendingUploads } from './pending-uploads.ts';

/** A catalog upload waiting between preview and commit, in PostgreSQL (see pending-uploads.ts). */
export interface PendingCatalogImport {
  fileName: string;
  table: UploadedTable;
}

export const pendingCatalogImports = createPendingUploads<PendingCatalogImport>('catalog');
