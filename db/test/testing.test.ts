import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/client.ts';
import { createTestDatabase, openTestDb, resolveTestDatabaseUrl, testDatabaseKinds } from '../src/testing.ts';

describe('test database selection', () => {
  it('fails loudly in CI when TEST_DATABASE_URL is missing instead of skipping the real-PostgreSQL tests', () => {
    expect(() => resolveTestDatabaseUrl({ CI: 'true' })).toThrow(/TEST_DATABASE_URL is not set/);
    expect(() => resolveTestDatabaseUrl({ CI: '1', TEST_DATABASE_URL: '  ' })).toThrow(/TEST_DATABASE_URL/);
    expect(() => testDatabaseKinds({ CI: 'true' })).toThrow(/TEST_DATABASE_URL/);
  });

  it('runs PGlite only, locally, without a URL', () => {
    expect(resolveTestDatabaseUrl({})).toBeUndefined();
    expect(resolveTestDatabaseUrl({ CI: 'false' })).toBeUndefined();
    expect(testDatabaseKinds({})).toEqual(['pglite']);
  });

  it('adds real PostgreSQL when a URL is given', () => {
    const env = { CI: 'true', TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
    expect(resolveTestDatabaseUrl(env)).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(testDatabaseKinds(env)).toEqual(['pglite', 'postgres']);
  });
});

// Real PostgreSQL only; resolveTestDatabaseUrl() throws in CI without a URL, so this never skips there.
const adminUrl = resolveTestDatabaseUrl();

describe.runIf(adminUrl)('createTestDatabase on PostgreSQL', () => {
  const exists = async (name: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    } finally {
      await client.end();
    }
  };

  it('creates an empty database of its own and drops it, open connections included', async () => {
    const database = await createTestDatabase(adminUrl);
    expect(database.name).toMatch(new RegExp(`^test_${process.pid}_[0-9a-f]{8}$`));
    expect(await exists(database.name)).toBe(true);
    const handle = await openDb({ databaseUrl: database.url });
    expect(await handle.db.execute(sql`select current_database() as name`)).toMatchObject({
      rows: [{ name: database.name }],
    });
    await database.drop(); // the pool is still open: WITH (FORCE) ends it
    await handle.close().catch(() => undefined);
    expect(await exists(database.name)).toBe(false);
  });

  it('removes databases left behind by test processes that have ended', async () => {
    const orphan = 'test_999999999_00c0ffee';
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${orphan}"`);
    await client.end();
    const database = await createTestDatabase(adminUrl);
    expect(await exists(orphan)).toBe(false);
    expect(await exists(database.name)).toBe(true);
    await database.drop();
  });
});

describe.runIf(adminUrl)('openTestDb on PostgreSQL', () => {
  it('gives a migrated, unseeded database with its URL and drops it on close', async () => {
    const handle = await openTestDb({ kind: 'postgres', seed: false });
    expect(handle.kind).toBe('postgres');
    expect(handle.seeded).toBeNull();
    expect(handle.url).toMatch(/\/test_\d+_[0-9a-f]{8}$/);
    const name = new URL(handle.url!).pathname.slice(1);
    expect(await handle.db.execute(sql`select count(*)::int as n from municipalities`)).toMatchObject({
      rows: [{ n: 0 }],
    });
    await handle.close();
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
