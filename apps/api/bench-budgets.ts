/**
 * Budget reads and writes against a real PostgreSQL, beside GET /api/health in the same run
 * (issue 14 point 1). Run: `npx tsx apps/api/bench-budgets.ts`; part of `pnpm bench`.
 * Env: BENCH_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres; the bench creates and
 * drops the database `bench_budgets`), BENCH_SECONDS (per measurement, default 8),
 * BENCH_CONNECTIONS (default "50,10").
 *
 * In one process: the API on its own pool (as server.ts opens it), and a lean load generator
 * (bench/load.ts: keep-alive connections, bodies drained, not decoded). Measured, per connection
 * count, each route right after a health run so both see the same machine:
 *  - health: GET /api/health (one `select 1`);
 *  - detail: GET /api/budgets/:id of a De Bilt budget as a signed-in advisor, with the
 *    Accept-Encoding a browser sends (br), and without (identity: the full JSON on the wire);
 *  - list: GET /api/budgets (10 budgets);
 *  - override: PUT …/lines/:lineId/override, each connection on its own budget (users edit their
 *    own budgets), and all on one budget (they queue on its row lock).
 * Targets: detail and override ≥ 20 % of health's requests/s with p99 ≤ 3 × health's at 50
 * connections; p99 < 100 ms at 10. Prints only; asserts nothing.
 */
import { sql } from 'drizzle-orm';
import { migrate, openDb, type DbHandle } from '@app/db';
import { seed } from '@app/db/seed';
import { buildApp } from './src/app.ts';
import { load, type LoadOptions, type LoadResult } from './bench/load.ts';

const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '50,10').split(',').map(Number);
/** Only routes whose name contains one of these (comma-separated), e.g. BENCH_ROUTES=override. */
const only = process.env.BENCH_ROUTES?.split(',');
const DB_NAME = 'bench_budgets';
const PASSWORD = 'bench-demo-password';

async function freshDatabase(): Promise<DbHandle> {
  const admin = await openDb({ databaseUrl: adminUrl });
  try {
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
    await admin.db.execute(sql.raw(`CREATE DATABASE ${DB_NAME}`));
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${DB_NAME}`;
  return openDb({ databaseUrl: url.toString() });
}

let handle: DbHandle;
try {
  handle = await freshDatabase();
} catch (error) {
  console.log(`No PostgreSQL at ${adminUrl} (${(error as Error).message}): skipped. Set BENCH_ADMIN_URL.`);
  process.exit(0);
}
await migrate(handle);
await seed(handle.db);
const app = await buildApp({ db: handle, demoPassword: PASSWORD, signInAttemptsPerMinute: 1000 });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const signIn = await fetch(`${base}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ email: 'advisor@demo.example', password: PASSWORD }),
});
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const { csrfToken } = (await signIn.json()) as { csrfToken: string };
const writeHeaders = { cookie, 'x-csrf-token': csrfToken, origin: base, 'content-type': 'application/json' };

