import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { catalogEditions, migrate, openDb, organisations, users, type DbHandle } from '@app/db';
import { seed } from '@app/db/seed';
import { createTestDatabase, resolveTestDatabaseUrl, type TestDatabase } from '@app/db/testing';
import { editWorkbook, makeXlsx, multipartBody } from '@app/export/testing';
import { buildApp, type App } from '../src/app.ts';
import { DEFAULT_DEMO_PASSWORD } from '../src/plugins/auth.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { freshSignIn, type AuthHeaders } from './helpers/auth.ts';

/*
 * Three API instances behind a load balancer: three apps, each with its own connection pool, on
 * one real PostgreSQL database. Every step of the flow goes to the next instance in turn, so any
 * state kept in one process (a session, a pending import, a sign-in counter) would break it.
 */
describe.skipIf(!resolveTestDatabaseUrl())('three API instances on one PostgreSQL', () => {
  const PER_MINUTE = 3;
  let database: TestDatabase;
  const handles: DbHandle[] = [];
  const apps: App[] = [];
  let turn = 0;
  /** The next instance, round-robin. */
  const next = () => apps[turn++ % apps.length]!;

  beforeAll(async () => {
    database = await createTestDatabase();
    for (let i = 0; i < 3; i++) handles.push(await openDb({ databaseUrl: database.url }));
    // All three start at once: migrations take turns under the advisory lock.
    await Promise.all(handles.map((h) => migrate(h)));
    await seed(handles[0]!);
    // A second organisation whose administrator (platform admin, so catalog imports are allowed) must not reach the demo organisation's imports.
    const [other] = await handles[1]!.db
      .insert(organisations)
      .values({ slug: 'other', name: 'Andere gemeente (test)' })
      .returning();
    await handles[2]!.db.insert(users).values({
      organisationId: other!.id,
      email: 'admin@other.example',
      role: 'admin',
      platformAdmin: true,
      displayName: 'B admin',
      passwordHash: await hashPassword('tenant-b-password'),
    });
    for (const handle of handles) {
      const app = await buildApp({ db: handle, signInAttemptsPerMinute: PER_MINUTE });
      await app.ready();
      apps.push(app);
    }
  });
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await Promise.all(handles.map((h) => h.close()));
    await database?.drop();
  });

  let advisor: AuthHeaders;
  let budget: {
    id: string;
    version: number;
    profile: { inhabitants: number; employees: number; departments: number };
    lines: {
      id: string;
      custom: boolean;
      effective: { costBasis: string; kind: string; amountCents: number | null };
    }[];
  };

  it('a session made on one instance works on the others', async () => {
    advisor = await freshSignIn(next(), 'advisor@demo.example', DEFAULT_DEMO_PASSWORD);
    for (let i = 0; i < 3; i++) {
      const me = await next().inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: advisor.cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json().csrfToken).toBe(advisor['x-csrf-token']);
    }
  });

  it('a budget created on one instance is edited on another and read on a third (versions hold across them)', async () => {
    const created = await next().inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Drie instanties', cbsCode: 'GM0310', firstYear: 2027 },
    });
    expect(created.statusCode).toBe(201);
    budget = created.json();
    const profile = { ...budget.profile, inhabitants: budget.profile.inhabitants + 1_000 };
    const patched = await next().inject({
      method: 'PATCH',
      url: `/api/budgets/${budget.id}`,
      headers: advisor,
      payload: { profile, version: budget.version },
    });
    expect(patched.statusCode).toBe(200);
    const read = await next().inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: advisor });
    expect(read.statusCode).toBe(200);
    expect(read.json().profile.inhabitants).toBe(profile.inhabitants);
    // The old version is stale on every instance.
    const stale = await next().inject({
      method: 'PATCH',
      url: `/api/budgets/${budget.id}`,
      headers: advisor,
      payload: { profile, version: budget.version },
    });
    expect(stale.statusCode).toBe(409);
    budget = read.json();
  });

  it('a budget detail kept by one instance is never served stale after a change on another (ADR 0018)', async () => {
    const [a, b] = [apps[0]!, apps[1]!];
    const read = async (app: App) => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/budgets/${budget.id}`,
        headers: { cookie: advisor.cookie },
      });
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    // A reads twice (built, then served from its cache).
    const first = await read(a);
    expect(await read(a)).toEqual(first);
    // A line override on B: A answers with the new line and version.
    const line = first.lines.find(
      (l: { custom: boolean; effective: { costBasis: string } }) => !l.custom && l.effective.costBasis === 'amount',
    );
    const amount = (line.effective.amountCents ?? 0) + 12_345;
    const overridden = await b.inject({
      method: 'PUT',
      url: `/api/budgets/${budget.id}/lines/${line.id}/override`,
      headers: advisor,
      payload: { fields: { amountCents: amount }, justification: 'Drie instanties' },
    });
    expect(overridden.statusCode).toBe(200);
    const afterOverride = await read(a);
    expect(afterOverride.version).toBe(first.version + 1);
    expect(afterOverride.lines.find((l: { id: string }) => l.id === line.id).effective.amountCents).toBe(amount);
    expect(afterOverride.calculationInput.lines.find((l: { id: string }) => l.id === line.id).amountCents).toBe(amount);
    // Changes that leave the version alone: an org unit (renamed on B), a scenario (made on B), archiving (on B).
    const admin = await freshSignIn(b, 'admin@demo.example', DEFAULT_DEMO_PASSWORD);
    const unit = await b.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: admin,
      payload: { name: 'Team Drie Instanties' },
    });
    expect(unit.statusCode).toBe(201);
    expect((await read(a)).orgUnits.map((u: { name: string }) => u.name)).toContain('Team Drie Instanties');
    const renamed = await b.inject({
      method: 'PATCH',
      url: `/api/org-units/${unit.json().id}`,
      headers: admin,
      payload: { name: 'Team Drie (hernoemd)' },
    });
    expect(renamed.statusCode).toBe(200);
    const units = (await read(a)).orgUnits.map((u: { name: string }) => u.name);
    expect(units).toContain('Team Drie (hernoemd)');
    expect(units).not.toContain('Team Drie Instanties');
    const scenario = await b.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/scenarios`,
      headers: advisor,
      payload: { scenarioName: 'Cache-scenario' },
    });
    expect(scenario.statusCode).toBe(201);
    expect((await read(a)).scenarios.map((s: { id: string }) => s.id)).toContain(scenario.json().id);
    const archived = await b.inject({
      method: 'POST',
      url: `/api/budgets/${scenario.json().id}/archive`,
      headers: advisor,
    });
    expect(archived.statusCode).toBe(200);
    expect((await read(a)).archivedAt).toBeNull();
    const scenarioOnA = await a.inject({
      method: 'GET',
      url: `/api/budgets/${scenario.json().id}`,
      headers: { cookie: advisor.cookie },
    });
    expect(scenarioOnA.json().archivedAt).not.toBeNull();
    // Deleted on B: gone on A, not served from A's cache.
    const deleted = await b.inject({ method: 'DELETE', url: `/api/budgets/${scenario.json().id}`, headers: advisor });
    expect(deleted.statusCode).toBe(204);
    expect(
      (
        await a.inject({
          method: 'GET',
          url: `/api/budgets/${scenario.json().id}`,
          headers: { cookie: advisor.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect((await read(a)).scenarios.map((s: { id: string }) => s.id)).not.toContain(scenario.json().id);
    // The list's totals on A follow the override made on B.
    const listed = await a.inject({ method: 'GET', url: '/api/budgets', headers: { cookie: advisor.cookie } });
    const calculated = await b.inject({
      method: 'GET',
      url: `/api/budgets/${budget.id}/calculation`,
      headers: { cookie: advisor.cookie },
    });
    expect(listed.json().find((s: { id: string }) => s.id === budget.id).totals).toEqual(
      calculated.json().result.totals.total,
    );
    budget = await read(a);
  });

  it('a budget import previewed on one instance is committed on another', async () => {
    const exported = await next().inject({
      method: 'GET',
      url: `/api/budgets/${budget.id}/export.xlsx`,
      headers: advisor,
    });
    expect(exported.statusCode).toBe(200);
    const line = budget.lines.find(
      (l) => l.effective.costBasis === 'amount' && !l.custom && (l.effective.amountCents ?? 0) > 0,
    )!;
    const euros = (line.effective.amountCents ?? 0) / 100 + 500;
    const { buffer } = await editWorkbook(exported.rawPayload, [
      { sheet: 'Regels', row: line.id, column: 'Modelhoeveelheid', value: euros },
    ]);
    const body = multipartBody({ name: 'bewerkt.xlsx', content: buffer });
    const previewed = await next().inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/imports`,
      payload: body.payload,
      headers: { ...advisor, ...body.headers },
    });
    expect(previewed.statusCode).toBe(201);
    const preview = previewed.json();
    expect(preview.lines).toHaveLength(1);

    // The same preview committed on two instances at once (a double click behind the balancer): used once.
    const commits = await Promise.all(
      ['Uit Excel', 'Dubbel'].map((scenarioName) =>
        next().inject({
          method: 'POST',
          url: `/api/budgets/${budget.id}/imports/${preview.id}/commit`,
          headers: advisor,
          payload: { scenarioName },
        }),
      ),
    );
    expect(commits.map((c) => c.statusCode).sort()).toEqual([201, 404]);
    const committed = commits.find((c) => c.statusCode === 201)!;
    const scenario = committed.json();
    const list = await next().inject({ method: 'GET', url: '/api/budgets', headers: advisor });
    expect(
      list
        .json()
        .filter((b: { baseBudgetId: string | null }) => b.baseBudgetId === budget.id)
        .map((b: { id: string }) => b.id),
    ).toEqual([scenario.id]);
    expect(scenario.baseBudgetId).toBe(budget.id);
    const calc = await next().inject({
      method: 'GET',
      url: `/api/budgets/${scenario.id}/calculation`,
      headers: advisor,
    });
    expect(calc.json().result.totals.total).toEqual(preview.totals.after);
    // Committed once: the same import id is gone on every instance.
    const again = await next().inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/imports/${preview.id}/commit`,
      headers: advisor,
      payload: { scenarioName: 'Nog eens' },
    });
    expect(again.statusCode).toBe(404);
  });

  it("a catalog import previewed on one instance is committed on another; another organisation's id is 404", async () => {
    const admin = await freshSignIn(next(), 'admin@demo.example', DEFAULT_DEMO_PASSWORD);
    const xlsx = await makeXlsx('Begroting', [
      ['Domein', 'Ontwikkeling', 'Omschrijving', 'Soort', 'Bedrag (€)'],
      ['Fysiek domein', 'Energietransitie', 'Dashboard energietransitie', 'Incidenteel', 5000],
    ]);
    const body = multipartBody({ name: 'catalogus.xlsx', content: xlsx });
    const previewed = await next().inject({
      method: 'POST',
      url: '/api/catalog/imports',
      payload: body.payload,
      headers: { ...admin, ...body.headers },
    });
    expect(previewed.statusCode).toBe(201);
    const preview = previewed.json();
    const payload = { mapping: preview.suggestedMapping, editionName: 'Drie instanties 2027' };
    const otherAdmin = await freshSignIn(next(), 'admin@other.example', 'tenant-b-password');
    const foreign = await next().inject({
      method: 'POST',
      url: `/api/catalog/imports/${preview.id}/commit`,
      headers: otherAdmin,
      payload,
    });
    expect(foreign.statusCode).toBe(404);
    const commits = await Promise.all(
      ['Drie instanties 2027', 'Dubbel 2027'].map((editionName) =>
        next().inject({
          method: 'POST',
          url: `/api/catalog/imports/${preview.id}/commit`,
          headers: admin,
          payload: { ...payload, editionName },
        }),
      ),
    );
    expect(commits.map((c) => c.statusCode).sort()).toEqual([201, 404]);
    const committed = commits.find((c) => c.statusCode === 201)!;
    expect(committed.json().counts.lines).toBe(1);
    const editions = await handles[0]!.db
      .select({ name: catalogEditions.name })
      .from(catalogEditions)
      .where(inArray(catalogEditions.name, ['Drie instanties 2027', 'Dubbel 2027']));
    expect(editions.map((e) => e.name)).toEqual([committed.json().edition.name]);
  });

  it('the sign-in failure limit is counted across all three instances', async () => {
    const wrong = (app: App) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'manager@demo.example', password: 'wrong-password' },
      });
    const statuses: number[] = [];
    // PER_MINUTE failures for one account from one address, spread over the instances; per-process
    // counters would allow 3 × PER_MINUTE.
    for (let i = 0; i < PER_MINUTE + 3; i++) statuses.push((await wrong(next())).statusCode);
    expect(statuses).toEqual([...Array<number>(PER_MINUTE).fill(401), 429, 429, 429]);
    // Refused on every instance, even with the right password, until the window ends.
    for (let i = 0; i < 3; i++) {
      const right = await next().inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'manager@demo.example', password: DEFAULT_DEMO_PASSWORD },
      });
      expect(right.statusCode).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('parallel guesses at all three instances let exactly the limit through', async () => {
    const guesses = Array.from({ length: 12 }, (_, i) =>
      apps[i % 3]!.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'advisor@demo.example', password: 'wrong-password' },
      }),
    );
    const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(PER_MINUTE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - PER_MINUTE);
  });
});
