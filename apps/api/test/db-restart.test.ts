import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// The database connection dies under the API (a PostgreSQL restart or failover, simulated with
// pg_terminate_backend on every connection of the API's database). The pool must drop the dead
// connections and recover on its own; requests caught mid-flight fail cleanly (generic error, no
// partial write) and no committed work is lost.

// Needs the real server (PGlite runs in-process and has no connections to kill). In CI
// TEST_DATABASE_URL is always set (db/src/testing.ts refuses to run without it), so this never skips there.
const realPostgres = Boolean(process.env.TEST_DATABASE_URL);

let handle: TestDbHandle;
let admin: DbHandle;
let app: App;
let advisor: AuthHeaders;

async function terminateApiConnections(): Promise<number> {
  const result = (await admin.db.execute(
    sql`select pg_terminate_backend(pid) as killed from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  )) as unknown as { rows: { killed: boolean }[] };
  const killed = result.rows.filter((r) => r.killed).length;
  // pg_terminate_backend only signals; wait until the backends are really gone, as after a restart.
  for (let i = 0; i < 50; i++) {
    const left = (await admin.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
    )) as unknown as { rows: { n: number }[] };
    if (left.rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return killed;
}

describe.skipIf(!realPostgres)('database connections killed mid-use (real PostgreSQL)', () => {
  beforeAll(async () => {
    handle = await openTestDb({ kind: 'postgres' });
    admin = await openDb({ databaseUrl: handle.url! });
    app = await buildApp({ db: handle });
    await app.ready();
    advisor = await signIn(app, 'advisor');
  });
  afterAll(async () => {
    await app?.close();
    await admin?.close();
    await handle?.close();
  });

  it('recovers after every connection is terminated, keeps committed work, and leaves no half-written change', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Overleeft herstart', cbsCode: 'GM0310', firstYear: 2027 },
    });
    expect(created.statusCode).toBe(201);
    const budget = created.json() as { id: string; lines: { id: string; custom: boolean }[] };
    const lines = budget.lines.filter((l) => !l.custom).slice(0, 8);
    const committed = await app.inject({
      method: 'PUT',
      url: `/api/budgets/${budget.id}/lines/${lines[0]!.id}/override`,
      headers: advisor,
      payload: { fields: { amountCents: 111_100 }, justification: 'Vóór de herstart' },
    });
    expect(committed.statusCode).toBe(200);

    // 1. Idle connections killed: the next requests must simply work.
    expect(await terminateApiConnections()).toBeGreaterThan(0);
    const afterIdleKill: number[] = [];
    for (let i = 0; i < 5; i++)
      afterIdleKill.push(
        (await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: advisor })).statusCode,
      );
    expect(afterIdleKill).toEqual([200, 200, 200, 200, 200]);

    // 2. Connections killed while writes are in flight.
    const writes = lines.slice(1).map((line, i) =>
      app.inject({
        method: 'PUT',
        url: `/api/budgets/${budget.id}/lines/${line.id}/override`,
        headers: advisor,
        payload: { fields: { amountCents: 200_000 + i }, justification: `Tijdens de herstart ${i}` },
      }),
    );
    const killed = new Promise<void>((resolve) =>
      setTimeout(() => void terminateApiConnections().then(() => resolve()), 15),
    );
    // (the in-flight writes race the kill: some commit, some fail; both outcomes are checked below)
    const [responses] = await Promise.all([Promise.all(writes), killed]);
    for (const response of responses) {
      if (response.statusCode >= 500) {
        // A failed request says so generically: no driver message, no stack. A lost connection is
        // 503 UNAVAILABLE (with Retry-After), anything else 500 INTERNAL.
        expect(['UNAVAILABLE', 'INTERNAL']).toContain(response.json().error.code);
        if (response.statusCode === 503) expect(response.headers['retry-after']).toBeDefined();
        expect(response.body).not.toMatch(/terminat|pg_|at \w+ \(/i);
      }
    }

    // 3. Recovery: the API answers again without a restart.
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await app.inject({ method: 'GET', url: '/api/health' })).statusCode === 200;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(true);
    const detail = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: advisor });
    expect(detail.statusCode).toBe(200);
    const byId = new Map(
      (detail.json().lines as { id: string; overriddenFields: string[]; effective: { amountCents?: number } }[]).map(
        (l) => [l.id, l],
      ),
    );

    // Work committed before the kill is intact.
    expect(byId.get(lines[0]!.id)!.effective.amountCents).toBe(111_100);
    // Each in-flight write either committed completely (line + audit entry) or not at all.
    const audit = (
      await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/audit`, headers: advisor })
    ).json() as { entityId: string; action: string }[];
    responses.forEach((response, i) => {
      const line = byId.get(lines[i + 1]!.id)!;
      const audited = audit.some((e) => e.entityId === lines[i + 1]!.id && e.action === 'override');
      if (response.statusCode === 200) {
        expect(line.effective.amountCents).toBe(200_000 + i);
        expect(audited).toBe(true);
      } else {
        expect(line.overriddenFields).toEqual([]);
        expect(audited).toBe(false);
      }
    });

    // Repeated kills must not leak pool connections (the pool holds 10): after several rounds,
    // 20 concurrent requests still get an answer promptly.
    for (let round = 0; round < 4; round++) {
      const inFlight = lines.slice(1).map((line) =>
        app.inject({
          method: 'DELETE',
          url: `/api/budgets/${budget.id}/lines/${line.id}/override`,
          headers: advisor,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 5 + round * 5));
      await terminateApiConnections();
      await Promise.all(inFlight);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const within = <T>(promise: Promise<T>, ms: number) =>
      Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))]);
    const burst = await within(
      Promise.all(
        Array.from({ length: 20 }, () =>
          app.inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: advisor }),
        ),
      ),
      10_000,
    );
    expect(burst).not.toBe('timeout');
    expect((burst as { statusCode: number }[]).filter((r) => r.statusCode === 200).length).toBeGreaterThanOrEqual(19);

    // And new work commits normally.
    const after = await app.inject({
      method: 'PUT',
      url: `/api/budgets/${budget.id}/lines/${lines[0]!.id}/override`,
      headers: advisor,
      payload: { fields: { amountCents: 333_300 }, justification: 'Na de herstart' },
    });
    expect(after.statusCode).toBe(200);
  });
});
