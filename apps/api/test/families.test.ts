import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEntries, budgets, organisations, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import type { BudgetFamily } from '@app/schemas';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';
import { rowCounts } from './helpers.ts';

// Budget families: a base, its scenarios and its versions share one family id; the family's
// stable address (GET /api/budgets/families/:familyId) always names the current base, through a
// promote and a new version. Archive hides from the default list; delete is for drafts only.

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let manager: AuthHeaders;
let otherAdvisor: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  const [other] = await handle.db
    .insert(organisations)
    .values({ slug: 'families-other', name: 'Andere gemeente (families)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: other!.id,
    email: 'advisor@families-other.example',
    role: 'advisor',
    displayName: 'B advisor',
    passwordHash: await hashPassword('tenant-b-password'),
  });
  [advisor, manager, otherAdvisor] = await Promise.all([
    signIn(app, 'advisor'),
    signIn(app, 'manager'),
    signInAs(app, 'advisor@families-other.example', 'tenant-b-password'),
  ]);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: AuthHeaders, payload?: object) =>
  app.inject({ method, url, headers, ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}) });

async function newBudget(name: string): Promise<{ id: string; familyId: string }> {
  const response = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
async function scenarioOf(id: string, scenarioName: string): Promise<{ id: string; familyId: string }> {
  const response = await call('POST', `/api/budgets/${id}/scenarios`, advisor, { scenarioName });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
async function family(familyId: string, headers = advisor): Promise<BudgetFamily> {
  const response = await call('GET', `/api/budgets/families/${familyId}`, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
async function families(includeArchived?: boolean): Promise<BudgetFamily[]> {
  const response = await call(
    'GET',
    `/api/budgets/families?limit=100${includeArchived === undefined ? '' : `&includeArchived=${includeArchived}`}`,
    advisor,
  );
  expect(response.statusCode, response.body).toBe(200);
  const page = response.json() as { families: BudgetFamily[]; nextCursor: string | null };
  expect(page.nextCursor).toBeNull();
  return page.families;
}
async function adopt(id: string) {
  expect((await call('POST', `/api/budgets/${id}/submit`, advisor)).statusCode).toBe(200);
  expect((await call('POST', `/api/budgets/${id}/adopt`, manager)).statusCode).toBe(200);
}
const auditOf = (budgetId: string, action: string) =>
  handle.db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.budgetId, budgetId), eq(auditEntries.action, action)));
const rowOf = async (id: string) => (await handle.db.select().from(budgets).where(eq(budgets.id, id)))[0];

describe('a budget family', () => {
  it('groups base and scenarios, and its stable address follows a promote', async () => {
    const base = await newBudget('Familie promote');
    const scenario = await scenarioOf(base.id, 'Cloud eerst');
    expect(scenario.familyId).toBe(base.familyId);

    const before = await family(base.familyId);
    expect(before.currentBaseId).toBe(base.id);
    expect(before.members.map((m) => [m.id, m.role])).toEqual([
      [base.id, 'current'],
      [scenario.id, 'scenario'],
    ]);
    const listed = (await families()).find((f) => f.id === base.familyId);
    expect(listed?.members.map((m) => m.id)).toEqual([base.id, scenario.id]);

    expect((await call('POST', `/api/budgets/${scenario.id}/promote`, advisor)).statusCode).toBe(200);
    const after = await family(base.familyId);
    expect(after.currentBaseId).toBe(scenario.id);
    expect(after.members.map((m) => [m.id, m.role])).toEqual([
      [scenario.id, 'current'],
      [base.id, 'scenario'],
    ]);
    expect(after.members[1]!.scenarioName).toMatch(/^Vorige basis/);
  });

  it('a new version becomes the current base; the adopted one is listed as an earlier version', async () => {
    const base = await newBudget('Familie versie');
    await adopt(base.id);
    const created = await call('POST', `/api/budgets/${base.id}/new-version`, advisor);
    expect(created.statusCode, created.body).toBe(201);
    const nextId = created.json().id as string;
    const result = await family(base.familyId);
    expect(result.currentBaseId).toBe(nextId);
    expect(result.members.map((m) => [m.id, m.role, m.versionOfBudgetId])).toEqual([
      [nextId, 'current', base.id],
      [base.id, 'version', null],
    ]);
    // A scenario of the new version that is promoted keeps the family and becomes its current base.
    const scenario = await scenarioOf(nextId, 'Variant');
    expect((await call('POST', `/api/budgets/${scenario.id}/promote`, advisor)).statusCode).toBe(200);
    expect((await family(base.familyId)).currentBaseId).toBe(scenario.id);
  });

  it('archive hides from the default list, shows on request, is audited and leaves content and last change alone', async () => {
    const base = await newBudget('Familie archief');
    await adopt(base.id);
    const rowBefore = await rowOf(base.id);

    const archived = await call('POST', `/api/budgets/${base.id}/archive`, advisor);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().archivedAt).toBeTruthy();
    const rowAfter = await rowOf(base.id);
    expect({ ...rowAfter, archivedAt: null }).toEqual({ ...rowBefore, archivedAt: null });
    expect(await auditOf(base.id, 'archive')).toHaveLength(1);

    expect((await families()).find((f) => f.id === base.familyId)).toBeUndefined();
    expect((await families(true)).find((f) => f.id === base.familyId)?.members[0]?.archivedAt).toBeTruthy();
    // The stable address still resolves (an archived current base is still the current base).
    expect((await family(base.familyId)).currentBaseId).toBe(base.id);

    // Archiving twice changes nothing and records nothing.
    expect((await call('POST', `/api/budgets/${base.id}/archive`, advisor)).statusCode).toBe(200);
    expect(await auditOf(base.id, 'archive')).toHaveLength(1);

    expect((await call('POST', `/api/budgets/${base.id}/unarchive`, advisor)).statusCode).toBe(200);
    expect((await families()).find((f) => f.id === base.familyId)?.members.map((m) => m.id)).toEqual([base.id]);
    expect(await auditOf(base.id, 'unarchive')).toHaveLength(1);
  });

  it('hides archived members of a visible family and counts them', async () => {
    const base = await newBudget('Familie half archief');
    const scenario = await scenarioOf(base.id, 'Weg ermee');
    expect((await call('POST', `/api/budgets/${scenario.id}/archive`, advisor)).statusCode).toBe(200);
    const listed = (await families()).find((f) => f.id === base.familyId);
    expect(listed?.members.map((m) => m.id)).toEqual([base.id]);
    expect(listed?.hiddenArchived).toBe(1);
  });

  it('refuses to archive a submitted budget (409) and writes nothing', async () => {
    const base = await newBudget('Familie ingediend');
    expect((await call('POST', `/api/budgets/${base.id}/submit`, advisor)).statusCode).toBe(200);
    const counts = await rowCounts(handle.db);
    const response = await call('POST', `/api/budgets/${base.id}/archive`, advisor);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toContain('ingediend');
    expect((await rowOf(base.id))?.archivedAt).toBeNull();
    expect(await rowCounts(handle.db)).toEqual(counts);
  });

  it('deletes a scenario with an audit entry; refuses to delete an adopted budget and writes nothing', async () => {
    const base = await newBudget('Familie verwijderen');
    const scenario = await scenarioOf(base.id, 'Tijdelijk');
    expect((await call('DELETE', `/api/budgets/${scenario.id}`, advisor)).statusCode).toBe(204);
    expect(await auditOf(scenario.id, 'delete')).toHaveLength(1);
    expect((await family(base.familyId)).members.map((m) => m.id)).toEqual([base.id]);

    await adopt(base.id);
    const counts = await rowCounts(handle.db);
    const refused = await call('DELETE', `/api/budgets/${base.id}`, advisor);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('vastgesteld');
    expect(await rowCounts(handle.db)).toEqual(counts);
  });

  it('deleting a draft base leaves each scenario stand-alone in a family of its own, audited', async () => {
    const base = await newBudget('Familie basis weg');
    const one = await scenarioOf(base.id, 'Een');
    const two = await scenarioOf(base.id, 'Twee');
    expect((await call('DELETE', `/api/budgets/${base.id}`, advisor)).statusCode).toBe(204);
    expect((await call('GET', `/api/budgets/families/${base.familyId}`, advisor)).statusCode).toBe(404);
    const [rowOne, rowTwo] = [await rowOf(one.id), await rowOf(two.id)];
    expect(rowOne?.baseBudgetId).toBeNull();
    expect(rowOne?.familyId).not.toBe(base.familyId);
    expect(rowTwo?.familyId).not.toBe(rowOne?.familyId);
    expect((await family(rowOne!.familyId)).currentBaseId).toBe(one.id);
    expect(await auditOf(one.id, 'detach')).toHaveLength(1);
  });

  it('names the field on bad input (400)', async () => {
    const badFamily = await call('GET', '/api/budgets/families/not-a-uuid', advisor);
    expect(badFamily.statusCode).toBe(400);
    expect(badFamily.json().error.fields.map((f: { path: string }) => f.path)).toContain('params.familyId');
    const badQuery = await call('GET', '/api/budgets/families?includeArchived=misschien', advisor);
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error.fields.map((f: { path: string }) => f.path)).toContain('querystring.includeArchived');
    const badArchive = await call('POST', '/api/budgets/not-a-uuid/archive', advisor);
    expect(badArchive.statusCode).toBe(400);
    expect(badArchive.json().error.fields.map((f: { path: string }) => f.path)).toContain('params.id');
    const unknown = await call('GET', '/api/budgets/families/00000000-0000-4000-8000-000000000000', advisor);
    expect(unknown.statusCode).toBe(404);
  });

  it('another organisation gets 404 on the family, archive and delete, and does not see it listed', async () => {
    const base = await newBudget('Familie van A');
    const scenario = await scenarioOf(base.id, 'Van A');
    const counts = await rowCounts(handle.db);
    expect((await call('GET', `/api/budgets/families/${base.familyId}`, otherAdvisor)).statusCode).toBe(404);
    expect((await call('POST', `/api/budgets/${base.id}/archive`, otherAdvisor)).statusCode).toBe(404);
    expect((await call('POST', `/api/budgets/${base.id}/unarchive`, otherAdvisor)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/budgets/${scenario.id}`, otherAdvisor)).statusCode).toBe(404);
    const theirs = await call('GET', '/api/budgets/families?includeArchived=true', otherAdvisor);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toEqual({ families: [], nextCursor: null });
    expect(await rowCounts(handle.db)).toEqual(counts);
    expect((await rowOf(base.id))?.archivedAt).toBeNull();
  });

  it('only an advisor archives; everyone in the organisation reads families', async () => {
    const base = await newBudget('Familie rollen');
    expect((await call('POST', `/api/budgets/${base.id}/archive`, manager)).statusCode).toBe(403);
    expect((await family(base.familyId, manager)).currentBaseId).toBe(base.id);
  });
});

describe('paging the family list', () => {
  /** Every page from the first, following nextCursor. */
  async function allPages(limit: number, headers = advisor): Promise<BudgetFamily[][]> {
    const pages: BudgetFamily[][] = [];
    let cursor: string | null = null;
    do {
      const response = await call(
        'GET',
        `/api/budgets/families?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        headers,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { families: BudgetFamily[]; nextCursor: string | null };
      expect(page.families.length).toBeLessThanOrEqual(limit);
      pages.push(page.families);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 50);
    return pages;
  }

  it('pages cover every family once, most recently changed first, and stay in order when one changes', async () => {
    for (let i = 0; i < 5; i++) await newBudget(`Pagina ${i}`);
    const whole = await families();
    const pages = await allPages(2);
    expect(pages.flat().map((f) => f.id)).toEqual(whole.map((f) => f.id));
    expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
    const stamps = whole.map((f) => f.updatedAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);

    // A family changed while paging moves to the top; the rest keep their places behind the cursor.
    const first = await call('GET', '/api/budgets/families?limit=2', advisor);
    const { families: firstPage, nextCursor } = first.json() as { families: BudgetFamily[]; nextCursor: string };
    const later = whole[whole.length - 1]!;
    const rename = await call('PATCH', `/api/budgets/${later.currentBaseId}`, advisor, {
      name: 'Hernoemd tijdens bladeren',
      version: later.members[0]!.version,
    });
    expect(rename.statusCode, rename.body).toBe(200);
    const rest: BudgetFamily[] = [];
    let cursor: string | null = nextCursor;
    while (cursor) {
      const page = (await call('GET', `/api/budgets/families?limit=2&cursor=${cursor}`, advisor)).json() as {
        families: BudgetFamily[];
        nextCursor: string | null;
      };
      rest.push(...page.families);
      cursor = page.nextCursor;
    }
    const seen = [...firstPage, ...rest].map((f) => f.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(whole.map((f) => f.id).filter((id) => id !== later.id));
  });

  it('bad paging parameters answer 400 naming the field', async () => {
    for (const [query, field] of [
      ['limit=0', 'querystring.limit'],
      ['limit=101', 'querystring.limit'],
      ['limit=veel', 'querystring.limit'],
      ['limit=2.5', 'querystring.limit'],
      ['cursor=niet%20geldig!', 'querystring.cursor'],
      [`cursor=${Buffer.from('geen datum|x').toString('base64url')}`, 'querystring.cursor'],
    ] as const) {
      const response = await call('GET', `/api/budgets/families?${query}`, advisor);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
  });

  it("another organisation pages through nothing of this one, also with this one's cursor", async () => {
    const first = (await call('GET', '/api/budgets/families?limit=1', advisor)).json() as {
      families: BudgetFamily[];
      nextCursor: string | null;
    };
    expect(first.nextCursor).not.toBeNull();
    expect((await allPages(1, otherAdvisor)).flat()).toEqual([]);
    const theirs = await call('GET', `/api/budgets/families?limit=1&cursor=${first.nextCursor}`, otherAdvisor);
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json()).toEqual({ families: [], nextCursor: null });
  });
});
