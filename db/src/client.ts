import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { makePoolResilient } from './pool-resilience.ts';

export type Schema = typeof schema;

/**
 * The database as services see it, whichever driver is underneath. Both drizzle drivers are
 * PgDatabase subclasses, so select/insert/update/delete/transaction work the same on either.
 * A transaction (`Tx`) is itself a `Db`, so a service can be handed either.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Ends the pool or closes PGlite; the handle is unusable afterwards. */
  close(): Promise<void>;
  /** Connections of the PostgreSQL pool right now (for metrics); null on PGlite (one in-process connection). */
  poolStats?(): PoolStats | null;
}

export interface PoolStats {
  /** Open connections (idle + checked out). */
  total: number;
  idle: number;
  /** Queries waiting for a free connection. */
  waiting: number;
  max: number;
}

export interface OpenDbOptions {
  /** postgres://… → real PostgreSQL via node-postgres; absent → embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (default `<repo>/.data/pglite`); 'memory://' for a throw-away in-memory database. */
  dataDir?: string | undefined;
  /** Connections in the PostgreSQL pool (default 10). */
  poolSize?: number | undefined;
}

/**
 * How long a query waits for a pool connection (opening one included) before it fails, and so the
 * request answers 503: without a bound, a database that stops answering (a network partition, a
 * failover in progress) would leave requests and readiness probes hanging instead of failing.
 */
export const POOL_CONNECTION_TIMEOUT_MS = 10_000;

export const MEMORY_DATA_DIR = 'memory://';

/** `<repo>/.data/pglite`, resolved from this file so the working directory does not matter. */
export const DEFAULT_PGLITE_DIR = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

/** The committed drizzle-kit migrations, resolved from this file. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

const casing = 'snake_case';

// The driver-specific database objects, kept out of the public handle so callers only see `Db`;
// the migrators need the concrete type.
const drivers = new WeakMap<
  DbHandle,
  { kind: 'pglite'; db: PgliteDatabase<Schema> } | { kind: 'postgres'; db: NodePgDatabase<Schema>; pool: pg.Pool }
>();

export async function openDb(options: OpenDbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) {
    const max = options.poolSize ?? 10;
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max,
      connectionTimeoutMillis: POOL_CONNECTION_TIMEOUT_MS,
    });
    // An idle client that loses its connection emits 'error' on the pool; without a listener
    // that would crash the process instead of surfacing on the next query.
    pool.on('error', () => {});
    // Survive a database restart: see pool-resilience.ts.
    makePoolResilient(pool);
    const db = drizzleNodePg({ client: pool, schema, casing });
    const handle: DbHandle = {
      db,
      kind: 'postgres',
      close: () => pool.end(),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    };
    drivers.set(handle, { kind: 'postgres', db, pool });
    return handle;
  }

  const dataDir = options.dataDir ?? DEFAULT_PGLITE_DIR;
  const inMemory = dataDir === MEMORY_DATA_DIR;
  // PGlite does not create its data folder and fails later with a misleading error.
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir);
  const db = drizzlePglite({ client, schema, casing });
  const handle: DbHandle = { db, kind: 'pglite', close: () => client.close(), poolStats: () => null };
  drivers.set(handle, { kind: 'pglite', db });
  return handle;
}

/**
 * The PostgreSQL advisory lock key under which migrations run (an arbitrary constant, the same in
 * every instance; `SELECT * FROM pg_locks WHERE locktype = 'advisory'` shows who holds it).
 */
export const MIGRATION_LOCK_KEY = 7_341_202_614;

/**
 * Applies the committed migrations that have not run yet (same folder for both drivers).
 *
 * On PostgreSQL the run holds a session-level advisory lock on one connection of the pool, so N
 * instances starting at once migrate one after the other: the first applies the migrations, the
 * others then find them applied and do nothing. (Without it they race on creating drizzle's
 * journal and on applying the same migration twice.) PGlite is one embedded process and needs no lock.
 */
export async function migrate(handle: DbHandle, options: { migrationsFolder?: string } = {}): Promise<void> {
  const driver = drivers.get(handle);
  if (!driver) throw new Error('migrate() needs a handle returned by openDb()');
  // Another folder only for the benches (e.g. all but the newest migrations, to time those on big data).
  const config = { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER };
  if (driver.kind === 'pglite') {
    await migratePglite(driver.db, config);
    return;
  }
  const lock = await driver.pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(driver.db, config);
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  } finally {
    // Closed rather than returned to the pool: ending the session frees the lock even when the
    // migration or the unlock failed halfway.
    lock.release(true);
  }
}

/** Runs `fn` in one transaction: everything it wrote is rolled back if it throws. */
export function withTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}
