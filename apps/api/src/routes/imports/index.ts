import multipart from '@fastify/multipart';
import type { RoutePlugin } from '../index.ts';
import { budgetImportRoutes } from './budget-imports.ts';
import { catalogImportRoutes } from './catalog-imports.ts';
import { MAX_UPLOAD_BYTES } from './upload.ts';

/** Uploads read back in: a catalog file (administrator) and an edited budget export (advisor). */
export const importRoutes: RoutePlugin = async (app, { deps }) => {
  // Multipart only in this plugin's scope: one file, at most 10 MB.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(catalogImportRoutes, { deps });
  await app.register(budgetImportRoutes, { deps });
};