interface Detail {
  id: string;
  lines: { id: string; custom: boolean; effective: { costBasis: string } }[];
}
const budgetsForWrites: Detail[] = [];
for (let i = 0; i < Math.max(...connectionCounts, 10); i++) {
  const created = await fetch(`${base}/api/budgets`, {
    method: 'POST',
    headers: writeHeaders,
    body: JSON.stringify({ name: `De Bilt ${i + 1}`, cbsCode: 'GM0310', firstYear: 2027 }),
  });
  if (created.status !== 201) throw new Error(`create budget: ${created.status} ${await created.text()}`);
  budgetsForWrites.push((await created.json()) as Detail);
}
const budget = budgetsForWrites[0]!;
const detailUrl = `${base}/api/budgets/${budget.id}`;
const plain = await fetch(detailUrl, { headers: { cookie } });
const plainBytes = (await plain.arrayBuffer()).byteLength;
const encoded = await fetch(detailUrl, { headers: { cookie, 'accept-encoding': 'br' } });
// fetch decodes; the wire size is the content-length.
const encodedBytes = Number(encoded.headers.get('content-length'));
console.log(
  `De Bilt budget: ${budget.lines.length} lines; detail ${(plainBytes / 1024).toFixed(0)} KB as JSON, ${(encodedBytes / 1024).toFixed(0)} KB as br; PostgreSQL pool of 10; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
);

const lineOf = (detail: Detail) => detail.lines.find((l) => !l.custom && l.effective.costBasis === 'amount')!;
const overrideBody = (i: number) =>
  JSON.stringify({ fields: { amountCents: 100_000 + (i % 1_000) * 100 }, justification: 'Offerte (bench)' });

const minimal = { 'accept-encoding': 'gzip, deflate, br', prefer: 'return=minimal' };
const ownOverridePath = (_i: number, c: number) => {
  const own = budgetsForWrites[c % budgetsForWrites.length]!;
  return `/api/budgets/${own.id}/lines/${lineOf(own).id}/override`;
};

const routes: Record<string, (connections: number) => Omit<LoadOptions, 'connections' | 'seconds'>> = {
  health: () => ({ url: `${base}/api/health` }),
  'detail (br)': () => ({ url: detailUrl, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }),
  'detail (identity)': () => ({ url: detailUrl, headers: { cookie } }),
  list: () => ({ url: `${base}/api/budgets`, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }),
  // The budget list's first page (apps/web asks for 20 families a page; this organisation has 50).
  'families (page of 20)': () => ({
    url: `${base}/api/budgets/families?limit=20`,
    headers: { cookie, 'accept-encoding': 'gzip, deflate, br' },
  }),
  // As the builder sends it (apps/web mutations.ts): the short answer (changed line, totals, version).
  'override (own budget)': () => ({
    url: base,
    method: 'PUT',
    headers: { ...writeHeaders, ...minimal },
    path: ownOverridePath,
    body: overrideBody,
  }),
  'override (one budget)': () => ({
    url: `${base}/api/budgets/${budget.id}/lines/${lineOf(budget).id}/override`,
    method: 'PUT',
    headers: { ...writeHeaders, ...minimal },
    body: overrideBody,
  }),
  // Without the preference: the whole detail, as other API clients get it.
  'override (full detail)': () => ({
    url: base,
    method: 'PUT',
    headers: { ...writeHeaders, 'accept-encoding': 'gzip, deflate, br' },
    path: ownOverridePath,
    body: overrideBody,
  }),
};

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   5xx ${r.fivexx}   other non-2xx ${Object.entries(
    r.statuses,
  )
    .filter(([s]) => !s.startsWith('2') && !s.startsWith('5'))
    .reduce((n, [, c]) => n + c, 0)}`;

// Warm-up: JIT, pools, caches.
for (const [name, route] of Object.entries(routes))
  if (!only || name === 'health' || only.some((part) => name.includes(part)))
    await load({ ...route(10), connections: 10, seconds: 1 });

for (const connections of connectionCounts) {
  console.log(`\n${connections} connections, ${seconds} s each:`);
  for (const [name, route] of Object.entries(routes)) {
    if (name === 'health' || (only && !only.some((part) => name.includes(part)))) continue;
    const health = await load({ ...routes.health!(connections), connections, seconds });
    const result = await load({ ...route(connections), connections, seconds });
    const ratio = (result.rps / health.rps) * 100;
    const tail = result.p99 / health.p99;
    console.log(`  health                 ${fmt(health)}`);
    console.log(`  ${name.padEnd(22)} ${fmt(result)}`);
    console.log(
      `  → ${name}: ${ratio.toFixed(0)} % of health's req/s (target ≥ 20 %), p99 ${tail.toFixed(1)} × health's (target ≤ 3 ×)${connections <= 10 ? `, p99 ${result.p99.toFixed(0)} ms (target < 100 ms)` : ''}`,
    );
  }
}
// Serial CPU per write: less sensitive to other load on the box than req/s. Through app.inject
// (no sockets on the client side), one override after another on the same budget.
if (!only || only.some((part) => 'override (own budget)'.includes(part))) {
  const serialWrites = Number(process.env.BENCH_SERIAL_WRITES ?? 500);
  const own = budgetsForWrites[0]!;
  const url = `/api/budgets/${own.id}/lines/${lineOf(own).id}/override`;
  const write = (i: number) =>
    app.inject({
      method: 'PUT',
      url,
      headers: { ...writeHeaders, host: new URL(base).host, prefer: 'return=minimal' },
      payload: overrideBody(i),
    });
  for (let i = 0; i < 50; i++) await write(i);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < serialWrites; i++) {
    const response = await write(i);
    if (response.statusCode !== 200) throw new Error(`serial override: ${response.statusCode} ${response.body}`);
  }
  const used = process.cpuUsage(cpu);
  const elapsed = performance.now() - started;
  console.log(
    `\nserial: ${serialWrites} overrides, ${((used.user + used.system) / 1000 / serialWrites).toFixed(2)} ms CPU per write (user ${(used.user / 1000 / serialWrites).toFixed(2)}, system ${(used.system / 1000 / serialWrites).toFixed(2)}), ${(elapsed / serialWrites).toFixed(2)} ms wall`,
  );
}
await app.close();
await handle.close();
