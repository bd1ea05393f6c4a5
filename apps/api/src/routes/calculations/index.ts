import { CalculationRequestSchema, CalculationResponseSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, publicRoutes } from '../scoped-routes.ts';
import { computeCalculationWithJson } from '../../services/calculations/compute-calculation.ts';

export const calculationRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = publicRoutes(app, deps, { tags: ['calculation'], errors: errorAnswers(400) });

  routes.post(
    '/',
    {
      description:
        'Stateless berekening: de catalogus herschaald naar een profiel, met eigen aannames en overschrijvingen.',
      body: CalculationRequestSchema,
      ok: CalculationResponseSchema,
    },
    async (scope, { body }, { reply }) => {
      const output = await computeCalculationWithJson(scope, body);
      // Engine output is typed end to end; it is serialized once (and reused for identical requests)
      // instead of being re-validated by zod on every response, which cost more than the calculation.
      // A Buffer payload goes to the socket as is (Fastify skips serialization for it).
      return reply.type('application/json; charset=utf-8').send(output.json);
    },
  );
};
