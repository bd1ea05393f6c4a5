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
import { signedInContext } from '../../plugins/request-scope.ts';
import { createDraftEdition, getEditableEdition } from '../../services/create-draft-edition.ts';
import { addDevelopment, addLine, updateDevelopment, updateLine } from '../../services/update-catalog-draft.ts';
import { retireDevelopment, retireEdition, retireLine } from '../../services/retire-catalog-entry.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['catalog-editing'];
const actor = (request: FastifyRequest) => ({ organisationId: signedInContext(request).organisationId, userId: signedInContext(request).userId });

/**
 * Administrator: a draft edition as a copy of a published one, then developments and lines added,
 * edited and retired in it. Publishing is POST /catalog/editions/:editionId/publish (catalog import).
 */
export const catalogEditingRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/editions/:editionId/editing',
    { schema: { tags, description: 'Volledige editie voor Beheer, inclusief ingetrokken regels.', params: EditionParamsSchema, response: { 200: EditableEditionSchema, ...errors } } },
    async (request) => getEditableEdition(deps.db, request.params.editionId),
  );

  app.post(
    '/editions/:editionId/drafts',
    { schema: { tags, description: 'Nieuwe conceptversie als kopie van een gepubliceerde editie.', params: EditionParamsSchema, body: DraftEditionCreateSchema, response: { 201: CatalogEditionSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createDraftEdition(deps.db, actor(request), request.params.editionId, request.body)),
  );

  app.post(
    '/editions/:editionId/retire',
    { schema: { tags, description: 'Gepubliceerde editie intrekken: bestaande begrotingen houden haar, nieuwe gebruiken de nieuwste nog gepubliceerde editie.', params: EditionParamsSchema, response: { 200: CatalogEditionSchema, ...errors } } },
    async (request) => retireEdition(deps.db, deps.cache, actor(request), request.params.editionId),
  );

  app.post(
    '/editions/:editionId/developments',
    { schema: { tags, params: EditionParamsSchema, body: EditionDevelopmentCreateSchema, response: { 201: EditableDevelopmentSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addDevelopment(deps.db, actor(request), request.params.editionId, request.body)),
  );
  app.patch(
    '/editions/:editionId/developments/:developmentId',
    { schema: { tags, params: EditionDevelopmentParamsSchema, body: EditionDevelopmentPatchSchema, response: { 200: EditableDevelopmentSchema, ...errors } } },
    async (request) => updateDevelopment(deps.db, actor(request), request.params.editionId, request.params.developmentId, request.body),
  );
  app.post(
    '/editions/:editionId/developments/:developmentId/retire',
    { schema: { tags, params: EditionDevelopmentParamsSchema, response: { 200: EditableDevelopmentSchema, ...errors } } },
    async (request) => retireDevelopment(deps.db, actor(request), request.params.editionId, request.params.developmentId),
  );

  app.post(
    '/editions/:editionId/lines',
    { schema: { tags, params: EditionParamsSchema, body: EditionLineCreateSchema, response: { 201: EditableLineSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addLine(deps.db, deps.cache, actor(request), request.params.editionId, request.body)),
  );
  app.patch(
    '/editions/:editionId/lines/:lineId',
    { schema: { tags, params: EditionLineParamsSchema, body: EditionLinePatchSchema, response: { 200: EditableLineSchema, ...errors } } },
    async (request) => updateLine(deps.db, deps.cache, actor(request), request.params.editionId, request.params.lineId, request.body),
  );
  app.post(
    '/editions/:editionId/lines/:lineId/retire',
    { schema: { tags, params: EditionLineParamsSchema, response: { 200: EditableLineSchema, ...errors } } },
    async (request) => retireLine(deps.db, actor(request), request.params.editionId, request.params.lineId),
  );
};
