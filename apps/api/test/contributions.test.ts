import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetContributions, organisations, users, type Db } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import {
  BudgetDetailSchema,
  type AllocationResponse,
  type BudgetDetail,
  type CalculationResponse,
  type CollaborationDetail,
} from '@app/schemas';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// Issue 13, point 5 (second half) and the settled rule: a member's own budget includes its
// contribution as one line per collaboration, equal per year to its allocation in the host's current
// shared budget; it follows changes, is pinned when the member budget is frozen, counts € 0 once the
// partner grant is revoked, and nothing else of the host crosses (ADR 0023).

let handle: TestDbHandle;
let app: App;
let host: AuthHeaders;
let hostAdmin: AuthHeaders;
let member: AuthHeaders;
let memberManager: AuthHeaders;
let stranger: AuthHeaders;
let collab: CollaborationDetail;
let leusdenId: string;

async function addUser(slug: string, name: string, role: 'advisor' | 'manager', email: string) {
  let [org] = await handle.db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) [org] = await handle.db.insert(organisations).values({ slug, name }).returning();
  await handle.db.insert(users).values({
    organisationId: org!.id,
    email,
    role,
    displayName: `${role} ${name}`,
    passwordHash: await hashPassword('member-password-123'),
  });
  return signInAs(app, email, 'member-password-123');
}

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  host = await signIn(app, 'advisor');
  hostAdmin = await signIn(app, 'admin');
  member = await addUser('leusden-test', 'Gemeente Leusden (test)', 'advisor', 'advisor@leusden-test.example');
  memberManager = await addUser('leusden-test', 'Gemeente Leusden (test)', 'manager', 'manager@leusden-test.example');
  stranger = await addUser('stranger-test', 'Andere gemeente (test)', 'advisor', 'advisor@stranger-test.example');
  const created = await app.inject({
    method: 'POST',
    url: '/api/collaborations',
    headers: host,
    payload: {
      name: 'BLNP',
      form: 'bedrijfsvoeringsorganisatie',
      keyValidFrom: '2026-01-01',
      keyValidTo: '2029-12-31',
      members: [{ cbsCode: 'GM0313' }, { cbsCode: 'GM0327' }, { cbsCode: 'GM0267' }, { cbsCode: 'GM0273' }],
      budget: { firstYear: 2027, horizonYears: 4 },
      defaultKey: { type: 'inhabitants' },
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  collab = created.json();
  leusdenId = collab.membersDetail[1]!.id;
  const granted = await app.inject({
    method: 'PUT',
    url: `/api/collaborations/${collab.id}/members/${leusdenId}/partner`,
    headers: hostAdmin,
    payload: { organisationSlug: 'leusden-test' },
  });
  expect(granted.statusCode, granted.body).toBe(200);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function links(db: Db) {
  const [row] = await db.select({ n: count() }).from(budgetContributions);
  return row?.n;
}
async function hostAllocation(): Promise<AllocationResponse> {
  const current = (await app.inject({ method: 'GET', url: `/api/collaborations/${collab.id}`, headers: host })).json()
    .budgetId as string;
  const r = await app.inject({
    method: 'GET',
    url: `/api/collaborations/${collab.id}/budgets/${current}/allocation`,
    headers: host,
  });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
async function createMemberBudget(name: string): Promise<BudgetDetail> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers: member,
    payload: { name, cbsCode: 'GM0327', firstYear: 2027 },
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json();
}
async function getBudget(id: string, headers = member): Promise<BudgetDetail> {
  const r = await app.inject({ method: 'GET', url: `/api/budgets/${id}`, headers });
  expect(r.statusCode, r.body).toBe(200);
  return BudgetDetailSchema.parse(r.json()) as BudgetDetail;
}
async function calculation(id: string): Promise<CalculationResponse> {
  const r = await app.inject({ method: 'GET', url: `/api/budgets/${id}/calculation`, headers: member });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
/** The contribution line's cents per year in the member's own calculation. */
function lineCells(calc: CalculationResponse, lineId: string): Record<string, number> {
  const row = calc.result.rows.find((r) => r.lineId === lineId);
  expect(row?.component).toBe('structural');
  return Object.fromEntries(calc.result.years.map((y) => [String(y), row!.amounts[y] as number]));
}
const leusdenTotals = (a: AllocationResponse) =>
  Object.fromEntries(a.years.map((y) => [String(y), a.contributions[1]!.totals.total[y] as number]));
async function changeSharedBudget(amountCents: number) {
  const shared = (await app.inject({ method: 'GET', url: `/api/budgets/${collab.budgetId}`, headers: host })).json();
  const r = await app.inject({
    method: 'POST',
    url: `/api/budgets/${collab.budgetId}/lines`,
    headers: host,
    payload: {
      developmentId: shared.developments[0].developmentId,
      description: 'Gezamenlijke licentie',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents,
      justification: 'Offerte',
    },
  });
  expect(r.statusCode, r.body).toBe(201);
}

describe('contribution line in a member budget', () => {
  let budget: BudgetDetail;

  it('refuses bad input with a 400 naming the field, and a collaboration the organisation is no partner in; nothing written', async () => {
    budget = await createMemberBudget('Leusden ICT 2027');
    const url = `/api/budgets/${budget.id}/contributions`;
    for (const payload of [
      {},
      { collaborationId: 'BLNP' },
      { collaborationId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const r = await app.inject({ method: 'POST', url, headers: member, payload });
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.fields[0].path).toBe('body.collaborationId');
    }
    const extra = await app.inject({
      method: 'POST',
      url,
      headers: member,
      payload: { collaborationId: collab.id, amounts: { 2027: 1 } },
    });
    expect(extra.statusCode).toBe(400);
    const negative = await app.inject({
      method: 'POST',
      url,
      headers: member,
      payload: { collaborationId: collab.id, version: -5 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].path).toBe('body.version');
    // Another organisation, not a partner: the same 400 on its own budget, and the member's budget is 404 to it.
    const theirs = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: stranger,
      payload: { name: 'Elders', cbsCode: 'GM0310', firstYear: 2027 },
    });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/budgets/${theirs.json().id}/contributions`,
      headers: stranger,
      payload: { collaborationId: collab.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('body.collaborationId');
    expect(
      (await app.inject({ method: 'POST', url, headers: stranger, payload: { collaborationId: collab.id } }))
        .statusCode,
    ).toBe(404);
    // The host cannot put a contribution into its own shared budget.
    const shared = await app.inject({
      method: 'POST',
      url: `/api/budgets/${collab.budgetId}/contributions`,
      headers: host,
      payload: { collaborationId: collab.id },
    });
    expect(shared.statusCode).toBe(400);
    expect(await links(handle.db)).toBe(0);
  });

  it('adds "Bijdrage samenwerking BLNP" equal per year to the allocation, counted in the totals; once per collaboration', async () => {
    const before = await calculation(budget.id);
    const r = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/contributions`,
      headers: member,
      payload: { collaborationId: collab.id, version: budget.version },
    });
    expect(r.statusCode, r.body).toBe(201);
    budget = BudgetDetailSchema.parse(r.json()) as BudgetDetail;
    const line = budget.contributions[0]!;
    expect(line).toMatchObject({
      description: 'Bijdrage samenwerking BLNP',
      state: 'active',
      pinnedAt: null,
      hostName: expect.any(String),
    });
    const allocation = await hostAllocation();
    expect(line.amounts).toEqual(leusdenTotals(allocation));
    expect(Object.values(line.amounts).every((c) => c > 0 && c % 100 === 0)).toBe(true);
    const calc = await calculation(budget.id);
    expect(lineCells(calc, line.id)).toEqual(leusdenTotals(allocation));
    for (const y of calc.result.years)
      expect(calc.result.totals.total[y]).toBe(
        (before.result.totals.total[y] as number) + (line.amounts[String(y)] as number),
      );
    // The trace says what the amount is.
    const traced = await app.inject({
      method: 'GET',
      url: `/api/budgets/${budget.id}/calculation?traces=true`,
      headers: member,
    });
    expect(JSON.stringify(traced.json().traces[line.id])).toContain(
      'volgens verdeelsleutel; niet geschaald of geïndexeerd',
    );
    // Nothing of the host beyond this member's own contribution.
    const body = JSON.stringify(await getBudget(budget.id));
    for (const m of collab.membersDetail.filter((x) => x.id !== leusdenId)) expect(body).not.toContain(m.id);
    expect(body).not.toContain(collab.budgetId!);

    // Exports carry the line (CSV per line-year, the workbook's Regels sheet, the PDF's notes).
    const csv = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.csv`, headers: member });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Bijdrage samenwerking BLNP');
    const xlsx = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.xlsx`, headers: member });
    expect(xlsx.statusCode).toBe(200);
    // The dekking screen names the contribution's domain in Dutch, not by its key.
    const funding = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/funding`, headers: member });
    expect(funding.statusCode, funding.body).toBe(200);
    expect(funding.json().domainTitles.samenwerking).toBe('Samenwerking');

    const twice = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/contributions`,
      headers: member,
      payload: { collaborationId: collab.id },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields[0].path).toBe('body.collaborationId');
    expect(await links(handle.db)).toBe(1);
  });

  it('follows a change of the shared budget and says when it changed', async () => {
    const old = (await getBudget(budget.id)).contributions[0]!;
    await changeSharedBudget(10_000_000);
    const line = (await getBudget(budget.id)).contributions[0]!;
    const allocation = await hostAllocation();
    expect(line.amounts).toEqual(leusdenTotals(allocation));
    expect(line.amounts['2027']).toBeGreaterThan(old.amounts['2027']!);
    expect(Date.parse(line.sharedUpdatedAt!)).toBeGreaterThan(Date.parse(old.sharedUpdatedAt!));
    expect(lineCells(await calculation(budget.id), line.id)).toEqual(leusdenTotals(allocation));
  });

  it('is pinned when the member budget is submitted and adopted: a later change of the shared budget does not move it', async () => {
    const fresh = await getBudget(budget.id);
    expect(
      (await app.inject({ method: 'POST', url: `/api/budgets/${budget.id}/submit`, headers: member, payload: {} }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/budgets/${budget.id}/adopt`,
          headers: memberManager,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    const adopted = await getBudget(budget.id);
    expect(adopted.contributions[0]!.pinnedAt).not.toBeNull();
    expect(adopted.contributions[0]!.amounts).toEqual(fresh.contributions[0]!.amounts);
    const totalsBefore = (await calculation(budget.id)).result.totals;

    await changeSharedBudget(5_000_000);
    expect(leusdenTotals(await hostAllocation())).not.toEqual(adopted.contributions[0]!.amounts);
    const after = await getBudget(budget.id);
    expect(after.contributions[0]!.amounts).toEqual(fresh.contributions[0]!.amounts);
    expect(after.version).toBe(adopted.version);
    expect((await calculation(budget.id)).result.totals).toEqual(totalsBefore);
    // Frozen: no contribution can be added or removed.
    const removal = await app.inject({
      method: 'DELETE',
      url: `/api/budgets/${budget.id}/contributions/${after.contributions[0]!.id}`,
      headers: member,
    });
    expect(removal.statusCode).toBe(409);
    // A new version is a draft again and follows the shared budget.
    const next = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/new-version`,
      headers: member,
      payload: {},
    });
    expect(next.statusCode, next.body).toBe(201);
    const nextDetail = await getBudget(next.json().id);
    expect(nextDetail.contributions[0]!.pinnedAt).toBeNull();
    expect(nextDetail.contributions[0]!.amounts).toEqual(leusdenTotals(await hostAllocation()));
  });

  it('revoking the partner grant: a draft line counts € 0 with state revoked; the adopted budget keeps its pinned amounts', async () => {
    const draft = await createMemberBudget('Leusden ICT 2027 (concept)');
    const added = await app.inject({
      method: 'POST',
      url: `/api/budgets/${draft.id}/contributions`,
      headers: member,
      payload: { collaborationId: collab.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    const pinned = (await getBudget(budget.id)).contributions[0]!.amounts;
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/collaborations/${collab.id}/members/${leusdenId}/partner`,
          headers: hostAdmin,
        })
      ).statusCode,
    ).toBe(200);
    const line = (await getBudget(draft.id)).contributions[0]!;
    expect(line).toMatchObject({ state: 'revoked', amounts: {}, hostName: null, sharedUpdatedAt: null });
    expect(Object.values(lineCells(await calculation(draft.id), line.id))).toEqual([0, 0, 0, 0]);
    expect((await getBudget(budget.id)).contributions[0]!.amounts).toEqual(pinned);
    // Removing the line from the draft works (and is the way out).
    const version = (await getBudget(draft.id)).version;
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/budgets/${draft.id}/contributions/${line.id}?version=${version}`,
      headers: member,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().contributions).toEqual([]);
  });
});
