import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, orgUnits, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// Organisation B must not be able to see or touch anything of organisation A (the seeded demo
// organisation), not even by using A's real ids: the answer is 404, exactly like an unknown id,
// so B cannot even learn that an id exists.

let handle: TestDbHandle;
let app: App;
const a: Record<'advisor' | 'manager' | 'admin', AuthHeaders> = {} as never;
const b: Record<'advisor' | 'manager' | 'admin', AuthHeaders> = {} as never;
const ids = {} as {
  budget: string;
  scenario: string;
  line: string;
  customLine: string;
  development: string;
  budgetDevelopment: string;
  orgUnit: string;
  comment: string;
  user: string;
};

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  const [other] = await handle.db
    .insert(organisations)
    .values({ slug: 'other', name: 'Andere gemeente (test)' })
    .returning();
  await handle.db.insert(orgUnits).values({ organisationId: other!.id, name: 'Eenheid B' });
  const passwordHash = await hashPassword('tenant-b-password');
  for (const role of ['advisor', 'manager', 'admin'] as const) {
    await handle.db.insert(users).values({
      organisationId: other!.id,
      email: `${role}@other.example`,
      role,
      displayName: `B ${role}`,
      passwordHash,
    });
    a[role] = await signIn(app, role);
    b[role] = await signInAs(app, `${role}@other.example`, 'tenant-b-password');
  }

  const created = await app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers: a.advisor,
    payload: { name: 'Van A', cbsCode: 'GM0310', firstYear: 2027 },
  });
  const budget = created.json();
  ids.budget = budget.id;
  ids.line = budget.lines[0].id;
  ids.development = budget.developments[0].developmentId;
  ids.budgetDevelopment = budget.developments[0].id;
  const custom = await app.inject({
    method: 'POST',
    url: `/api/budgets/${ids.budget}/lines`,
    headers: a.advisor,
    payload: {
      developmentId: ids.development,
      description: 'Eigen regel A',
      kind: 'incidental',
      costBasis: 'amount',
      costPool: 'services',
      amountCents: 100_000,
      justification: 'Eigen offerte',
    },
  });
  expect(custom.statusCode).toBe(201);
  ids.customLine = custom.json().lineId ?? custom.json().lines.find((l: { custom: boolean }) => l.custom).id;
  const scenario = await app.inject({
    method: 'POST',
    url: `/api/budgets/${ids.budget}/scenarios`,
    headers: a.advisor,
    payload: { scenarioName: 'Scenario A' },
  });
  ids.scenario = scenario.json().id;
  ids.orgUnit = (await app.inject({ method: 'GET', url: '/api/org-units', headers: a.admin })).json()[0].id;
  ids.comment = (
    await app.inject({
      method: 'POST',
      url: `/api/budgets/${ids.budget}/comments`,
      headers: a.manager,
      payload: { body: 'Alleen voor A' },
    })
  ).json().id;
  ids.user = (await app.inject({ method: 'GET', url: '/api/users', headers: a.admin })).json()[0].id;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function snapshotOfA() {
  const get = async (url: string, headers: AuthHeaders) => (await app.inject({ method: 'GET', url, headers })).body;
  return Promise.all([
    get(`/api/budgets/${ids.budget}`, a.advisor),
    get(`/api/budgets/${ids.scenario}`, a.advisor),
    get('/api/org-units', a.admin),
    get('/api/users', a.admin),
    get(`/api/budgets/${ids.budget}/comments`, a.advisor),
    get(`/api/budgets/${ids.budget}/audit`, a.advisor),
  ]);
}

