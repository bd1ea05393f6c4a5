import { CalculationRequestSchema, CalculationResponseSchema, ErrorResponseSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope } from '../../plugins/request-scope.ts';
import { computeCalculationWithJson } from '../../services/calculations/compute-calculation.ts';

export const calculationRoutes: RoutePlugin = async (app, { deps }) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['calculation'],
        description:
          'Stateless berekening: de catalogus herschaald naar een profiel, met eigen aannames en overschrijvingen.',
        body: CalculationRequestSchema,
        response: { 200: CalculationResponseSchema, 400: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const output = await computeCalculationWithJson(publicScope(deps, request), request.body);
      // Engine output is typed end to end; it is serialized once (and reused for identical requests)
      // instead of being re-validated by zod on every response, which cost more than the calculation.
      // A Buffer payload goes to the socket as is (Fastify skips serialization for it).
      return reply.type('application/json; charset=utf-8').send(output.json as unknown as typeof output.output);
    },
  );
};
