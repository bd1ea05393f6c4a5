import {
  ErrorResponseSchema,
  NoContentSchema,
  OrgUnitCreateSchema,
  OrgUnitListSchema,
  OrgUnitParamsSchema,
  OrgUnitPatchSchema,
  OrgUnitSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { createOrgUnit, deleteOrgUnit, listOrgUnits, renameOrgUnit } from '../../services/org-units/org-units.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['org-units'];

export const orgUnitRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get('/', { schema: { tags, response: { 200: OrgUnitListSchema } } }, async (request) =>
    listOrgUnits(scopeOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, body: OrgUnitCreateSchema, response: { 201: OrgUnitSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createOrgUnit(scopeOf(request), request.body.name)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        params: OrgUnitParamsSchema,
        body: OrgUnitPatchSchema,
        response: { 200: OrgUnitSchema, ...errors },
      },
    },
    async (request) => renameOrgUnit(scopeOf(request), request.params.id, request.body.name),
  );

  app.delete(
    '/:id',
    { schema: { tags, params: OrgUnitParamsSchema, response: { 204: NoContentSchema, ...errors } } },
    async (request, reply) => {
      await deleteOrgUnit(scopeOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
