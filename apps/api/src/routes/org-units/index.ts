import {
  OrgUnitCreateSchema,
  OrgUnitListSchema,
  OrgUnitParamsSchema,
  OrgUnitPatchSchema,
  OrgUnitSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { listOrgUnits } from '../../services/org-units/list-org-units.ts';
import { createOrgUnit } from '../../services/org-units/create-org-unit.ts';
import { renameOrgUnit } from '../../services/org-units/rename-org-unit.ts';
import { deleteOrgUnit } from '../../services/org-units/delete-org-unit.ts';

const errors = errorAnswers(400, 404, 409);

export const orgUnitRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['org-units'], errors });

  routes.get('/', { ok: OrgUnitListSchema, errors: errorAnswers() }, (scope) => listOrgUnits(scope));
  routes.post('/', { body: OrgUnitCreateSchema, created: OrgUnitSchema }, (scope, { body }) =>
    createOrgUnit(scope, body.name),
  );
  routes.patch(
    '/:id',
    { params: OrgUnitParamsSchema, body: OrgUnitPatchSchema, ok: OrgUnitSchema },
    (scope, { params, body }) => renameOrgUnit(scope, params.id, body.name),
  );
  routes.delete('/:id', { params: OrgUnitParamsSchema, noContent: true }, (scope, { params }) =>
    deleteOrgUnit(scope, params.id),
  );
};
