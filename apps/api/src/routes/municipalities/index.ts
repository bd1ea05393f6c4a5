import {
  ErrorResponseSchema,
  MunicipalityListSchema,
  MunicipalityParamsSchema,
  MunicipalityQuerySchema,
  MunicipalitySchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope } from '../../plugins/request-scope.ts';
import { searchMunicipalities } from '../../services/municipalities/search-municipalities.ts';
import { getMunicipality } from '../../services/municipalities/get-municipality.ts';

export const municipalityRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['reference'],
        querystring: MunicipalityQuerySchema,
        response: { 200: MunicipalityListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => searchMunicipalities(publicScope(deps, request), request.query),
  );
  app.get(
    '/:cbsCode',
    {
      schema: {
        tags: ['reference'],
        params: MunicipalityParamsSchema,
        response: { 200: MunicipalitySchema, 404: ErrorResponseSchema },
      },
    },
    async (request) => getMunicipality(publicScope(deps, request), request.params.cbsCode),
  );
};
