import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { budgetLines } from '@app/db';
import { BudgetDetailSchema, type BudgetDetail } from '@app/schemas';
import { createTestApp, rowCounts, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// Two browsers editing one budget: every write that carries a stale version is refused with the
// current state and leaves the database exactly as it was.

let t: TestContext;
let advisor: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  advisor = await signIn(t.app, 'advisor');
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: advisor, ...(payload === undefined ? {} : { payload: payload as object }) });

async function createBudget(name: string): Promise<BudgetDetail> {
  const response = await call('POST', '/api/budgets', { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode).toBe(201);
  return BudgetDetailSchema.parse(response.json()) as BudgetDetail;
}
const detail = async (id: string) =>
  BudgetDetailSchema.parse((await call('GET', `/api/budgets/${id}`)).json()) as BudgetDetail;
const lineRows = (budgetId: string) =>
  t.handle.db.select().from(budgetLines).where(eq(budgetLines.budgetId, budgetId)).orderBy(budgetLines.id);

const customLine = (developmentId: string, description: string) => ({
  developmentId,
  description,
  kind: 'structural',
  costBasis: 'amount',
  costPool: 'software',
  amountCents: 1_234_500,
  indexation: 'none',
});

/** Sets up a budget at a known version plus a write by "browser A", so version 1 is stale for "browser B". */
async function budgetEditedElsewhere(name: string) {
  const budget = await createBudget(name);
  const [catalogLine, otherLine] = budget.lines.filter((line) => !line.custom && line.model?.costBasis === 'amount');
  const added = await call('POST', `/api/budgets/${budget.id}/lines`, {
    ...customLine(budget.developments[0]!.id, 'Eigen regel van A'),
    version: 1,
  });
  expect(added.statusCode).toBe(201);
  const overridden = await call('PUT', `/api/budgets/${budget.id}/lines/${catalogLine!.id}/override`, {
    fields: { amountCents: 999_900 },
    justification: 'Offerte A',
    version: 2,
  });
  expect(overridden.statusCode).toBe(200);
  const current = BudgetDetailSchema.parse(overridden.json()) as BudgetDetail;
  expect(current.version).toBe(3);
  const custom = current.lines.find((line) => line.custom)!;
  return { budget: current, catalogLine: catalogLine!, otherLine: otherLine!, custom };
}

async function expectStale(method: Method, url: string, payload: unknown, budgetId: string, field: string) {
  const countsBefore = await rowCounts(t.handle.db);
  const linesBefore = await lineRows(budgetId);
  const response = await call(method, url, payload);
  expect(response.statusCode).toBe(409);
  const { error } = response.json() as { error: { code: string; fields: { path: string }[]; current: unknown } };
  expect(error.code).toBe('CONFLICT');
  expect(error.fields.map((f) => f.path)).toEqual([field]);
  const current = BudgetDetailSchema.parse(error.current) as BudgetDetail;
  expect(current).toEqual(await detail(budgetId));
  expect(current.version).toBe(3);
  // Nothing was written: not a row, not an override, not an audit entry.
  expect(await rowCounts(t.handle.db)).toEqual(countsBefore);
  expect(await lineRows(budgetId)).toEqual(linesBefore);
  return current;
}

describe('a stale version is refused with the current state and changes nothing', () => {
  it('line override', async () => {
    const { budget, catalogLine, otherLine } = await budgetEditedElsewhere('Stale override');
    const current = await expectStale(
      'PUT',
      `/api/budgets/${budget.id}/lines/${otherLine.id}/override`,
      { fields: { amountCents: 1_000 }, justification: 'Offerte B', version: 1 },
      budget.id,
      'body.version',
    );
    // The 409 carries A's change, so B can see what it would overwrite.
    expect(current.lines.find((line) => line.id === catalogLine.id)).toMatchObject({
      justification: 'Offerte A',
      overriddenFields: ['amountCents'],
    });
    expect(current.lines.find((line) => line.id === otherLine.id)?.overriddenFields).toEqual([]);
  });

  it('development patch', async () => {
    const { budget } = await budgetEditedElsewhere('Stale development');
    const development = budget.developments[1]!;
    await expectStale(
      'PATCH',
      `/api/budgets/${budget.id}/developments/${development.id}`,
      { enabled: !development.enabled, version: 2 },
      budget.id,
      'body.version',
    );
    expect((await detail(budget.id)).developments[1]!.enabled).toBe(development.enabled);
  });

  it('custom line', async () => {
    const { budget } = await budgetEditedElsewhere('Stale custom line');
    await expectStale(
      'POST',
      `/api/budgets/${budget.id}/lines`,
      { ...customLine(budget.developments[0]!.id, 'Eigen regel van B'), version: 1 },
      budget.id,
      'body.version',
    );
  });

  it('reset override (DELETE …/override?version=)', async () => {
    const { budget, catalogLine } = await budgetEditedElsewhere('Stale reset');
    await expectStale(
      'DELETE',
      `/api/budgets/${budget.id}/lines/${catalogLine.id}/override?version=2`,
      undefined,
      budget.id,
      'query.version',
    );
    expect((await detail(budget.id)).lines.find((line) => line.id === catalogLine.id)?.justification).toBe('Offerte A');
  });

  it('delete custom line (DELETE …/lines/:id?version=)', async () => {
    const { budget, custom } = await budgetEditedElsewhere('Stale delete');
    await expectStale(
      'DELETE',
      `/api/budgets/${budget.id}/lines/${custom.id}?version=1`,
      undefined,
      budget.id,
      'query.version',
    );
    expect((await detail(budget.id)).lines.some((line) => line.id === custom.id)).toBe(true);
  });
});

describe('the current version is accepted', () => {
  it('reset and delete with ?version= of the current budget succeed and bump the version', async () => {
    const { budget, catalogLine, custom } = await budgetEditedElsewhere('Current version');
    const reset = await call('DELETE', `/api/budgets/${budget.id}/lines/${catalogLine.id}/override?version=3`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ version: 4 });
    const deleted = await call('DELETE', `/api/budgets/${budget.id}/lines/${custom.id}?version=4`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ version: 5 });
    // Without a version the DELETE routes keep working (older clients).
    const again = await call(
      'POST',
      `/api/budgets/${budget.id}/lines`,
      customLine(budget.developments[0]!.id, 'Nog een regel'),
    );
    const added = (BudgetDetailSchema.parse(again.json()) as BudgetDetail).lines.find((line) => line.custom)!;
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${added.id}`)).statusCode).toBe(200);
  });

  it('a malformed ?version= is a 400 naming the field', async () => {
    const { budget, custom } = await budgetEditedElsewhere('Bad version');
    for (const bad of ['abc', '-1', '1.5']) {
      const response = await call('DELETE', `/api/budgets/${budget.id}/lines/${custom.id}?version=${bad}`);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain('version');
    }
  });
});
