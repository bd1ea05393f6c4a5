import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEntries, budgets } from '@app/db';
import {
  BudgetDetailSchema,
  BudgetLineWriteResultSchema,
  CalculationResponseSchema,
  type BudgetDetail,
  type BudgetLineWriteResult,
} from '@app/schemas';
import { createTestApp, rowCounts, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// A line write (override, reset) with `Prefer: return=minimal` answers only what changed: the
// builder patches its cached detail with it. The patched detail must equal what a fresh GET returns.

let t: TestContext;
let advisor: AuthHeaders;
let manager: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  [advisor, manager] = await Promise.all([signIn(t.app, 'advisor'), signIn(t.app, 'manager')]);
});
afterAll(() => t.close());

const minimal = { prefer: 'return=minimal' };
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method,
    url,
    headers: { ...advisor, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function newBudget(): Promise<BudgetDetail> {
  const response = await call('POST', '/api/budgets', { name: 'De Bilt (regels)', cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode, response.body).toBe(201);
  return BudgetDetailSchema.parse(response.json()) as BudgetDetail;
}
const detail = async (id: string) =>
  BudgetDetailSchema.parse((await call('GET', `/api/budgets/${id}`)).json()) as BudgetDetail;
const amountLine = (budget: BudgetDetail) =>
  budget.lines.find((line) => !line.custom && line.effective.costBasis === 'amount')!;

/** What apps/web does with the short answer (features/budget/patch-detail.ts), written out here. */
function patched(before: BudgetDetail, result: BudgetLineWriteResult): BudgetDetail {
  return {
    ...before,
    version: result.version,
    updatedAt: result.updatedAt,
    lines: before.lines.map((line) => (line.id === result.line.id ? result.line : line)),
    calculationInput: {
      ...before.calculationInput,
      lines: before.calculationInput.lines.map((line) =>
        line.id === result.line.id && result.calculationLine ? result.calculationLine : line,
      ),
    },
  };
}

describe('line write, short answer', () => {
  it('override and reset answer the changed line, totals and version, which patch the detail into the next GET', async () => {
    const budget = await newBudget();
    const line = amountLine(budget);
    const response = await call(
      'PUT',
      `/api/budgets/${budget.id}/lines/${line.id}/override`,
      { fields: { amountCents: 1_234_500 }, justification: 'Offerte 2027', version: budget.version },
      minimal,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['preference-applied']).toBe('return=minimal');
    expect(response.headers.vary).toContain('prefer');
    const result = BudgetLineWriteResultSchema.parse(response.json()) as BudgetLineWriteResult;
    expect(result).toMatchObject({ id: budget.id, version: budget.version + 1 });
    expect(result.line).toMatchObject({
      id: line.id,
      overriddenFields: ['amountCents'],
      justification: 'Offerte 2027',
    });
    expect(result.line.effective.amountCents).toBe(1_234_500);
    // A fraction of the detail it replaces.
    expect(response.body.length).toBeLessThan(JSON.stringify(budget).length / 20);

    const fresh = await detail(budget.id);
    expect(patched(budget, result)).toEqual(fresh);
    const calculation = CalculationResponseSchema.parse(
      (await call('GET', `/api/budgets/${budget.id}/calculation`)).json(),
    );
    expect(result.totals).toEqual(calculation.result.totals);

    // The history is still derived from the diff: one entry for the line, with before and after.
    const entries = await t.handle.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.budgetId, budget.id), eq(auditEntries.entityId, line.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'budget_line', justification: 'Offerte 2027' });

    const reset = await call(
      'DELETE',
      `/api/budgets/${budget.id}/lines/${line.id}/override?version=${result.version}`,
      undefined,
      minimal,
    );
    expect(reset.statusCode, reset.body).toBe(200);
    const resetResult = BudgetLineWriteResultSchema.parse(reset.json()) as BudgetLineWriteResult;
    expect(resetResult.line.overriddenFields).toEqual([]);
    expect(resetResult.line.effective.amountCents).toBe(line.effective.amountCents);
    expect(patched(fresh, resetResult)).toEqual(await detail(budget.id));
    expect(resetResult.totals).toEqual(
      CalculationResponseSchema.parse((await call('GET', `/api/budgets/${budget.id}/calculation`)).json()).result
        .totals,
    );
  });

  it('without the preference the answer is the whole detail, as before', async () => {
    const budget = await newBudget();
    const line = amountLine(budget);
    const response = await call('PUT', `/api/budgets/${budget.id}/lines/${line.id}/override`, {
      fields: { amountCents: 999_900 },
      justification: 'Offerte',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['preference-applied']).toBeUndefined();
    expect(BudgetDetailSchema.parse(response.json())).toEqual(await detail(budget.id));
  });

  it('a stale version still gets 409 with the current budget, and nothing is written', async () => {
    const budget = await newBudget();
    const line = amountLine(budget);
    const url = `/api/budgets/${budget.id}/lines/${line.id}/override`;
    expect(
      (await call('PUT', url, { fields: { amountCents: 100_000 }, justification: 'Eerst', version: 1 }, minimal))
        .statusCode,
    ).toBe(200);
    const counts = await rowCounts(t.handle.db);
    const before = await detail(budget.id);
    const stale = await call(
      'PUT',
      url,
      { fields: { amountCents: 200_000 }, justification: 'Oud', version: 1 },
      minimal,
    );
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json();
    expect(error.current.version).toBe(2);
    expect(error.fields).toEqual([{ path: 'body.version', message: 'verouderd; huidige versie is 2' }]);
    const staleReset = await call('DELETE', `${url}?version=1`, undefined, minimal);
    expect(staleReset.statusCode).toBe(409);
    expect(staleReset.json().error.fields[0].path).toBe('query.version');
    expect(await detail(budget.id)).toEqual(before);
    expect(await rowCounts(t.handle.db)).toEqual(counts);
  });

  it('a submitted or adopted budget still refuses, and its row is untouched', async () => {
    const budget = await newBudget();
    const line = amountLine(budget);
    const url = `/api/budgets/${budget.id}/lines/${line.id}/override`;
    expect((await call('POST', `/api/budgets/${budget.id}/submit`, {})).statusCode).toBe(200);
    const [submitted] = await t.handle.db.select().from(budgets).where(eq(budgets.id, budget.id));
    const refused = await call('PUT', url, { fields: { amountCents: 5_000 }, justification: 'Te laat' }, minimal);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('ingediend');
    const adopt = await t.app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/adopt`,
      headers: manager,
      payload: {},
    });
    expect(adopt.statusCode, adopt.body).toBe(200);
    const [adopted] = await t.handle.db.select().from(budgets).where(eq(budgets.id, budget.id));
    expect(adopted!.version).toBeGreaterThan(submitted!.version);
    const reset = await call('DELETE', `${url}`, undefined, minimal);
    expect(reset.statusCode).toBe(409);
    expect(reset.json().error.message).toContain('vastgesteld');
    const [after] = await t.handle.db.select().from(budgets).where(eq(budgets.id, budget.id));
    expect(after).toEqual(adopted);
  });

  it('an unknown line is 404, a malformed id or a bad field 400, and neither bumps the version', async () => {
    const budget = await newBudget();
    const base = `/api/budgets/${budget.id}/lines`;
    const unknown = await call(
      'PUT',
      `${base}/00000000-0000-4000-8000-000000000000/override`,
      { fields: { amountCents: 1 }, justification: 'Offerte leverancier' },
      minimal,
    );
    expect(unknown.statusCode).toBe(404);
    const malformed = await call('DELETE', `${base}/niet-een-id/override`, undefined, minimal);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].path).toBe('params.budgetLineId');
    const negative = await call(
      'PUT',
      `${base}/${amountLine(budget).id}/override`,
      { fields: { amountCents: -1 }, justification: 'Offerte leverancier' },
      minimal,
    );
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].path).toBe('body.fields.amountCents');
    expect((await detail(budget.id)).version).toBe(budget.version);
  });
});
