import { CatalogEditionListSchema, CatalogParamsSchema, CatalogQuerySchema, CatalogSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, publicRoutes } from '../scoped-routes.ts';
import { listEditions } from '../../services/catalog/list-editions.ts';
import { getCatalog } from '../../services/catalog/get-catalog.ts';

export const catalogRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = publicRoutes(app, deps, { tags: ['catalog'] });

  routes.get('/editions', { ok: CatalogEditionListSchema }, (scope) => listEditions(scope));
  routes.get(
    '/editions/:editionId',
    {
      description: 'Catalogus van één editie (of `current`), met filters.',
      params: CatalogParamsSchema,
      querystring: CatalogQuerySchema,
      ok: CatalogSchema,
      errors: errorAnswers(404),
    },
    (scope, { params, query }) => getCatalog(scope, params.editionId, query),
  );
};
