import {
  CatalogEditionSchema,
  CatalogImportCommitSchema,
  CatalogImportParamsSchema,
  CatalogImportPreviewSchema,
  CatalogImportResultSchema,
  PublishEditionParamsSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { scopedRoutes } from '../scoped-routes.ts';
import { readUpload, uploadErrors } from './upload.ts';
import { previewCatalogImport } from '../../services/imports/preview-catalog-import.ts';
import { commitCatalogImport } from '../../services/imports/commit-catalog-import.ts';
import { publishCatalogEdition } from '../../services/catalog-editing/publish-catalog-edition.ts';

/** Admin: upload → preview with suggested mapping → commit as a draft edition → publish. */
export const catalogImportRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['catalog'], errors: uploadErrors });

  routes.post(
    '/catalog/imports',
    {
      consumes: ['multipart/form-data'],
      description:
        'Upload een .xlsx of .csv (veld "file", optioneel veld "sheet"); antwoord: kolommen, voorbeelden en een voorgestelde koppeling.',
      created: CatalogImportPreviewSchema,
    },
    async (scope, _input, { request }) => {
      const { fileName, buffer, fields } = await readUpload(request);
      return previewCatalogImport(scope, fileName, buffer, fields.sheet || undefined);
    },
  );
  routes.post(
    '/catalog/imports/:id/commit',
    { params: CatalogImportParamsSchema, body: CatalogImportCommitSchema, created: CatalogImportResultSchema },
    (scope, { params, body }) => commitCatalogImport(scope, params.id, body),
  );
  routes.post(
    '/catalog/editions/:editionId/publish',
    { params: PublishEditionParamsSchema, ok: CatalogEditionSchema },
    (scope, { params }) => publishCatalogEdition(scope, params.editionId),
  );
};
