/**
 * Throughput of the stateless calculation against bare Fastify, in one process, over real HTTP
 * (autocannon). Run: `npx tsx apps/api/bench.ts` (optional env: BENCH_SECONDS, BENCH_CONNECTIONS).
 * Target: POST /api/calculations ≥ 50 % of bare Fastify. Two bare references are measured:
 *  - `bare`: a trivial route (the floor of Fastify itself, 11 bytes out);
 *  - `bare+engine`: a plain Fastify instance without our plugins, validation, auth or database that
 *    runs the same engine on the same input and sends the same result — what our stack adds is
 *    the difference between it and `uncached`.
 */
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { calculate, type CalculationInput } from '@app/engine';
import { migrate, openDb, MEMORY_DATA_DIR } from '@app/db';
import { seed } from '@app/db/seed';
import { buildApp } from './src/app.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
// BENCH_WORKERS=1 moves the load generator to a worker thread (only helps with a spare core).
const workers = Number(process.env.BENCH_WORKERS ?? 0);

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

const handle = await openDb({ dataDir: MEMORY_DATA_DIR });
await migrate(handle);
await seed(handle.db);
const app = await buildApp({ db: handle });
// Registered only here: the floor of what Fastify + its plugins cost per request.
app.get('/bench/bare', async () => ({ ok: true }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });

// The engine input of the model budget, taken from the API itself so both do the same work.
const echoed = await app.inject({
  method: 'POST',
  url: '/api/calculations',
  payload: {
    profile: { inhabitants: 100_000, employees: 1_000, departments: 40 },
    firstYear: 2027,
    includeInput: true,
  },
});
const modelInput = (echoed.json() as { input: CalculationInput }).input;
const bareEngine = Fastify({ logger: false });
bareEngine.post('/bench/engine', async (request, reply) => {
  const { profile } = request.body as { profile: CalculationInput['profile'] };
  return reply
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ result: calculate({ ...modelInput, profile }) }));
});
const bareEngineAddress = await bareEngine.listen({ port: 0, host: '127.0.0.1' });
const randomProfileRequest = (request: Record<string, unknown>) => ({
  ...request,
  body: JSON.stringify({
    profile: { inhabitants: 1_000 + Math.floor(Math.random() * 900_000), employees: 500, departments: 20 },
    firstYear: 2027,
  }),
});

const body = JSON.stringify({ profile: { inhabitants: 100_000, employees: 1_000, departments: 40 }, firstYear: 2027 });
const targets = {
  bare: { url: `${address}/bench/bare`, method: 'GET' as const },
  calculation: {
    url: `${address}/api/calculations`,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json' },
  },
  // Every request a different municipality size: no result cache hits, the engine runs each time.
  uncached: {
    url: `${address}/api/calculations`,
    requests: [
      { method: 'POST' as const, headers: { 'content-type': 'application/json' }, setupRequest: randomProfileRequest },
    ],
  },
  bareEngine: {
    url: `${bareEngineAddress}/bench/engine`,
    requests: [
      { method: 'POST' as const, headers: { 'content-type': 'application/json' }, setupRequest: randomProfileRequest },
    ],
  },
};

function run(options: Record<string, unknown>, duration: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { ...options, connections, duration, ...(workers > 0 ? { workers } : {}) },
      (error: Error | null, result: Result) => (error ? reject(error) : resolve(result)),
    );
  });
}

// Sanity check and warm-up (JIT, caches) before measuring.
const check = await app.inject({
  method: 'POST',
  url: '/api/calculations',
  headers: { 'content-type': 'application/json' },
  payload: body,
});
if (check.statusCode !== 200) throw new Error(`calculation failed: ${check.statusCode} ${check.body}`);
console.log(`response size: ${check.body.length.toLocaleString('nl-NL')} bytes`);
await run(targets.bare, 2);
await run(targets.calculation, 2);
await run(targets.uncached, 2);
await run(targets.bareEngine, 2);

const bare = await run(targets.bare, seconds);
const calculation = await run(targets.calculation, seconds);
const uncached = await run(targets.uncached, seconds);
const bareWithEngine = await run(targets.bareEngine, seconds);
for (const [name, result] of Object.entries({ bare, 'bare+engine': bareWithEngine, calculation, uncached })) {
  console.log(
    `${name.padEnd(12)} ${result.requests.average.toFixed(0).padStart(7)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx ${result.non2xx}   errors ${result.errors}`,
  );
}
const ratio = calculation.requests.average / bare.requests.average;
console.log(`ratio calculation/bare: ${(ratio * 100).toFixed(1)} % (target ≥ 50 %)`);
console.log(
  `ratio uncached calculation/bare: ${((uncached.requests.average / bare.requests.average) * 100).toFixed(1)} %`,
);
console.log(
  `ratio uncached calculation/bare+engine: ${((uncached.requests.average / bareWithEngine.requests.average) * 100).toFixed(1)} % (target ≥ 50 %)`,
);

await bareEngine.close();
await app.close();
await handle.close();
