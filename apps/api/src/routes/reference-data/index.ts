import { ReferenceDataSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicRoutes } from '../scoped-routes.ts';
import { getReferenceData } from '../../services/reference-data/get-reference-data.ts';

export const referenceDataRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = publicRoutes(app, deps, { tags: ['reference'] });
  routes.get('/', { ok: ReferenceDataSchema }, (scope) => getReferenceData(scope));
};
