import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrate, MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER, openDb, type DbHandle } from '../src/client.ts';
import { createTestDatabase, resolveTestDatabaseUrl, type TestDatabase } from '../src/testing.ts';

// N API instances starting at once each run migrate() on the same, fresh database: the advisory
// lock makes them take turns, so every migration is applied exactly once and none of them fails.
describe.skipIf(!resolveTestDatabaseUrl())('migrate() on PostgreSQL under an advisory lock', () => {
  const handles: DbHandle[] = [];
  let database: TestDatabase | undefined;
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await database?.drop();
  });

  it('five instances migrating a fresh database at once all succeed, each migration applied once', async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 5; i++) handles.push(await openDb({ databaseUrl: database.url }));
    const results = await Promise.allSettled(handles.map((h) => migrate(h)));
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);

    const { rows } = (await handles[0]!.db.execute(
      sql`SELECT hash, count(*)::int AS n FROM drizzle.__drizzle_migrations GROUP BY hash`,
    )) as unknown as { rows: { hash: string; n: number }[] };
    const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
      entries: unknown[];
    };
    expect(rows).toHaveLength(journal.entries.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // The lock is released afterwards: another session gets it at once.
    const free = (await handles[0]!.db.transaction((tx) =>
      tx.execute(sql`SELECT pg_try_advisory_xact_lock(${MIGRATION_LOCK_KEY}) AS ok`),
    )) as unknown as { rows: { ok: boolean }[] };
    expect(free.rows[0]?.ok).toBe(true);
  });

  it('a migrate() waits while another session holds the lock', async () => {
    const holder = await openDb({ databaseUrl: database!.url });
    handles.push(holder);
    await holder.db.execute(sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    let finished = false;
    const waiting = migrate(handles[1]!).then(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(finished).toBe(false);
    await holder.db.execute(sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    await waiting;
    expect(finished).toBe(true);
  });
});
