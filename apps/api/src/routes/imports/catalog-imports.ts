import {
  CatalogEditionSchema,
  CatalogImportCommitSchema,
  CatalogImportParamsSchema,
  CatalogImportPreviewSchema,
  CatalogImportResultSchema,
  ErrorResponseSchema,
  PublishEditionParamsSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { readUpload } from './upload.ts';
import { previewCatalogImport } from '../../services/imports/preview-catalog-import.ts';
import { commitCatalogImport } from '../../services/imports/commit-catalog-import.ts';
import { publishCatalogEdition } from '../../services/catalog-editing/publish-catalog-edition.ts';

const errors = {
  400: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  413: ErrorResponseSchema,
};
const tags = ['catalog'];

/** Admin: upload → preview with suggested mapping → commit as a draft edition → publish. */
export const catalogImportRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.post(
    '/catalog/imports',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description:
          'Upload een .xlsx of .csv (veld "file", optioneel veld "sheet"); antwoord: kolommen, voorbeelden en een voorgestelde koppeling.',
        response: { 201: CatalogImportPreviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, buffer, fields } = await readUpload(request);
      const preview = await previewCatalogImport(scopeOf(request), fileName, buffer, fields.sheet || undefined);
      return reply.status(201).send(preview);
    },
  );

  app.post(
    '/catalog/imports/:id/commit',
    {
      schema: {
        tags,
        params: CatalogImportParamsSchema,
        body: CatalogImportCommitSchema,
        response: { 201: CatalogImportResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commitCatalogImport(scopeOf(request), request.params.id, request.body)),
  );

  app.post(
    '/catalog/editions/:editionId/publish',
    { schema: { tags, params: PublishEditionParamsSchema, response: { 200: CatalogEditionSchema, ...errors } } },
    async (request) => publishCatalogEdition(scopeOf(request), request.params.editionId),
  );
};
