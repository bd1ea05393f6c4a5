import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgUnit } from '@app/schemas';
import { createTestApp, rowCounts, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let t: TestContext;
let admin: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: admin, ...(payload === undefined ? {} : { payload: payload as object }) });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('org units', () => {
  it("lists the demo organisation's units, creates, renames and deletes", async () => {
    const seeded = (await call('GET', '/api/org-units')).json() as OrgUnit[];
    expect(seeded.map((unit) => unit.name)).toEqual([
      'Centrale ondersteuning',
      'Directie',
      'Eenheid Gebieden',
      'Eenheid Inwonerplein',
      'Team strategie',
    ]);

    const created = await call('POST', '/api/org-units', { name: '  Team Informatievoorziening ' });
    expect(created.statusCode).toBe(201);
    const unit = created.json() as OrgUnit;
    expect(unit.name).toBe('Team Informatievoorziening');

    const renamed = await call('PATCH', `/api/org-units/${unit.id}`, { name: 'Team I&A' });
    expect(renamed.json()).toEqual({ id: unit.id, name: 'Team I&A' });
    expect((await call('DELETE', `/api/org-units/${unit.id}`)).statusCode).toBe(204);
    expect(((await call('GET', '/api/org-units')).json() as OrgUnit[]).some((u) => u.id === unit.id)).toBe(false);
  });

  it('refuses bad input with 4xx naming the field and leaves the database unchanged', async () => {
    const [existing] = (await call('GET', '/api/org-units')).json() as OrgUnit[];
    const refused: [Method, string, unknown, number, string | null][] = [
      ['POST', '/api/org-units', {}, 400, 'body.name'],
      ['POST', '/api/org-units', { name: '   ' }, 400, 'body.name'],
      ['POST', '/api/org-units', { name: 12 }, 400, 'body.name'],
      ['POST', '/api/org-units', { name: 'x'.repeat(50_000) }, 400, 'body.name'],
      ['POST', '/api/org-units', { name: existing!.name }, 409, 'body.name'],
      ['PATCH', `/api/org-units/${existing!.id}`, { name: '' }, 400, 'body.name'],
      ['PATCH', `/api/org-units/${UNKNOWN}`, { name: 'Nieuw' }, 404, null],
      ['PATCH', '/api/org-units/abc', { name: 'Nieuw' }, 400, 'params.id'],
      ['DELETE', `/api/org-units/${UNKNOWN}`, undefined, 404, null],
    ];
    for (const [method, url, payload, status, path] of refused) {
      const before = await rowCounts(t.handle.db);
      const response = await call(method, url, payload);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBe(status);
      const { error } = response.json();
      if (path) expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
      expect(await rowCounts(t.handle.db)).toEqual(before);
    }
  });

  it('deleting a unit that owns developments in a draft budget leaves a history entry there and a new budget version', async () => {
    const advisor = await signIn(t.app, 'advisor');
    const unit = (await call('POST', '/api/org-units', { name: 'Tijdelijk team' })).json() as OrgUnit;
    const budget = (
      await t.app.inject({
        method: 'POST',
        url: '/api/budgets',
        headers: advisor,
        payload: { name: 'Eigenaarstest', cbsCode: 'GM0310', firstYear: 2027 },
      })
    ).json();
    const development = budget.developments[0];
    const owned = await t.app.inject({
      method: 'PATCH',
      url: `/api/budgets/${budget.id}/developments/${development.id}`,
      headers: advisor,
      payload: { ownerUnitId: unit.id },
    });
    expect(owned.statusCode).toBe(200);
    const versionBefore = owned.json().version as number;

    expect((await call('DELETE', `/api/org-units/${unit.id}`)).statusCode).toBe(204);
    const after = (await t.app.inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: advisor })).json();
    expect(after.version).toBe(versionBefore + 1);
    expect(after.developments.find((d: { id: string }) => d.id === development.id).ownerUnitId).toBeNull();
    const history = (
      await t.app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/audit`, headers: advisor })
    ).json() as { entityId: string; after: unknown; justification: string | null }[];
    expect(
      history.find((e) => e.entityId === development.id && e.justification?.includes('Tijdelijk team')),
    ).toMatchObject({ after: { ownerUnitId: null } });
  });

  it('an advisor may read but not change org units', async () => {
    const advisor = await signIn(t.app, 'advisor');
    expect((await t.app.inject({ method: 'GET', url: '/api/org-units', headers: advisor })).statusCode).toBe(200);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: advisor,
      payload: { name: 'Stiekem' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });
});
