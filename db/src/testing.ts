import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { seed, type SeedSummary } from '../seed/index.ts';
import { migrate, openDb, MEMORY_DATA_DIR, type DbHandle, type DbKind } from './client.ts';

/*
 * Test helpers shared by every package that tests against the database (import from
 * '@app/db/testing'; never from application code).
 *
 * - Locally, without TEST_DATABASE_URL, tests use an in-memory PGlite.
 * - With TEST_DATABASE_URL (CI sets postgres://postgres@127.0.0.1:5432/test), each test file
 *   gets its own fresh database `test_<pid>_<random>` created through that admin connection and
 *   dropped on close, so parallel files and other packages never see each other's rows.
 * - In CI (CI=true) a missing TEST_DATABASE_URL is an error, never a silent skip.
 *
 * Typical use, one database per test file:
 *   let handle: TestDbHandle;
 *   beforeAll(async () => { handle = await openTestDb(); });
 *   afterAll(() => handle.close());
 */

type Env = Record<string, string | undefined>;

function isCi(env: Env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** TEST_DATABASE_URL, or undefined locally; throws in CI when it is missing. */
export function resolveTestDatabaseUrl(env: Env = process.env): string | undefined {
  const url = env.TEST_DATABASE_URL?.trim();
  if (url) return url;
  if (isCi(env)) {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the real-PostgreSQL tests must run in CI, not be skipped. ' +
        'Set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (see .ci/run).',
    );
  }
  return undefined;
}

/** The database kinds a suite should run against: always PGlite, plus PostgreSQL when configured. */
export function testDatabaseKinds(env: Env = process.env): DbKind[] {
  return resolveTestDatabaseUrl(env) ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  url: string;
  name: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Drops `test_<pid>_…` databases whose process has ended (a crashed or killed test run never
 * dropped them). Databases of live processes, i.e. of tests running in parallel, are left alone.
 */
async function dropOrphanedTestDatabases(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^test_[0-9]+_[0-9a-f]{8}$'`,
  );
  for (const { datname } of rows) {
    const pid = Number(datname.split('_')[1]);
    if (!processIsAlive(pid))
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
  }
}

/** Creates a fresh database next to the one TEST_DATABASE_URL (or `adminUrl`) names. */
export async function createTestDatabase(
  adminUrl: string | undefined = resolveTestDatabaseUrl(),
): Promise<TestDatabase> {
  if (!adminUrl)
    throw new Error('createTestDatabase needs TEST_DATABASE_URL (a PostgreSQL the tests may create databases on)');
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(adminUrl, async (client) => {
    await dropOrphanedTestDatabases(client);
    // Concurrent CREATE DATABASE calls can collide on the template database; retry briefly.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
      ),
  };
}

export interface TestDbHandle extends DbHandle {
  /** What the seed loaded (null when opened with seed: false). */
  seeded: SeedSummary | null;
  /** URL of the private PostgreSQL database (null on PGlite), e.g. for a second connection. */
  url: string | null;
}

export interface OpenTestDbOptions {
  /** Default: 'postgres' when TEST_DATABASE_URL is set, else 'pglite'. */
  kind?: DbKind;
  /** Run the seed after migrating (default true). */
  seed?: boolean;
}

/**
 * A migrated (and by default seeded) database of its own for one test file; close() releases
 * it (and drops the PostgreSQL database).
 */
export async function openTestDb(options: OpenTestDbOptions = {}): Promise<TestDbHandle> {
  const adminUrl = resolveTestDatabaseUrl();
  const kind = options.kind ?? (adminUrl ? 'postgres' : 'pglite');
  let database: TestDatabase | undefined;
  let handle: DbHandle;
  if (kind === 'postgres') {
    database = await createTestDatabase(adminUrl);
    handle = await openDb({ databaseUrl: database.url });
  } else {
    handle = await openDb({ dataDir: MEMORY_DATA_DIR });
  }
  const closeConnection = handle.close;
  const close = async () => {
    await closeConnection();
    await database?.drop();
  };
  try {
    await migrate(handle);
    const seeded = options.seed === false ? null : await seed(handle);
    // Same object as openDb returned, so migrate(handle) keeps working on it.
    return Object.assign(handle, { close, seeded, url: database?.url ?? null });
  } catch (error) {
    await close();
    throw error;
  }
}
