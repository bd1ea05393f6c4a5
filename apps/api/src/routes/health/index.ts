import { HealthSchema, LivenessSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { checkHealth } from '../../services/health/check-health.ts';

// Probes for the load balancer and the orchestrator (docs/deployment.md "Health probes").
export const healthRoutes: RoutePlugin = async (app, { deps }) => {
  // Probes arrive every few seconds from every load balancer: log them only when something is wrong.
  const quiet = { logLevel: 'warn' as const };
  const ready = { tags: ['system'], response: { 200: HealthSchema } };
  app.get(
    '/health',
    {
      ...quiet,
      schema: {
        ...ready,
        description:
          'Readiness (kept for existing probes): 200 when the database answers, else 503 with Retry-After. Same as /api/health/ready.',
      },
    },
    async () => checkHealth(deps.db, deps.dbKind),
  );
  app.get(
    '/health/ready',
    {
      ...quiet,
      schema: {
        ...ready,
        description:
          'Readiness: 200 when the database answers within 3 s, else 503 with Retry-After. Route traffic only to ready instances.',
      },
    },
    async () => checkHealth(deps.db, deps.dbKind),
  );
  // Liveness never touches the database: an unreachable database is no reason to restart the process.
  app.get(
    '/health/live',
    {
      ...quiet,
      schema: {
        tags: ['system'],
        description: 'Liveness: 200 while the process runs and its event loop answers; never checks the database.',
        response: { 200: LivenessSchema },
      },
    },
    async () => ({
      status: 'ok' as const,
    }),
  );
};
