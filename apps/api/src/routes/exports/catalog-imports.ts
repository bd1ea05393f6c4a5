import { z } from 'zod';
import { CATALOG_IMPORT_FIELDS } from '@app/export';
import { CatalogEditionSchema, ErrorResponseSchema, ProfileSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { signedInContext } from '../../plugins/request-scope.ts';
import { readUpload } from './upload.ts';
import { commitCatalogImport, previewCatalogImport, publishCatalogEdition } from '../../services/import-catalog.ts';

// Request/response shapes of the admin catalog import (kept beside the routes until packages/schemas adopts them).
const MappingSchema = z.partialRecord(z.enum(CATALOG_IMPORT_FIELDS), z.string().min(1).max(200));

export const CatalogImportPreviewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sheet: z.string().nullable(),
  rowCount: z.number().int(),
  columns: z.array(z.object({ header: z.string(), samples: z.array(z.union([z.string(), z.number()])) })),
  fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
  suggestedMapping: MappingSchema,
});

export const CatalogImportCommitSchema = z.object({
  mapping: MappingSchema,
  editionName: z.string().trim().min(3, { error: 'minimaal 3 tekens' }).max(120),
  source: z.string().trim().min(1).max(500).optional(),
  modelProfile: ProfileSchema.optional(),
});

const ImportParams = z.object({ id: z.uuid({ error: 'is geen geldig import-id' }) });
const EditionParams = z.object({ editionId: z.uuid({ error: 'is geen geldig editie-id' }) });
const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 413: ErrorResponseSchema };
const tags = ['catalog'];

/** Admin: upload → preview with suggested mapping → commit as a draft edition → publish. */
export const catalogImportRoutes: RoutePlugin = async (app, { deps }) => {
  app.post(
    '/catalog/imports',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Upload een .xlsx of .csv (veld "file", optioneel veld "sheet"); antwoord: kolommen, voorbeelden en een voorgestelde koppeling.',
        response: { 201: CatalogImportPreviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, buffer, fields } = await readUpload(request);
      const preview = await previewCatalogImport(deps.db, request.ctx?.organisationId ?? null, fileName, buffer, fields.sheet || undefined);
      return reply.status(201).send(preview);
    },
  );

  app.post(
    '/catalog/imports/:id/commit',
    {
      schema: {
        tags,
        params: ImportParams,
        body: CatalogImportCommitSchema,
        response: { 201: z.object({ edition: CatalogEditionSchema, counts: z.object({ domains: z.number(), developments: z.number(), lines: z.number() }) }), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await commitCatalogImport(deps.db, deps.cache, request.ctx?.organisationId ?? null, request.params.id, request.body, {
          organisationId: request.ctx?.organisationId ?? null,
          userId: request.ctx?.userId ?? null,
        })),
  );

  app.post(
    '/catalog/editions/:editionId/publish',
    { schema: { tags, params: EditionParams, response: { 200: CatalogEditionSchema, ...errors } } },
    async (request) =>
      publishCatalogEdition(deps.db, deps.cache, request.params.editionId, { organisationId: signedInContext(request).organisationId, userId: signedInContext(request).userId }),
  );
};
