import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries,
  budgetAllocations,
  budgets,
  collaborationMembers,
  collaborations,
  organisations,
  users,
  type Db,
} from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import type { AllocationResponse, CollaborationDetail } from '@app/schemas';
import {
  findSoffice,
  hasPdftotext,
  loadWorkbook,
  pdfToText,
  recalculateWithLibreOffice,
  shouldSkipTool,
} from '@app/export/testing';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// Issue 13: a collaboration with a shared budget of the host, allocation keys (400 naming the field,
// nothing written), per-member contributions that add up to the shared budget, alone vs together,
// frozen after adoption, versioned keys, and nothing crossing to another organisation.

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let manager: AuthHeaders;
let other: AuthHeaders;

const BLNP = [{ cbsCode: 'GM0313' }, { cbsCode: 'GM0327' }, { cbsCode: 'GM0267' }, { cbsCode: 'GM0273' }];
const createBody = (extra: Record<string, unknown> = {}) => ({
  name: 'BLNP',
  form: 'bedrijfsvoeringsorganisatie',
  keyValidFrom: '2026-01-01',
  keyValidTo: '2029-12-31',
  members: BLNP,
  budget: { firstYear: 2027, horizonYears: 4 },
  defaultKey: { type: 'inhabitants' },
  ...extra,
});

async function counts(db: Db) {
  const [c] = await db.select({ n: count() }).from(collaborations);
  const [m] = await db.select({ n: count() }).from(collaborationMembers);
  const [b] = await db.select({ n: count() }).from(budgets);
  const [a] = await db.select({ n: count() }).from(budgetAllocations);
  return { collaborations: c?.n, members: m?.n, budgets: b?.n, allocations: a?.n };
}

let detail: CollaborationDetail;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  advisor = await signIn(app, 'advisor');
  manager = await signIn(app, 'manager');
  const [org] = await handle.db
    .insert(organisations)
    .values({ slug: 'other-collab', name: 'Andere gemeente (test)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: org!.id,
    email: 'advisor@other-collab.example',
    role: 'advisor',
    displayName: 'B advisor',
    passwordHash: await hashPassword('tenant-b-password'),
  });
  other = await signInAs(app, 'advisor@other-collab.example', 'tenant-b-password');

  const created = await app.inject({
    method: 'POST',
    url: '/api/collaborations',
    headers: advisor,
    payload: createBody(),
  });
  expect(created.statusCode, created.body).toBe(201);
  detail = created.json();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const allocationUrl = (budgetId = detail.budgetId) => `/api/collaborations/${detail.id}/budgets/${budgetId}/allocation`;
