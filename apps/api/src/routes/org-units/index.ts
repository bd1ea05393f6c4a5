import { ErrorResponseSchema, NoContentSchema, OrgUnitCreateSchema, OrgUnitListSchema, OrgUnitParamsSchema, OrgUnitPatchSchema, OrgUnitSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { signedInContext } from '../../plugins/request-scope.ts';
import { createOrgUnit, deleteOrgUnit, listOrgUnits, renameOrgUnit } from '../../services/org-units.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['org-units'];

export const orgUnitRoutes: RoutePlugin = async (app, { deps }) => {
  app.get('/', { schema: { tags, response: { 200: OrgUnitListSchema } } }, async (request) => listOrgUnits(deps.db, signedInContext(request).organisationId));

  app.post('/', { schema: { tags, body: OrgUnitCreateSchema, response: { 201: OrgUnitSchema, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await createOrgUnit(deps.db, signedInContext(request).organisationId, request.body.name, signedInContext(request).userId)),
  );

  app.patch('/:id', { schema: { tags, params: OrgUnitParamsSchema, body: OrgUnitPatchSchema, response: { 200: OrgUnitSchema, ...errors } } }, async (request) =>
    renameOrgUnit(deps.db, signedInContext(request).organisationId, request.params.id, request.body.name, signedInContext(request).userId),
  );

  app.delete('/:id', { schema: { tags, params: OrgUnitParamsSchema, response: { 204: NoContentSchema, ...errors } } }, async (request, reply) => {
    await deleteOrgUnit(deps.db, signedInContext(request).organisationId, request.params.id, signedInContext(request).userId);
    return reply.status(204).send(null);
  });
};
