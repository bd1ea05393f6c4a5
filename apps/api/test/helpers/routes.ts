import type { FastifyInstance } from 'fastify';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Every documented route (OpenAPI), as Fastify patterns, e.g. `POST /api/budgets/:id/submit`. */
export function documentedRoutes(app: FastifyInstance): { method: Method; pattern: string }[] {
  const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => ({ method: m.toUpperCase() as Method, pattern: path.replace(/\{(\w+)\}/g, ':$1') })),
  );
}
