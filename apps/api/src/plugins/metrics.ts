import { createHash, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '@app/db';
import { AppError } from '../errors.ts';
import { engineSeconds } from '../services/engine-timing.ts';

export interface MetricsOptions {
  /** Bearer token a scrape must send (`Authorization: Bearer …`). */
  token: string;
  /** The database pool right now; null on PGlite. */
  poolStats: () => PoolStats | null;
}

export const METRICS_PATH = '/api/metrics';

/**
 * Prometheus metrics at GET /api/metrics, registered only when METRICS_TOKEN is set (app.ts).
 * What it exposes is operational only, never tenant data: route *patterns* (`/api/budgets/:id`,
 * never an id), methods and status codes, pool counts, engine time and Node's process metrics.
 * Requests that match no route are counted under `route="unmatched"`, so arbitrary URLs cannot grow
 * the label set. One registry per app, so several apps in one process (tests) do not collide.
 */
export const metricsPlugin = fp<MetricsOptions>(
  async (app, { token, poolStats }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });

    const requestSeconds = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status code: count (rate) and latency.',
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
    const pool = (name: string, help: string, pick: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const stats = poolStats();
          if (stats) this.set(pick(stats));
        },
      });
    // PGlite has no pool: then the series are absent rather than a misleading 0.
    if (poolStats() !== null) {
      pool('db_pool_connections', 'Open PostgreSQL connections of this instance (idle + in use).', (s) => s.total);
      pool('db_pool_connections_idle', 'Idle PostgreSQL connections of this instance.', (s) => s.idle);
      pool(
        'db_pool_waiting',
        'Queries waiting for a free PostgreSQL connection (saturation when above 0 for long).',
        (s) => s.waiting,
      );
      pool('db_pool_max', 'Configured pool size (DATABASE_POOL_SIZE).', (s) => s.max);
    }
    registry.registerMetric(engineSeconds);

    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url;
      // The scrape itself is not traffic.
      if (route === METRICS_PATH) return;
      requestSeconds.observe(
        { method: request.method, route: route ?? 'unmatched', status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });

    const expected = digest(`Bearer ${token}`);
    app.get(METRICS_PATH, { logLevel: 'warn', schema: { hide: true } }, async (request, reply) => {
      const sent = request.headers.authorization;
      if (typeof sent !== 'string' || !timingSafeEqual(digest(sent), expected)) {
        void reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new AppError(
          'UNAUTHENTICATED',
          'Niet aangemeld: /api/metrics vraagt het METRICS_TOKEN (Authorization: Bearer …).',
        );
      }
      return reply.type(registry.contentType).send(await registry.metrics());
    });
  },
  { name: 'metrics' },
);

// Compared as fixed-length digests, so neither length nor content leaks through timing.
const digest = (value: string) => createHash('sha256').update(value).digest();
