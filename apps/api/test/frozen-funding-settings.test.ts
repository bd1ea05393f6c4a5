import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { budgets } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import type { FundingOverview } from '@app/schemas';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// A frozen budget does not change (ADR 0008), also not when an administrator changes the
// organisation's P&C rules for dekking: submitted and adopted budgets keep the rules of the moment
// they were frozen; drafts (and a budget sent back) follow the live rules.

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let manager: AuthHeaders;
let admin: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  [advisor, manager, admin] = await Promise.all([signIn(app, 'advisor'), signIn(app, 'manager'), signIn(app, 'admin')]);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, headers: AuthHeaders, payload?: unknown) =>
  app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

/** A De Bilt budget (with its catalog investments) and a two-year general-funds dekking of its first line. */
async function budgetWithFunding(name: string): Promise<string> {
  const created = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(created.statusCode, created.body).toBe(201);
  const budget = created.json() as { id: string; lines: { id: string }[] };
  const added = await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
    budgetLineId: budget.lines[0]!.id,
    sourceType: 'general-funds',
    amountCents: 500_000,
    startYear: 2027,
    endYear: 2028,
  });
  expect(added.statusCode, added.body).toBe(201);
  return budget.id;
}

const overview = async (id: string) => {
  const response = await call('GET', `/api/budgets/${id}/funding`, manager);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as FundingOverview;
};
const step = async (id: string, action: 'submit' | 'adopt' | 'send-back') => {
  const headers = action === 'submit' ? advisor : manager;
  const response = await call(
    'POST',
    `/api/budgets/${id}/${action}`,
    headers,
    action === 'send-back' ? { comment: 'Graag aanpassen' } : {},
  );
  expect(response.statusCode, response.body).toBe(200);
};

describe('P&C rules of frozen budgets', () => {
  it('an adopted and a submitted budget keep their dekking when the rules change; a draft and a sent-back budget follow', async () => {
    const draft = await budgetWithFunding('Concept');
    const adopted = await budgetWithFunding('Vastgesteld');
    const submitted = await budgetWithFunding('Ingediend');
    const legacy = await budgetWithFunding('Vastgesteld vóór de vastlegging');
    const sentBack = await budgetWithFunding('Teruggestuurd');
    for (const id of [adopted, legacy]) {
      await step(id, 'submit');
      await step(id, 'adopt');
    }
    await step(submitted, 'submit');
    await step(sentBack, 'submit');
    // A budget frozen before rules were pinned has none: it keeps the rules it was frozen under.
    await handle.db.update(budgets).set({ pinnedFundingSettings: null }).where(eq(budgets.id, legacy));

    const before = new Map<string, FundingOverview>();
    for (const id of [draft, adopted, submitted, legacy, sentBack]) before.set(id, await overview(id));

    const rules = {
      incidentalMaxYears: 1,
      incidentalThresholdCents: null,
      amendmentMinAmountCents: 2_500_000,
      amendmentMinPct: null,
      capitalFromReserve: true,
    };
    const put = await call('PUT', '/api/funding-settings', admin, rules);
    expect(put.statusCode, put.body).toBe(200);
    await step(sentBack, 'send-back');

    for (const id of [adopted, submitted, legacy]) expect(await overview(id), id).toEqual(before.get(id));
    // The rules matter: the draft's two-year source is structural now and the reserve funds its kapitaallasten.
    for (const id of [draft, sentBack]) {
      const now = await overview(id);
      expect(now.total.funded, id).not.toEqual(before.get(id)!.total.funded);
      expect(now.sources.find((s) => s.sourceType === 'general-funds')?.nature, id).toBe('structural');
    }
    const [row] = await handle.db.select().from(budgets).where(eq(budgets.id, legacy));
    expect(row!.pinnedFundingSettings).toMatchObject({ incidentalMaxYears: 3, capitalFromReserve: false });
    const [back] = await handle.db.select().from(budgets).where(eq(budgets.id, sentBack));
    expect(back!.pinnedFundingSettings).toBeNull();
  });
});
