import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// E2E runs the real API (which serves the built web app) on its own port with a fresh database
// per run: a new PGlite data dir, or a new PostgreSQL database when TEST_DATABASE_URL is set.
// Build the web app first (`pnpm --filter @app/web build`; scripts/run-e2e.mjs does); the API is
// bundled by the web server command below.

// E2E_PORT lets a second run (e.g. another checkout) use its own port.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

// Playwright also loads this file in every worker; only the runner creates the database.
const isRunner = process.env.TEST_WORKER_INDEX === undefined;
// The suite runs against what ships: the production bundle of the API (ADR 0019), built fresh for
// each run into a folder of its own (so it is never stale and never clobbers apps/api/dist).
const apiBundle = isRunner ? mkdtempSync(join(tmpdir(), 'begroting-e2e-api-')) : '';
// The suite signs in far more often than a person; the API tests cover the real limit of 10/min.
const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SIGN_IN_ATTEMPTS_PER_MINUTE: '1000',
};
if (isRunner) {
  if (process.env.TEST_DATABASE_URL) {
    const { createTestDatabase } = await import('./db/src/testing.ts');
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL);
    serverEnv.DATABASE_URL = database.url;
    // Specs that need a second organisation (contribution.spec.ts) insert it here; workers inherit it.
    process.env.E2E_DATABASE_URL = database.url;
    // The teardown runs in this same runner process and drops the database again.
    (globalThis as { e2eDatabase?: { drop(): Promise<void> } }).e2eDatabase = database;
  } else {
    serverEnv.DATA_DIR = mkdtempSync(join(tmpdir(), 'begroting-e2e-'));
  }
}

export default defineConfig({
  testDir: 'apps/web/e2e',
  globalTeardown: './apps/web/e2e/global-teardown.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: process.env.CI === 'true',
  reporter: process.env.CI === 'true' ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node apps/api/build.mjs ${apiBundle} && node --enable-source-maps ${join(apiBundle, 'server.js')}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: serverEnv,
    reuseExistingServer: process.env.CI !== 'true' && process.env.E2E_REUSE_SERVER === 'true',
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
