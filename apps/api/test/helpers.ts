import { count } from 'drizzle-orm';
import { auditEntries, budgetDevelopments, budgetLines, budgets, orgUnits, type Db } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';

export interface TestContext {
  app: App;
  handle: TestDbHandle;
  close(): Promise<void>;
}

/**
 * One migrated + seeded database per test file (in-memory PGlite, or a fresh database on the real
 * PostgreSQL when TEST_DATABASE_URL is set) and an app on it; tests call `app.inject`, never a port.
 */
export async function createTestApp(options: { webDist?: string } = {}): Promise<TestContext> {
  const handle = await openTestDb();
  const app = await buildApp({ db: handle, webDist: options.webDist });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** Row counts of every table a budget write touches: compare before/after a refused write. */
export async function rowCounts(db: Db) {
  const [b] = await db.select({ n: count() }).from(budgets);
  const [d] = await db.select({ n: count() }).from(budgetDevelopments);
  const [l] = await db.select({ n: count() }).from(budgetLines);
  const [u] = await db.select({ n: count() }).from(orgUnits);
  const [a] = await db.select({ n: count() }).from(auditEntries);
  return { budgets: b?.n, developments: d?.n, lines: l?.n, orgUnits: u?.n, audit: a?.n };
}

export const MODEL_PROFILE = { inhabitants: 100_000, employees: 1_000, departments: 40 };
