import {
  CatalogEditionListSchema,
  CatalogParamsSchema,
  CatalogQuerySchema,
  CatalogSchema,
  ErrorResponseSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope } from '../../plugins/request-scope.ts';
import { listEditions } from '../../services/catalog/list-editions.ts';
import { getCatalog } from '../../services/catalog/get-catalog.ts';

export const catalogRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/editions',
    { schema: { tags: ['catalog'], response: { 200: CatalogEditionListSchema } } },
    async (request) => listEditions(publicScope(deps, request)),
  );

  app.get(
    '/editions/:editionId',
    {
      schema: {
        tags: ['catalog'],
        description: 'Catalogus van één editie (of `current`), met filters.',
        params: CatalogParamsSchema,
        querystring: CatalogQuerySchema,
        response: { 200: CatalogSchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => getCatalog(publicScope(deps, request), request.params.editionId, request.query),
  );
};
