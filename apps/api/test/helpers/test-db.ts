import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { migrate, openDb, MEMORY_DATA_DIR, type DbHandle } from '@app/db';
import { seed } from '@app/db/seed';

export interface TestDb {
  handle: DbHandle;
  /** postgres URL of the private database (real PostgreSQL only). */
  url: string | null;
  close(): Promise<void>;
}

/**
 * A migrated, seeded database private to one test file: in-memory PGlite, or — with
 * TEST_DATABASE_URL — a fresh database on that PostgreSQL server (dropped afterwards), so tests
 * that count rows or kill connections never see another file's work.
 */
export async function openTestDb(label: string): Promise<TestDb> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDb({ dataDir: MEMORY_DATA_DIR });
    await migrate(handle);
    await seed(handle.db);
    return { handle, url: null, close: () => handle.close() };
  }
  const name = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDb({ databaseUrl: url.toString() });
  await migrate(handle);
  await seed(handle.db);
  return {
    handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** One statement on its own short-lived connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const admin = await openDb({ databaseUrl: url });
  try {
    await admin.db.execute(sql.raw(statement));
  } finally {
    await admin.close();
  }
}
