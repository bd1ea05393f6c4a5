/**
 * Lighthouse (mobile, default simulated throttling) on the start page, the builder and the dashboard
 * (issue 14, point 5): `npx tsx apps/api/bench-lighthouse.ts` after `pnpm --filter @app/web build`.
 * In one process: the real API on an in-memory database serving the built web app (precompressed
 * assets, as in production); an advisor creates a De Bilt budget; Debian's Chromium is started with
 * a debugging port and Lighthouse runs each page three times with the advisor's session cookie.
 * Prints the median performance and accessibility scores and first contentful paint per page.
 * Targets: performance ≥ 0,95, accessibility 1,0, first contentful paint < 1,8 s. Asserts nothing.
 * LIGHTHOUSE_RUNS (default 3) runs per page; LIGHTHOUSE_REPORTS=<dir> writes each page's last report (JSON).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { migrate, openDb, MEMORY_DATA_DIR } from '@app/db';
import { seed } from '@app/db/seed';
import { buildApp } from './src/app.ts';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PASSWORD = 'bench-demo-password';
const webDist = fileURLToPath(new URL('../web/dist/', import.meta.url));
if (!existsSync(`${webDist}index.html`)) {
  console.log('No apps/web/dist: run `pnpm --filter @app/web build` first.');
  process.exit(0);
}
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
if (!chromiumPath) {
  console.log('No Chromium (apt-get install chromium): Lighthouse skipped.');
  process.exit(0);
}

const handle = await openDb({ dataDir: MEMORY_DATA_DIR });
await migrate(handle);
await seed(handle.db);
const app = await buildApp({ db: handle, webDist, demoPassword: PASSWORD, signInAttemptsPerMinute: 1000 });
const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });

const signIn = await fetch(`${baseURL}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'advisor@demo.example', password: PASSWORD }),
});
if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const { csrfToken } = (await signIn.json()) as { csrfToken: string };
const created = await fetch(`${baseURL}/api/budgets`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken, origin: baseURL },
  body: JSON.stringify({ name: 'ICT-begroting De Bilt (Lighthouse)', cbsCode: 'GM0310', firstYear: 2027 }),
});
if (created.status !== 201) throw new Error(`create budget: ${created.status} ${await created.text()}`);
const budgetId = ((await created.json()) as { id: string }).id;

const profileDir = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
const port = 9300 + Math.floor(Math.random() * 500);
const chromium = spawn(
  chromiumPath,
  [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profileDir}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
for (let i = 0; i < 100; i++) {
  if (
    await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 100));
}

// LIGHTHOUSE_PAGES=start,dashboard measures only the pages whose label contains one of the words.
const only = process.env.LIGHTHOUSE_PAGES?.toLowerCase().split(',');
const pages = (
  [
    ['Start page', '/'],
    ['Builder (De Bilt)', `/begrotingen/${budgetId}`],
    ['Dashboard (De Bilt)', `/begrotingen/${budgetId}/dashboard`],
  ] as [string, string][]
).filter(([label]) => !only || only.some((word) => label.toLowerCase().includes(word)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const nl = (x: number, digits: number) =>
  x.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
try {
  for (const [label, path] of pages) {
    const perf: number[] = [];
    const a11y: number[] = [];
    const fcp: number[] = [];
    const lcp: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${baseURL}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: cookie },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
      if (process.env.LIGHTHOUSE_REPORTS) {
        mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
        writeFileSync(join(process.env.LIGHTHOUSE_REPORTS, `${label.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
      }
      perf.push(lhr.categories.performance?.score ?? Number.NaN);
      a11y.push(lhr.categories.accessibility?.score ?? Number.NaN);
      fcp.push(lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN);
      lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
      if (run === RUNS - 1 && (lhr.categories.accessibility?.score ?? 1) < 1) {
        const failing = Object.values(lhr.audits).filter(
          (a) => a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id),
        );
        console.log(`  accessibility findings: ${failing.map((a) => a.id).join(', ')}`);
      }
    }
    console.log(
      `Lighthouse ${label} (mobile, simulated throttling): performance ${nl(median(perf), 2)}   accessibility ${nl(median(a11y), 2)}   ` +
        `first contentful paint ${nl(median(fcp) / 1000, 2)} s   largest contentful paint ${nl(median(lcp) / 1000, 2)} s   ` +
        `(median of ${RUNS}; targets: ≥ 0,95, 1,0, FCP < 1,8 s)`,
    );
  }
} finally {
  // Chromium writes its profile until it has exited; removing it before then fails (ENOTEMPTY)
  // and would hide the error that got us here.
  await new Promise<void>((resolve) => {
    if (chromium.exitCode !== null) return resolve();
    chromium.once('exit', () => resolve());
    chromium.kill();
  });
  rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  await app.close();
  await handle.close();
}