const keysUrl = (budgetId = detail.budgetId) => `/api/collaborations/${detail.id}/budgets/${budgetId}/keys`;
const getAllocation = async (budgetId?: string): Promise<AllocationResponse> => {
  const response = await app.inject({ method: 'GET', url: allocationUrl(budgetId), headers: advisor });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const sumYears = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('create a collaboration', () => {
  it('has the four BLNP members with their CBS figures and a shared budget on their summed profile', async () => {
    expect(detail.membersDetail.map((m) => [m.cbsCode, m.name, m.inhabitants, m.referenceDate])).toEqual([
      ['GM0313', 'Bunschoten', 22_899, '2026-01-01'],
      ['GM0327', 'Leusden', 32_288, '2026-01-01'],
      ['GM0267', 'Nijkerk', 46_276, '2026-01-01'],
      ['GM0273', 'Putten', 25_169, '2026-01-01'],
    ]);
    expect(detail.form).toBe('bedrijfsvoeringsorganisatie');
    expect(detail.budgets).toHaveLength(1);
    const budget = (
      await app.inject({ method: 'GET', url: `/api/budgets/${detail.budgetId}`, headers: advisor })
    ).json();
    expect(budget.profile.inhabitants).toBe(22_899 + 32_288 + 46_276 + 25_169);
    expect(budget.profile.employees).toBe(detail.membersDetail.reduce((a, m) => a + m.employees, 0));
    const list = (await app.inject({ method: 'GET', url: '/api/collaborations', headers: manager })).json();
    expect(list.map((c: { name: string }) => c.name)).toEqual(['BLNP']);
  });

  it.each([
    ['a member twice', { members: [{ cbsCode: 'GM0313' }, { cbsCode: 'GM0313' }] }, 'body.members.1.cbsCode'],
    [
      'a member outside the CBS list without a profile',
      { name: 'X', members: [{ cbsCode: 'GM0313' }, { name: 'Zonder cijfers' }] },
      'body.members.1.inhabitants',
    ],
    [
      'an unknown CBS code',
      { name: 'Y', members: [{ cbsCode: 'GM0313' }, { cbsCode: 'GM9999' }] },
      'body.members.1.cbsCode',
    ],
    [
      'a hybrid key not totalling 100 %',
      {
        name: 'Z',
        defaultKey: {
          type: 'hybrid',
          parts: [
            { basis: 'equal', percentage: 50 },
            { basis: 'inhabitants', percentage: 40 },
          ],
        },
      },
      'body.defaultKey.parts',
    ],
    ['a name already taken', {}, 'body.name'],
    ['a name already taken in other case', { name: 'blnp' }, 'body.name'],
    ['one member', { name: 'W', members: [{ cbsCode: 'GM0313' }] }, 'body.members'],
    // PostgreSQL has no year 0: this used to reach the database as a 500.
    ['a key period starting in year 0000', { name: 'V', keyValidFrom: '0000-01-01' }, 'body.keyValidFrom'],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_what, extra, field) => {
    const before = await counts(handle.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      headers: advisor,
      payload: createBody(extra),
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    expect(await counts(handle.db)).toEqual(before);
  });

  it('accepts a hand-entered member outside the CBS list', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/collaborations',
      headers: advisor,
      payload: createBody({
        name: 'Waddeneilanden',
        form: 'informal',
        members: [
          { cbsCode: 'GM0088' },
          { cbsCode: 'GM0096' },
          { name: 'Eiland (handmatig)', inhabitants: 3_700, employees: 40, departments: 4 },
        ],
        defaultKey: { type: 'equal' },
      }),
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().membersDetail[2]).toMatchObject({
      cbsCode: null,
      name: 'Eiland (handmatig)',
      source: 'Handmatig ingevoerd',
      referenceDate: null,
    });
  });
});

