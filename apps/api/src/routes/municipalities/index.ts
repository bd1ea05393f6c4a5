import {
  MunicipalityListSchema,
  MunicipalityParamsSchema,
  MunicipalityQuerySchema,
  MunicipalitySchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, publicRoutes } from '../scoped-routes.ts';
import { searchMunicipalities } from '../../services/municipalities/search-municipalities.ts';
import { getMunicipality } from '../../services/municipalities/get-municipality.ts';

export const municipalityRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = publicRoutes(app, deps, { tags: ['reference'] });

  routes.get(
    '/',
    { querystring: MunicipalityQuerySchema, ok: MunicipalityListSchema, errors: errorAnswers(400) },
    (scope, { query }) => searchMunicipalities(scope, query),
  );
  routes.get(
    '/:cbsCode',
    { params: MunicipalityParamsSchema, ok: MunicipalitySchema, errors: errorAnswers(404) },
    (scope, { params }) => getMunicipality(scope, params.cbsCode),
  );
};
