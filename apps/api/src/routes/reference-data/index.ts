import { ReferenceDataSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope } from '../../plugins/request-scope.ts';
import { getReferenceData } from '../../services/reference-data/get-reference-data.ts';

export const referenceDataRoutes: RoutePlugin = async (app, { deps }) => {
  app.get('/', { schema: { tags: ['reference'], response: { 200: ReferenceDataSchema } } }, async (request) =>
    getReferenceData(publicScope(deps, request)),
  );
};
