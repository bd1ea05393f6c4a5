import { CalculationRequestSchema, CalculationResponseSchema, ErrorResponseSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { computeCalculation } from '../../services/compute-calculation.ts';

export const calculationRoutes: RoutePlugin = async (app, { deps }) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['calculation'],
        description: 'Stateless berekening: de catalogus herschaald naar een profiel, met eigen aannames en overschrijvingen.',
        body: CalculationRequestSchema,
        response: { 200: CalculationResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => computeCalculation(deps.db, deps.cache, request.ctx?.organisationId ?? null, request.body),
  );
};
