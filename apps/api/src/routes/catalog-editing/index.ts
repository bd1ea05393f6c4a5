import {
  CatalogEditionSchema,
  DraftEditionCreateSchema,
  EditableDevelopmentSchema,
  EditableEditionSchema,
  EditableLineSchema,
  EditionDevelopmentCreateSchema,
  EditionDevelopmentParamsSchema,
  EditionDevelopmentPatchSchema,
  EditionLineCreateSchema,
  EditionLineParamsSchema,
  EditionLinePatchSchema,
  EditionParamsSchema,
  ErrorResponseSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { createDraftEdition } from '../../services/catalog-editing/create-draft-edition.ts';
import { getEditableEdition } from '../../services/catalog-editing/get-editable-edition.ts';
import { addDevelopment } from '../../services/catalog-editing/add-development.ts';
import { updateDevelopment } from '../../services/catalog-editing/update-development.ts';
import { retireDevelopment } from '../../services/catalog-editing/retire-development.ts';
import { addLine } from '../../services/catalog-editing/add-line.ts';
import { updateLine } from '../../services/catalog-editing/update-line.ts';
import { retireLine } from '../../services/catalog-editing/retire-line.ts';
import { retireEdition } from '../../services/catalog-editing/retire-edition.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['catalog-editing'];

/**
 * Administrator: a draft edition as a copy of a published one, then developments and lines added,
 * edited and retired in it. Publishing is POST /catalog/editions/:editionId/publish (catalog import).
 */
export const catalogEditingRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get(
    '/editions/:editionId/editing',
    {
      schema: {
        tags,
        description: 'Volledige editie voor Beheer, inclusief ingetrokken regels.',
        params: EditionParamsSchema,
        response: { 200: EditableEditionSchema, ...errors },
      },
    },
    async (request) => getEditableEdition(scopeOf(request), request.params.editionId),
  );

  app.post(
    '/editions/:editionId/drafts',
    {
      schema: {
        tags,
        description: 'Nieuwe conceptversie als kopie van een gepubliceerde editie.',
        params: EditionParamsSchema,
        body: DraftEditionCreateSchema,
        response: { 201: CatalogEditionSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDraftEdition(scopeOf(request), request.params.editionId, request.body)),
  );

  app.post(
    '/editions/:editionId/retire',
    {
      schema: {
        tags,
        description:
          'Gepubliceerde editie intrekken: bestaande begrotingen houden haar, nieuwe gebruiken de nieuwste nog gepubliceerde editie.',
        params: EditionParamsSchema,
        response: { 200: CatalogEditionSchema, ...errors },
      },
    },
    async (request) => retireEdition(scopeOf(request), request.params.editionId),
  );

  app.post(
    '/editions/:editionId/developments',
    {
      schema: {
        tags,
        params: EditionParamsSchema,
        body: EditionDevelopmentCreateSchema,
        response: { 201: EditableDevelopmentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDevelopment(scopeOf(request), request.params.editionId, request.body)),
  );
  app.patch(
    '/editions/:editionId/developments/:developmentId',
    {
      schema: {
        tags,
        params: EditionDevelopmentParamsSchema,
        body: EditionDevelopmentPatchSchema,
        response: { 200: EditableDevelopmentSchema, ...errors },
      },
    },
    async (request) =>
      updateDevelopment(scopeOf(request), request.params.editionId, request.params.developmentId, request.body),
  );
  app.post(
    '/editions/:editionId/developments/:developmentId/retire',
    {
      schema: { tags, params: EditionDevelopmentParamsSchema, response: { 200: EditableDevelopmentSchema, ...errors } },
    },
    async (request) => retireDevelopment(scopeOf(request), request.params.editionId, request.params.developmentId),
  );

  app.post(
    '/editions/:editionId/lines',
    {
      schema: {
        tags,
        params: EditionParamsSchema,
        body: EditionLineCreateSchema,
        response: { 201: EditableLineSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addLine(scopeOf(request), request.params.editionId, request.body)),
  );
  app.patch(
    '/editions/:editionId/lines/:lineId',
    {
      schema: {
        tags,
        params: EditionLineParamsSchema,
        body: EditionLinePatchSchema,
        response: { 200: EditableLineSchema, ...errors },
      },
    },
    async (request) => updateLine(scopeOf(request), request.params.editionId, request.params.lineId, request.body),
  );
  app.post(
    '/editions/:editionId/lines/:lineId/retire',
    { schema: { tags, params: EditionLineParamsSchema, response: { 200: EditableLineSchema, ...errors } } },
    async (request) => retireLine(scopeOf(request), request.params.editionId, request.params.lineId),
  );
};
