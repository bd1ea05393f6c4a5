import { Histogram } from 'prom-client';

/**
 * Time spent in the engine (packages/engine), per operation. Module-level because the engine runs
 * inside services that know nothing of the app; each app with metrics enabled registers this one
 * histogram in its registry (plugins/metrics.ts). Observing costs two clock reads.
 */
export const engineSeconds = new Histogram({
  name: 'engine_duration_seconds',
  help: 'Time spent in the budget engine per call, by operation (calculate, explain).',
  labelNames: ['operation'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
  registers: [],
});

/** Runs `fn` and records its duration under `operation`, also when it throws. */
export function timeEngine<T>(operation: 'calculate' | 'explain', fn: () => T): T {
  const started = process.hrtime.bigint();
  try {
    return fn();
  } finally {
    engineSeconds.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}
