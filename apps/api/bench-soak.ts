/**
 * Soak (issue 14 point 6): a bounded mixed workload of reads and writes against the API as it runs
 * in production — `src/server.ts` in its own process on a real PostgreSQL — reporting the 5xx
 * count and the server's resident memory (RSS) over time. Bench, not test: prints only.
 *
 * Run: `npx tsx apps/api/bench-soak.ts`. Env: BENCH_SOAK_SECONDS (default 600 = 10 minutes),
 * BENCH_SOAK_SAMPLE_SECONDS (default 30), BENCH_CONNECTIONS (default 20), BENCH_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres; the database `bench_soak` is dropped and rebuilt).
 * `pnpm bench` runs it for 60 s (BENCH_SOAK_SECONDS=60); run it alone for the full 10 minutes.
 *
 * The mix, per request: 55 % a budget detail (one of 10 budgets), 10 % the budget list, 5 % the
 * families, 5 % a server calculation, 5 % the catalog, 15 % a line override and 5 % its reset on
 * the connection's own budget (writes that do not grow the data, so memory growth would be the
 * server's own). Goal: 0 × 5xx; RSS flat after warm-up.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDb } from '@app/db';
import { load, type LoadResult } from './bench/load.ts';

const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const totalSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const sampleSeconds = Math.min(totalSeconds, Number(process.env.BENCH_SOAK_SAMPLE_SECONDS ?? 30));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DB_NAME = 'bench_soak';
const PASSWORD = 'bench-soak-password';

const admin = await openDb({ databaseUrl: adminUrl }).catch(() => null);
try {
  if (!admin) throw new Error('unreachable');
  await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
  await admin.db.execute(sql.raw(`CREATE DATABASE ${DB_NAME}`));
} catch (error) {
  console.log(`No PostgreSQL at ${adminUrl} (${(error as Error).message}): skipped. Set BENCH_ADMIN_URL.`);
  process.exit(0);
} finally {
  await admin?.close();
}
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${DB_NAME}`;

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address() as { port: number };
    probe.close(() => resolve(free));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./src/server.ts', import.meta.url))],
  {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_PASSWORD: PASSWORD,
      SIGN_IN_ATTEMPTS_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let serverOut = '';
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (chunk: Buffer) => {
    serverOut += chunk.toString();
    if (serverOut.includes(`:${port}`)) resolve();
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}): ${serverOut}`)));
});
const rssMb = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

try {
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
  const headers = {
    cookie,
    'x-csrf-token': csrfToken,
    origin: base,
    'content-type': 'application/json',
    'accept-encoding': 'gzip, deflate, br',
  };
  const budgets: { id: string; line: string }[] = [];
  for (let i = 0; i < Math.max(10, connections); i++) {
    const created = await fetch(`${base}/api/budgets`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: `Soak ${i + 1}`, cbsCode: 'GM0310', firstYear: 2027 }),
    });
    const detail = (await created.json()) as {
      id: string;
      lines: { id: string; custom: boolean; effective: { costBasis: string } }[];
    };
    budgets.push({
      id: detail.id,
      line: detail.lines.find((l) => !l.custom && l.effective.costBasis === 'amount')!.id,
    });
  }
  const request = (i: number, c: number) => {
    const r = (i * 7_919 + c * 104_729) % 100;
    const own = budgets[c % budgets.length]!;
    const any = budgets[(i + c) % 10]!;
    if (r < 55) return { method: 'GET', path: `/api/budgets/${any.id}` };
    if (r < 65) return { method: 'GET', path: '/api/budgets' };
    if (r < 70) return { method: 'GET', path: '/api/budgets/families' };
    if (r < 75) return { method: 'GET', path: `/api/budgets/${any.id}/calculation` };
    if (r < 80) return { method: 'GET', path: '/api/catalog/editions/current?includeExamples=true' };
    if (r < 95)
      return {
        method: 'PUT',
        path: `/api/budgets/${own.id}/lines/${own.line}/override`,
        body: JSON.stringify({ fields: { amountCents: 100_000 + (i % 1_000) * 100 }, justification: 'Soak' }),
      };
    return { method: 'DELETE', path: `/api/budgets/${own.id}/lines/${own.line}/override` };
  };

  console.log(
    `Soak: ${totalSeconds} s, ${connections} connections, samples every ${sampleSeconds} s; server = src/server.ts (pid ${server.pid}) on PostgreSQL; RSS at start ${rssMb().toFixed(0)} MB`,
  );
  console.log('   t (s)   req/s    p50 ms    p99 ms   5xx   other non-2xx   RSS MB');
  const windows: (LoadResult & { rss: number })[] = [];
  let offset = 0;
  for (let t = 0; t < totalSeconds; t += sampleSeconds) {
    const result = await load({
      url: base,
      headers,
      connections,
      seconds: Math.min(sampleSeconds, totalSeconds - t),
      request: (i, c) => request(i + offset, c),
    });
    offset += result.requests;
    const rss = rssMb();
    windows.push({ ...result, rss });
    const other = Object.entries(result.statuses)
      .filter(([s]) => !s.startsWith('2') && !s.startsWith('5') && s !== '304')
      .reduce((n, [, count]) => n + count, 0);
    console.log(
      `${String(t + sampleSeconds).padStart(8)} ${result.rps.toFixed(0).padStart(7)} ${result.p50.toFixed(1).padStart(9)} ${result.p99.toFixed(1).padStart(9)} ${String(result.fivexx).padStart(5)} ${String(other).padStart(15)} ${rss.toFixed(0).padStart(8)}`,
    );
  }
  const fivexx = windows.reduce((n, w) => n + w.fivexx, 0);
  const statuses: Record<string, number> = {};
  for (const w of windows)
    for (const [code, count] of Object.entries(w.statuses)) statuses[code] = (statuses[code] ?? 0) + count;
  const requests = windows.reduce((n, w) => n + w.requests, 0);
  const afterWarmUp = windows.slice(Math.min(windows.length - 1, Math.ceil(60 / sampleSeconds)));
  const rssValues = afterWarmUp.map((w) => w.rss);
  console.log(
    `Soak result: ${requests.toLocaleString('nl-NL')} requests, ${fivexx} × 5xx (goal 0); RSS after warm-up ${Math.min(...rssValues).toFixed(0)}–${Math.max(...rssValues).toFixed(0)} MB, ` +
      `first ${rssValues[0]!.toFixed(0)} → last ${rssValues.at(-1)!.toFixed(0)} MB (goal: flat); responses by status ${JSON.stringify(statuses)}`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