describe('allocation', () => {
  it('every line-year is split exactly; member totals add up to the shared budget per year and category', async () => {
    const allocation = await getAllocation();
    const calc = (
      await app.inject({ method: 'GET', url: `/api/budgets/${detail.budgetId}/calculation`, headers: advisor })
    ).json();
    expect(allocation.totals).toEqual(calc.result.totals);
    for (const line of allocation.lines) {
      for (const year of allocation.years)
        expect(line.parts.reduce((a, p) => a + (p[year] ?? 0), 0)).toBe(line.amounts[year]);
    }
    for (const cat of ['incidental', 'structural', 'capital', 'investment', 'total'] as const) {
      for (const year of allocation.years)
        expect(allocation.contributions.reduce((a, c) => a + (c.totals[cat][year] ?? 0), 0)).toBe(
          calc.result.totals[cat][year],
        );
    }
    expect(allocation.remainderRule).toMatch(/grootste restant/);
    // By inhabitants Nijkerk (46.276 of 126.632) pays about 36,5 %.
    expect(allocation.contributions[2]!.defaultSharePct).toBe(36.54);
  });

  it('alone vs together: each member sees its own rescaled budget beside its share, per development', async () => {
    const allocation = await getAllocation();
    const bunschoten = allocation.aloneTogether[0]!;
    expect(bunschoten.name).toBe('Bunschoten');
    expect(bunschoten.togetherTotalCents).toBe(sumYears(allocation.contributions[0]!.totals.total));
    expect(bunschoten.savingTotalCents).toBe(bunschoten.aloneTotalCents - bunschoten.togetherTotalCents);
    // Fixed lines are paid once together instead of four times: working together saves money.
    expect(bunschoten.savingTotalCents).toBeGreaterThan(0);
    expect(bunschoten.developments.reduce((a, d) => a + d.savingCents, 0)).toBe(bunschoten.savingTotalCents);
    expect(bunschoten.developments[0]!.title).toBeTruthy();
  });

  it('sets fixed percentages, per-development and per-line keys; the version bumps and the change is audited', async () => {
    const budget = (
      await app.inject({ method: 'GET', url: `/api/budgets/${detail.budgetId}`, headers: advisor })
    ).json();
    const [b, l, n, p] = detail.membersDetail.map((m) => m.id) as [string, string, string, string];
    const line = budget.lines[0];
    const response = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: {
        version: budget.version,
        defaultKey: { type: 'fixed', percentages: { [b]: 20, [l]: 25, [n]: 35, [p]: 20 } },
        developmentKeys: { [budget.developments[1].developmentId]: { type: 'equal' } },
        lineKeys: {
          [line.id]: { type: 'usage', quantities: { [b]: 10, [l]: 0, [n]: 30, [p]: 10 }, unit: 'licenties' },
        },
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const allocation: AllocationResponse = response.json();
    expect(allocation.budgetVersion).toBe(budget.version + 1);
    const allocated = allocation.lines.find((x) => x.lineId === line.id)!;
    expect(allocated.keySource).toBe('line');
    for (const year of allocation.years) expect(allocated.parts[1]![year]).toBe(0);
    expect(allocation.lines.find((x) => x.developmentId === budget.developments[1].developmentId)?.keySource).toBe(
      'development',
    );
    const history = (
      await app.inject({ method: 'GET', url: `/api/budgets/${detail.budgetId}/audit`, headers: advisor })
    ).json();
    expect(JSON.stringify(history)).toContain('allocation-keys');
  });

  it.each([
    [
      'fixed not totalling 100 %',
      (ids: string[]) => ({ defaultKey: { type: 'fixed', percentages: { [ids[0]!]: 50, [ids[1]!]: 40 } } }),
      'body.defaultKey.percentages',
    ],
    [
      'a negative share',
      (ids: string[]) => ({ defaultKey: { type: 'fixed', percentages: { [ids[0]!]: 110, [ids[1]!]: -10 } } }),
      `body.defaultKey.percentages.${'ID1'}`,
    ],
    [
      'a percentage for a non-member',
      () => ({ defaultKey: { type: 'fixed', percentages: { '00000000-0000-4000-8000-000000000000': 100 } } }),
      'body.defaultKey.percentages.00000000-0000-4000-8000-000000000000',
    ],
    [
      'usage of 0 for everyone',
      (ids: string[]) => ({ defaultKey: { type: 'usage', quantities: { [ids[0]!]: 0 } } }),
      'body.defaultKey.quantities',
    ],
    [
      'a key for an unknown line',
      () => ({
        defaultKey: { type: 'equal' },
        lineKeys: { '00000000-0000-4000-8000-000000000000': { type: 'equal' } },
      }),
      'body.lineKeys.00000000-0000-4000-8000-000000000000',
    ],
    [
      'negative inhabitants',
      (ids: string[]) => ({
        defaultKey: { type: 'inhabitants' },
        members: [{ memberId: ids[0], inhabitants: -5, employees: 1, referenceDate: null }],
      }),
      'body.members.0.inhabitants',
    ],
    [
      'the same member twice',
      (ids: string[]) => ({
        defaultKey: { type: 'inhabitants' },
        members: [
          { memberId: ids[0], inhabitants: 5, employees: 1, referenceDate: null },
          { memberId: ids[0]!.toUpperCase(), inhabitants: 7, employees: 1, referenceDate: null },
        ],
      }),
      'body.members.1.memberId',
    ],
    [
      'a reference date in year 0000',
      (ids: string[]) => ({
        defaultKey: { type: 'inhabitants' },
        members: [{ memberId: ids[0], inhabitants: 5, employees: 1, referenceDate: '0000-01-01' }],
      }),
      'body.members.0.referenceDate',
    ],
  ])('refuses %s with a 400 naming the field, nothing written', async (_what, make, field) => {
    const ids = detail.membersDetail.map((m) => m.id);
    const before = await getAllocation();
    const response = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: { version: before.budgetVersion, developmentKeys: {}, lineKeys: {}, ...make(ids) },
    });
    expect(response.statusCode, response.body).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain(field.replace('ID1', ids[1]!));
    expect(await getAllocation()).toEqual(before);
  });

  it('a deleted own line takes its key with it: the allocation leaves it out and the echoed keys save', async () => {
    const budget = (
      await app.inject({ method: 'GET', url: `/api/budgets/${detail.budgetId}`, headers: advisor })
    ).json();
    const custom = await app.inject({
      method: 'POST',
      url: `/api/budgets/${detail.budgetId}/lines`,
      headers: advisor,
      payload: {
        developmentId: budget.developments[0].developmentId,
        description: 'Gezamenlijke aanbesteding',
        kind: 'incidental',
        costBasis: 'amount',
        costPool: 'services',
        amountCents: 1_000_100,
        justification: 'Offerte',
      },
    });
    expect(custom.statusCode, custom.body).toBe(201);
    const lineId = custom.json().lines.find((l: { custom: boolean }) => l.custom).id;
    const before = await getAllocation();
    const keyed = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: {
        ...before.keys,
        version: before.budgetVersion,
        lineKeys: { ...before.keys.lineKeys, [lineId]: { type: 'equal' } },
      },
    });
    expect(keyed.statusCode, keyed.body).toBe(200);
    const split = (keyed.json() as AllocationResponse).lines.find((l) => l.lineId === lineId)!;
    // € 10.001 over four members, equal: 2.501, 2.500, 2.500, 2.500 (the euro left to the first member).
    expect(split.parts.map((p) => p[2027])).toEqual([250_100, 250_000, 250_000, 250_000]);
    const version = (keyed.json() as AllocationResponse).budgetVersion;
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/budgets/${detail.budgetId}/lines/${lineId}?version=${version}`,
          headers: advisor,
        })
      ).statusCode,
    ).toBe(200);
    const after = await getAllocation();
    expect(Object.keys(after.keys.lineKeys)).not.toContain(lineId);
    const echoed = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: { ...after.keys, version: after.budgetVersion },
    });
    expect(echoed.statusCode, echoed.body).toBe(200);
  });

  it('a stale version is a 409', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: { version: 1, defaultKey: { type: 'equal' } },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('versions, adoption and tenancy', () => {
  it('a scenario copies the keys (line keys follow their line); adopted keys are frozen; a new version copies them', async () => {
    const current = await getAllocation();
    const scenario = await app.inject({
      method: 'POST',
      url: `/api/budgets/${detail.budgetId}/scenarios`,
      headers: advisor,
      payload: { scenarioName: 'Variant' },
    });
    expect(scenario.statusCode, scenario.body).toBe(201);
    const copied = await getAllocation(scenario.json().id);
    expect(copied.keys.defaultKey).toEqual(current.keys.defaultKey);
    expect(Object.keys(copied.keys.lineKeys)).toHaveLength(1);
    expect(Object.keys(copied.keys.lineKeys)[0]).not.toBe(Object.keys(current.keys.lineKeys)[0]);
    expect(copied.contributions.map((c) => c.totals)).toEqual(current.contributions.map((c) => c.totals));
    // The shared base cannot be deleted (the collaboration would lose its shared budget); the scenario can be.
    const deleteBase = await app.inject({ method: 'DELETE', url: `/api/budgets/${detail.budgetId}`, headers: advisor });
    expect(deleteBase.statusCode).toBe(409);
    expect(deleteBase.json().error.message).toContain('gedeelde begroting van de samenwerking');
    expect(
      (await app.inject({ method: 'GET', url: `/api/collaborations/${detail.id}`, headers: advisor })).json().budgetId,
    ).toBe(detail.budgetId);

    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/budgets/${detail.budgetId}/submit`,
          headers: advisor,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/budgets/${detail.budgetId}/adopt`,
          headers: manager,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    const frozen = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: advisor,
      payload: { version: current.budgetVersion + 2, defaultKey: { type: 'equal' } },
    });
    expect(frozen.statusCode).toBe(409);
    const adopted = await getAllocation();
    expect(adopted.budgetStatus).toBe('adopted');
    expect(adopted.keys).toEqual(current.keys);

    const version = await app.inject({
      method: 'POST',
      url: `/api/budgets/${detail.budgetId}/new-version`,
      headers: advisor,
      payload: {},
    });
    expect(version.statusCode, version.body).toBeLessThan(300);
    const fresh = (
      await app.inject({ method: 'GET', url: `/api/collaborations/${detail.id}`, headers: advisor })
    ).json();
    expect(fresh.budgets.length).toBe(3);
    const newest = fresh.budgets.find(
      (b: { status: string; baseBudgetId: string | null }) => b.status === 'draft' && b.baseBudgetId === null,
    );
    expect((await getAllocation(newest.id)).keys.defaultKey).toEqual(current.keys.defaultKey);
  });

  it('only advisors write; another organisation sees nothing (404) and cannot write', async () => {
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/collaborations',
          headers: manager,
          payload: createBody({ name: 'M' }),
        })
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/collaborations', headers: other })).json()).toEqual([]);
    expect(
      (await app.inject({ method: 'GET', url: `/api/collaborations/${detail.id}`, headers: other })).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: allocationUrl(), headers: other })).statusCode).toBe(404);
    const write = await app.inject({
      method: 'PUT',
      url: keysUrl(),
      headers: other,
      payload: { version: 1, defaultKey: { type: 'equal' } },
    });
    expect(write.statusCode).toBe(404);
    // A budget of the host that is not the shared budget is not an allocation target.
    const plain = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Gewoon', cbsCode: 'GM0313', firstYear: 2027 },
    });
    expect(
      (await app.inject({ method: 'GET', url: allocationUrl(plain.json().id), headers: advisor })).statusCode,
    ).toBe(404);
  });
});

describe('exports', () => {
  const skipLibreOffice = shouldSkipTool(findSoffice() != null);

  it.skipIf(skipLibreOffice)(
    "the shared budget's workbook has a Verdeling sheet that LibreOffice recalculates equal to the API, per member and year",
    async () => {
      const allocation = await getAllocation();
      const response = await app.inject({
        method: 'GET',
        url: `/api/collaborations/${detail.id}/budgets/${detail.budgetId}/allocation.xlsx`,
        headers: advisor,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain('verdeling.xlsx');
      const wb = await loadWorkbook(response.rawPayload);
      expect(wb.worksheets.map((w) => w.name)).toContain('Verdeling');
      const sheets = await recalculateWithLibreOffice(response.rawPayload);
      const rows = sheets.Verdeling!;
      const summary = rows.filter((r) => r[0]?.startsWith('Exploitatie'));
      expect(summary.map((r) => Number(r[3]))).toEqual(allocation.years);
      for (const row of summary) {
        const year = Number(row[3]);
        expect(row.slice(7, 7 + allocation.contributions.length).map((v) => Math.round(Number(v) * 100))).toEqual(
          allocation.contributions.map((c) => c.totals.total[year]),
        );
      }
    },
    120_000,
  );

  it('PDF and CSV per member carry the API figures; an unknown member is 404; another organisation gets 404', async () => {
    const allocation = await getAllocation();
    const member = detail.membersDetail[1]!;
    const base = `/api/collaborations/${detail.id}/budgets/${detail.budgetId}/members/${member.id}`;
    const csv = await app.inject({ method: 'GET', url: `${base}/contribution.csv`, headers: manager });
    expect(csv.statusCode).toBe(200);
    const total = csv.body.split('\r\n').find((l) => l.startsWith('Totaal bijdrage'))!;
    expect(
      total
        .split(';')
        .slice(3)
        .map((v) => Math.round(Number(v.replace(',', '.')) * 100)),
    ).toEqual(allocation.years.map((y) => allocation.contributions[1]!.totals.total[y]));
    const pdf = await app.inject({ method: 'GET', url: `${base}/contribution.pdf`, headers: advisor });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    if (hasPdftotext()) expect(await pdfToText(pdf.rawPayload)).toContain('Leusden');
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/collaborations/${detail.id}/budgets/${detail.budgetId}/members/00000000-0000-4000-8000-000000000000/contribution.csv`,
          headers: advisor,
        })
      ).statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${base}/contribution.pdf`, headers: other })).statusCode).toBe(404);
  });
});

describe('partner role for a member organisation', () => {
  it('the host administrator grants it; the member organisation sees only its own contribution; revoked, it sees nothing; both audited', async () => {
    const admin = await signIn(app, 'admin');
    const leusden = detail.membersDetail[1]!;
    const url = `/api/collaborations/${detail.id}/members/${leusden.id}/partner`;
    // Only the host's administrator; an unknown organisation is a 400 naming the field, nothing written.
    expect(
      (await app.inject({ method: 'PUT', url, headers: advisor, payload: { organisationSlug: 'other-collab' } }))
        .statusCode,
    ).toBe(403);
    const unknown = await app.inject({
      method: 'PUT',
      url,
      headers: admin,
      payload: { organisationSlug: 'bestaat-niet' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('body.organisationSlug');
    expect((await app.inject({ method: 'GET', url: '/api/partner-contributions', headers: other })).json()).toEqual([]);
    // Another organisation cannot grant itself anything.
    expect(
      (await app.inject({ method: 'PUT', url, headers: other, payload: { organisationSlug: 'other-collab' } }))
        .statusCode,
    ).toBe(403);

    const granted = await app.inject({
      method: 'PUT',
      url,
      headers: admin,
      payload: { organisationSlug: 'other-collab' },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().membersDetail[1].partner.organisationName).toBe('Andere gemeente (test)');

    const seen = (await app.inject({ method: 'GET', url: '/api/partner-contributions', headers: other })).json();
    expect(seen).toHaveLength(1);
    const current = (
      await app.inject({ method: 'GET', url: `/api/collaborations/${detail.id}`, headers: advisor })
    ).json().budgetId;
    const allocation = await getAllocation(current);
    expect(seen[0].memberName).toBe('Leusden');
    expect(seen[0].contribution).toEqual(allocation.contributions[1]);
    expect(seen[0].aloneTogether).toEqual(allocation.aloneTogether[1]);
    // Nothing else of the host: no other member's share, and the host's budget and collaboration stay 404.
    // (The agreed key may name the members; their figures and ids do not cross.)
    for (const m of detail.membersDetail.filter((x) => x.id !== leusden.id))
      expect(JSON.stringify(seen)).not.toContain(m.id);
    expect(Object.keys(seen[0])).not.toContain('contributions');
    expect((await app.inject({ method: 'GET', url: `/api/budgets/${current}`, headers: other })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/collaborations/${detail.id}`, headers: other })).statusCode,
    ).toBe(404);

    const revoked = await app.inject({ method: 'DELETE', url, headers: admin });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().membersDetail[1].partner).toBeNull();
    expect((await app.inject({ method: 'GET', url: '/api/partner-contributions', headers: other })).json()).toEqual([]);
    const trail = await handle.db.select().from(auditEntries).where(eq(auditEntries.entity, 'collaboration-partner'));
    expect(trail.map((a) => a.action)).toEqual(['grant', 'revoke']);
  });

  it('parallel grants of one organisation to several members: exactly one wins; member ids in upper case work', async () => {
    const admin = await signIn(app, 'admin');
    const grants = await Promise.all(
      detail.membersDetail.slice(0, 3).map((m) =>
        app.inject({
          method: 'PUT',
          url: `/api/collaborations/${detail.id}/members/${m.id.toUpperCase()}/partner`,
          headers: admin,
          payload: { organisationSlug: 'other-collab' },
        }),
      ),
    );
    expect(grants.map((g) => g.statusCode).sort()).toEqual([200, 400, 400]);
    for (const refused of grants.filter((g) => g.statusCode === 400))
      expect(refused.json().error.fields[0].path).toBe('body.organisationSlug');
    const rows = await handle.db
      .select()
      .from(collaborationMembers)
      .where(eq(collaborationMembers.collaborationId, detail.id));
    expect(rows.filter((r) => r.partnerOrganisationId !== null)).toHaveLength(1);
    expect(
      (await app.inject({ method: 'GET', url: '/api/partner-contributions', headers: other })).json(),
    ).toHaveLength(1);
    const winner = rows.find((r) => r.partnerOrganisationId !== null)!;
    const csv = await app.inject({
      method: 'GET',
      url: `/api/collaborations/${detail.id}/budgets/${detail.budgetId}/members/${winner.id.toUpperCase()}/contribution.csv`,
      headers: advisor,
    });
    expect(csv.statusCode, csv.body).toBe(200);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/collaborations/${detail.id}/members/${winner.id.toUpperCase()}/partner`,
      headers: admin,
    });
    expect(revoked.statusCode).toBe(200);
  });
});