describe('tenant isolation', () => {
  it('B sees none of A in its lists', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/budgets', headers: b.advisor })).json()).toEqual([]);
    expect(
      (await app.inject({ method: 'GET', url: '/api/org-units', headers: b.admin }))
        .json()
        .map((u: { name: string }) => u.name),
    ).toEqual(['Eenheid B']);
    expect(
      (await app.inject({ method: 'GET', url: '/api/users', headers: b.admin }))
        .json()
        .every((u: { email: string }) => u.email.endsWith('@other.example')),
    ).toBe(true);
    // And A does not see B's unit.
    expect(
      (await app.inject({ method: 'GET', url: '/api/org-units', headers: a.admin }))
        .json()
        .map((u: { name: string }) => u.name),
    ).not.toContain('Eenheid B');
  });

  it("every read of A's resources by B answers 404", async () => {
    const reads = [
      `/api/budgets/${ids.budget}`,
      `/api/budgets/${ids.scenario}`,
      `/api/budgets/${ids.budget}/calculation`,
      `/api/budgets/${ids.budget}/calculation?traces=true`,
      `/api/budgets/compare?ids=${ids.budget},${ids.scenario}`,
      `/api/budgets/${ids.budget}/audit`,
      `/api/budgets/${ids.budget}/audit?lineId=${ids.line}`,
      `/api/budgets/${ids.budget}/audit.csv`,
      `/api/budgets/${ids.budget}/comments`,
      `/api/budgets/${ids.budget}/versions`,
      `/api/budgets/${ids.budget}/export.xlsx`,
      `/api/budgets/${ids.budget}/export.pdf`,
      `/api/budgets/${ids.budget}/export.csv`,
      `/api/budgets/${ids.budget}/export.json`,
    ];
    for (const url of reads) {
      for (const role of ['advisor', 'manager', 'admin'] as const) {
        const response = await app.inject({ method: 'GET', url, headers: b[role] });
        expect(response.statusCode, `${role} GET ${url}`).toBe(404);
        expect(response.body, url).not.toContain('Van A');
      }
    }
  });

  it("every write to A's resources by B answers 404 and changes nothing", async () => {
    const before = await snapshotOfA();
    const writes: [AuthHeaders, 'POST' | 'PUT' | 'PATCH' | 'DELETE', string, object | undefined][] = [
      [b.advisor, 'PATCH', `/api/budgets/${ids.budget}`, { name: 'Gekaapt', version: 1 }],
      [b.advisor, 'PATCH', `/api/budgets/${ids.budget}/developments/${ids.budgetDevelopment}`, { enabled: false }],
      [
        b.advisor,
        'PUT',
        `/api/budgets/${ids.budget}/lines/${ids.line}/override`,
        { fields: { amountCents: 1 }, justification: 'Gekaapt' },
      ],
      [b.advisor, 'DELETE', `/api/budgets/${ids.budget}/lines/${ids.line}/override`, undefined],
      [
        b.advisor,
        'POST',
        `/api/budgets/${ids.budget}/lines`,
        {
          developmentId: ids.development,
          description: 'x',
          kind: 'incidental',
          costBasis: 'amount',
          costPool: 'services',
          amountCents: 1,
        },
      ],
      [b.advisor, 'DELETE', `/api/budgets/${ids.budget}/lines/${ids.customLine}`, undefined],
      [b.advisor, 'POST', `/api/budgets/${ids.budget}/scenarios`, { scenarioName: 'Kopie' }],
      [b.advisor, 'PATCH', `/api/budgets/${ids.scenario}`, { scenarioName: 'Gekaapt', version: 1 }],
      [b.advisor, 'POST', `/api/budgets/${ids.scenario}/promote`, undefined],
      [b.advisor, 'POST', `/api/budgets/${ids.budget}/submit`, undefined],
      [b.manager, 'POST', `/api/budgets/${ids.budget}/adopt`, undefined],
      [b.manager, 'POST', `/api/budgets/${ids.budget}/send-back`, { comment: 'x' }],
      [b.manager, 'POST', `/api/budgets/${ids.budget}/comments`, { body: 'x' }],
      [b.advisor, 'POST', `/api/budgets/${ids.budget}/new-version`, undefined],
      [b.advisor, 'DELETE', `/api/budgets/${ids.scenario}`, undefined],
      [b.advisor, 'DELETE', `/api/budgets/${ids.budget}`, undefined],
      [b.admin, 'PATCH', `/api/org-units/${ids.orgUnit}`, { name: 'Gekaapt' }],
      [b.admin, 'DELETE', `/api/org-units/${ids.orgUnit}`, undefined],
      [b.admin, 'PATCH', `/api/users/${ids.user}`, { displayName: 'Gekaapt' }],
    ];
    for (const [headers, method, url, payload] of writes) {
      const response = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await snapshotOfA()).toEqual(before);
  });

  it('a budget of B cannot point at an org unit of A', async () => {
    const mine = (
      await app.inject({
        method: 'POST',
        url: '/api/budgets',
        headers: b.advisor,
        payload: { name: 'Van B', cbsCode: 'GM0310', firstYear: 2027 },
      })
    ).json();
    expect(mine.id, JSON.stringify(mine)).toBeTruthy();
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/budgets/${mine.id}/developments/${mine.developments[0].id}`,
      headers: b.advisor,
      payload: { ownerUnitId: ids.orgUnit },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const after = (await app.inject({ method: 'GET', url: `/api/budgets/${mine.id}`, headers: b.advisor })).json();
    expect(after.developments[0].ownerUnitId).toBeNull();
  });

  it('creating a user with an address of another organisation answers exactly like a clash in the own organisation', async () => {
    const create = (email: string) =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        headers: b.admin,
        payload: { email, displayName: 'Nieuw', role: 'advisor', password: 'een-lang-wachtwoord' },
      });
    const foreign = await create('advisor@demo.example');
    const own = await create('advisor@other.example');
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json()).toEqual(own.json());
    expect(foreign.body).not.toContain('demo.example');
  });
});
