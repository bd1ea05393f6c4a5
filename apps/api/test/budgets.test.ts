import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { budgets, organisations } from '@app/db';
import { createModelBudget } from '@app/db/seed';
import { makeAssumptions } from '@app/engine/testing';
import {
  BudgetDetailSchema,
  CalculationResponseSchema,
  type BudgetDetail,
  type BudgetSummary,
  type CalculationResponse,
  type CompareResponse,
} from '@app/schemas';
import { createTestApp, rowCounts, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

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

async function createBudget(name = 'ICT-begroting De Bilt 2027'): Promise<BudgetDetail> {
  const response = await call('POST', '/api/budgets', { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode).toBe(201);
  // Budget routes serialize without a runtime zod pass (plugins/trusted-json.ts): the contract is checked here.
  return BudgetDetailSchema.parse(response.json()) as BudgetDetail;
}
const calculation = async (id: string) =>
  CalculationResponseSchema.parse((await call('GET', `/api/budgets/${id}/calculation`)).json()) as CalculationResponse;
const lineByDescription = (detail: BudgetDetail, prefix: string) => {
  const found = detail.lines.find((line) => line.effective.description.startsWith(prefix));
  if (!found) throw new Error(`no line "${prefix}"`);
  return found;
};
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('budget lifecycle', () => {
  it('create → override → reset → scenario → compare → promote → delete', async () => {
    const budget = await createBudget();
    expect(budget).toMatchObject({
      status: 'draft',
      version: 1,
      firstYear: 2027,
      horizonYears: 4,
      includeExamples: true,
      baseBudgetId: null,
    });
    expect(budget.profile).toMatchObject({
      cbsCode: 'GM0310',
      name: 'De Bilt',
      inhabitants: 43_673,
      employees: 306,
      departments: 12,
    });
    expect(budget.developments).toHaveLength(40);
    expect(budget.developments.every((development) => development.enabled)).toBe(true);
    expect(budget.lines).toHaveLength(123);
    expect(budget.calculationInput.lines.length).toBe(123); // all catalog lines; the 2 incomplete published ones count € 0 until completed

    const before = await calculation(budget.id);
    expect(before.input).toEqual(budget.calculationInput);
    const total2027 = before.result.totals.total[2027]!;

    // Override the published € 5.000 dashboard to € 7.500: the incidental total rises by exactly € 2.500.
    const dashboard = lineByDescription(budget, 'Dashboard ontwikkelen');
    expect(dashboard.model?.amountCents).toBe(500_000);
    const overridden = await call('PUT', `/api/budgets/${budget.id}/lines/${dashboard.id}/override`, {
      // The editor sends every field; an untouched switch (false, the catalog has none) is no override.
      fields: { amountCents: 750_000, extrapolate: false, kind: 'incidental' },
      justification: 'Offerte leverancier 2026',
    });
    expect(overridden.statusCode).toBe(200);
    const afterOverride = BudgetDetailSchema.parse(overridden.json()) as BudgetDetail;
    expect(afterOverride.version).toBe(2);
    const line = afterOverride.lines.find((l) => l.id === dashboard.id)!;
    expect(line).toMatchObject({ overriddenFields: ['amountCents'], justification: 'Offerte leverancier 2026' });
    expect(line.model?.amountCents).toBe(500_000);
    expect(line.effective.amountCents).toBe(750_000);
    const overriddenCalc = await calculation(budget.id);
    expect(overriddenCalc.result.totals.total[2027]).toBe(total2027 + 250_000);
    expect(overriddenCalc.result.totals.incidental[2027]).toBe(before.result.totals.incidental[2027]! + 250_000);

    // Reset to model: back to the original totals.
    const reset = await call('DELETE', `/api/budgets/${budget.id}/lines/${dashboard.id}/override`);
    expect(reset.statusCode).toBe(200);
    expect((reset.json() as BudgetDetail).lines.find((l) => l.id === dashboard.id)).toMatchObject({
      overriddenFields: [],
      justification: null,
    });
    expect((await calculation(budget.id)).result.totals.total[2027]).toBe(total2027);

    // Scenario: a full copy; an override in the scenario only shows up in the comparison.
    const scenarioResponse = await call('POST', `/api/budgets/${budget.id}/scenarios`, {
      scenarioName: 'Extra dashboard',
    });
    expect(scenarioResponse.statusCode).toBe(201);
    const scenario = BudgetDetailSchema.parse(scenarioResponse.json()) as BudgetDetail;
    expect(scenario).toMatchObject({ baseBudgetId: budget.id, scenarioName: 'Extra dashboard', version: 1 });
    expect(scenario.lines).toHaveLength(123);
    const scenarioDashboard = lineByDescription(scenario, 'Dashboard ontwikkelen');
    await call('PUT', `/api/budgets/${scenario.id}/lines/${scenarioDashboard.id}/override`, {
      fields: { amountCents: 1_500_000 },
      justification: 'Tweede dashboard',
    });
    expect((await call('GET', `/api/budgets/${budget.id}`)).json().scenarios).toEqual([
      { id: scenario.id, scenarioName: 'Extra dashboard' },
    ]);

    const compare = await call('GET', `/api/budgets/compare?ids=${budget.id},${scenario.id}`);
    expect(compare.statusCode).toBe(200);
    const comparison = compare.json() as CompareResponse;
    expect(comparison.years).toEqual([2027, 2028, 2029, 2030]);
    expect(comparison.budgets.map((b) => b.id)).toEqual([budget.id, scenario.id]);
    expect(comparison.differences[0]!.totals.total[2027]).toBe(0);
    expect(comparison.differences[1]!.totals.total).toEqual({ 2027: 1_000_000, 2028: 0, 2029: 0, 2030: 0 });
    expect(comparison.differences[1]!.byDomain['fysiek-domein']!.incidental[2027]).toBe(1_000_000);

    // Promote: the scenario becomes the base, the former base a scenario of it.
    const promoted = await call('POST', `/api/budgets/${scenario.id}/promote`);
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ id: scenario.id, baseBudgetId: null, scenarioName: null, version: 3 });
    const formerBase = (await call('GET', `/api/budgets/${budget.id}`)).json() as BudgetDetail;
    expect(formerBase.baseBudgetId).toBe(scenario.id);
    expect(formerBase.scenarioName).toContain('Vorige basis');
    expect((await call('POST', `/api/budgets/${scenario.id}/promote`)).statusCode).toBe(409);

    const list = (await call('GET', '/api/budgets')).json() as BudgetSummary[];
    const listed = list.find((b) => b.id === scenario.id)!;
    expect(listed.totals[2027]).toBe(total2027 + 1_000_000);
    expect(listed.municipality).toEqual({ cbsCode: 'GM0310', name: 'De Bilt' });

    expect((await call('DELETE', `/api/budgets/${budget.id}`)).statusCode).toBe(204);
    expect((await call('GET', `/api/budgets/${budget.id}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/budgets/${scenario.id}`)).json().scenarios).toEqual([]);
  });

  it('switching a development off, start years, owner units, examples and custom lines change the totals', async () => {
    const budget = await createBudget('Ontwikkelingen');
    const base = (await calculation(budget.id)).result.totals;
    const dashboard = lineByDescription(budget, 'Dashboard ontwikkelen');
    const development = budget.developments.find((d) => d.developmentId === dashboard.developmentId)!;
    const units = (await call('GET', '/api/org-units')).json() as { id: string; name: string }[];

    const off = await call('PATCH', `/api/budgets/${budget.id}/developments/${development.id}`, {
      enabled: false,
      ownerUnitId: units[0]!.id,
      note: 'later',
    });
    expect(off.statusCode).toBe(200);
    expect((off.json() as BudgetDetail).developments.find((d) => d.id === development.id)).toMatchObject({
      enabled: false,
      ownerUnitId: units[0]!.id,
      note: 'later',
    });
    const offTotals = (await calculation(budget.id)).result.totals;
    const developmentCalc = (await calculation(budget.id)).result.rows.filter(
      (row) => row.developmentId === development.developmentId,
    );
    expect(developmentCalc.every((row) => Object.values(row.amounts).every((amount) => amount === 0))).toBe(true);
    expect(offTotals.total[2027]).toBeLessThan(base.total[2027]!);

    // Back on, starting a year later: the € 5.000 moves from 2027 to 2028.
    await call('PATCH', `/api/budgets/${budget.id}/developments/${development.id}`, { enabled: true, startYear: 2028 });
    const later = await calculation(budget.id);
    expect(
      later.result.rows.find((row) => row.lineId === dashboard.id && row.component === 'incidental')?.amounts,
    ).toEqual({ 2027: 0, 2028: 500_000, 2029: 0, 2030: 0 });

    // Hiding example lines leaves only non-example lines in the engine input.
    const patched = await call('PATCH', `/api/budgets/${budget.id}`, {
      includeExamples: false,
      version: (await call('GET', `/api/budgets/${budget.id}`)).json().version,
    });
    expect(patched.statusCode).toBe(200);
    const hidden = patched.json() as BudgetDetail;
    expect(hidden.calculationInput.lines.every((line) => line.provenance !== 'example')).toBe(true);
    expect(hidden.calculationInput.lines).toHaveLength(7);

    // A custom line of € 12.345 per year (structural, fixed) adds exactly that in 2027.
    const withoutCustom = (await calculation(budget.id)).result.totals.structural[2027]!;
    const otherDevelopment = budget.developments.find((d) => d.id !== development.id)!;
    const created = await call('POST', `/api/budgets/${budget.id}/lines`, {
      developmentId: otherDevelopment.id, // the budget development id works as well as the catalog one
      description: 'Eigen licentie zaaksysteem',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: 1_234_500,
      indexation: 'none',
    });
    expect(created.statusCode).toBe(201);
    const custom = (BudgetDetailSchema.parse(created.json()) as BudgetDetail).lines.find((line) => line.custom)!;
    expect(custom).toMatchObject({
      catalogLineId: null,
      model: null,
      effective: { provenance: 'custom', amountCents: 1_234_500, driver: 'fixed' },
    });
    expect((await calculation(budget.id)).result.totals.structural[2027]).toBe(withoutCustom + 1_234_500);
    // Own lines are edited in place, and deleted; catalog lines cannot be deleted.
    const edited = await call('PUT', `/api/budgets/${budget.id}/lines/${custom.id}/override`, {
      fields: { amountCents: 1_000_000 },
      justification: 'Nieuwe prijs',
    });
    expect((edited.json() as BudgetDetail).lines.find((line) => line.id === custom.id)?.effective.amountCents).toBe(
      1_000_000,
    );
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${dashboard.id}`)).statusCode).toBe(400);
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${custom.id}`)).statusCode).toBe(200);
    expect((await calculation(budget.id)).result.totals.structural[2027]).toBe(withoutCustom);

    // A saving: a negative structural custom line from its own start year (yearOffset 1 → 2028).
    const before = (await calculation(budget.id)).result.totals.structural;
    const saving = await call('POST', `/api/budgets/${budget.id}/lines`, {
      developmentId: otherDevelopment.id,
      description: 'Besparing licenties oude systeem',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: -500_000,
      indexation: 'none',
      yearOffset: 1,
      justification: 'Contract oude systeem loopt af',
    });
    expect(saving.statusCode).toBe(201);
    const savingLine = (BudgetDetailSchema.parse(saving.json()) as BudgetDetail).lines.find((line) => line.custom)!;
    const afterSaving = (await calculation(budget.id)).result.totals.structural;
    expect(afterSaving[2027]).toBe(before[2027]);
    expect(afterSaving[2028]).toBe(before[2028]! - 500_000);
    // A custom line stays editable as a saving; a catalogue line cannot become negative.
    const cheaper = await call('PUT', `/api/budgets/${budget.id}/lines/${savingLine.id}/override`, {
      fields: { amountCents: -600_000 },
      justification: 'Meer licenties vervallen',
    });
    expect(cheaper.statusCode).toBe(200);
    expect(
      (cheaper.json() as BudgetDetail).lines.find((line) => line.id === savingLine.id)?.effective.amountCents,
    ).toBe(-600_000);
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${savingLine.id}`)).statusCode).toBe(200);

    // An investment with its own depreciation term (4 years) and start year (2028): € 40.000 → € 10.000 a year from 2029.
    const beforeCapital = (await calculation(budget.id)).result.totals.capital;
    const invest = await call('POST', `/api/budgets/${budget.id}/lines`, {
      developmentId: otherDevelopment.id,
      description: 'Eigen servers',
      kind: 'investment',
      costBasis: 'amount',
      costPool: 'hardware',
      amountCents: 4_000_000,
      yearOffset: 1,
      depreciationYears: 4,
    });
    expect(invest.statusCode).toBe(201);
    const investLine = (invest.json() as BudgetDetail).lines.find((line) => line.custom)!;
    expect(investLine.effective).toMatchObject({ depreciationYears: 4, yearOffset: 1 });
    const withInvest = await calculation(budget.id);
    const depreciation = withInvest.result.rows.find(
      (row) => row.lineId === investLine.id && row.component === 'depreciation',
    )!;
    expect(depreciation.amounts).toMatchObject({ 2027: 0, 2028: 0, 2029: 1_000_000, 2030: 1_000_000 });
    expect(withInvest.result.totals.capital[2028]).toBe(beforeCapital[2028]);
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${investLine.id}`)).statusCode).toBe(200);
  });

  it('returns traces on request', async () => {
    const budget = await createBudget('Traces');
    const dashboard = lineByDescription(budget, 'Dashboard ontwikkelen');
    const response = (
      await call('GET', `/api/budgets/${budget.id}/calculation?traces=true`)
    ).json() as CalculationResponse;
    expect(response.traces?.[dashboard.id]?.incidental?.[2027]?.formula).toBeTruthy();
    expect(
      ((await call('GET', `/api/budgets/${budget.id}/calculation`)).json() as CalculationResponse).traces,
    ).toBeUndefined();
  });
});

describe('own values (ADR 0013) and a changed profile', () => {
  it('an own quantity is not rescaled, not even after the profile changes; model lines are; the change is audited', async () => {
    const budget = await createBudget('Eigen waarden De Bilt');
    const before = await calculation(budget.id);
    // Two incidental amount lines that scale with inhabitants (elasticity > 0).
    const scaled = before.result.lines.filter((l) => l.ratio !== 1 && l.elasticity > 0 && l.baseAmountCents > 0);
    const pick = (id: string) =>
      budget.lines.find(
        (l) =>
          l.id === id &&
          l.effective.costBasis === 'amount' &&
          l.effective.kind === 'incidental' &&
          l.effective.driver === 'inhabitants',
      );
    const candidates = scaled.map((l) => pick(l.lineId)).filter((l): l is NonNullable<typeof l> => l != null);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    const [own, other] = candidates as [(typeof candidates)[number], (typeof candidates)[number]];
    const ownBefore = before.result.lines.find((l) => l.lineId === own.id)!;
    expect(ownBefore.scaledQuantity).not.toBe(own.model!.amountCents);

    // The user types € 100.000 for this municipality: it stays € 100.000 (was rescaled again before).
    const put = await call('PUT', `/api/budgets/${budget.id}/lines/${own.id}/override`, {
      fields: { amountCents: 10_000_000, ownQuantity: true },
      justification: 'Offerte voor onze gemeente',
    });
    expect(put.statusCode).toBe(200);
    const detail = BudgetDetailSchema.parse(put.json()) as BudgetDetail;
    expect(detail.lines.find((l) => l.id === own.id)).toMatchObject({
      overriddenFields: expect.arrayContaining(['amountCents', 'ownQuantity']),
    });
    const afterOwn = await calculation(budget.id);
    expect(afterOwn.result.lines.find((l) => l.lineId === own.id)).toMatchObject({
      scaledQuantity: 10_000_000,
      baseAmountCents: 10_000_000,
      elasticity: 0,
    });

    // Profile and horizon after creation: PATCH with the version; the own value stays, the model line rescales.
    const otherBefore = afterOwn.result.lines.find((l) => l.lineId === other.id)!;
    const patched = await call('PATCH', `/api/budgets/${budget.id}`, {
      profile: { inhabitants: 87_346, employees: 437, departments: 17 },
      firstYear: 2028,
      horizonYears: 5,
      version: detail.version,
    });
    expect(patched.statusCode).toBe(200);
    const changed = BudgetDetailSchema.parse(patched.json()) as BudgetDetail;
    expect(changed).toMatchObject({ firstYear: 2028, horizonYears: 5, profile: { inhabitants: 87_346 } });
    const afterProfile = await calculation(budget.id);
    expect(afterProfile.result.years).toEqual([2028, 2029, 2030, 2031, 2032]);
    expect(afterProfile.result.lines.find((l) => l.lineId === own.id)?.baseAmountCents).toBe(10_000_000);
    expect(afterProfile.result.lines.find((l) => l.lineId === other.id)?.scaledQuantity).toBeGreaterThan(
      otherBefore.scaledQuantity,
    );
    // A stale version is refused with 409; the audit names the profile change.
    expect(
      (
        await call('PATCH', `/api/budgets/${budget.id}`, {
          profile: { inhabitants: 1, employees: 1, departments: 1 },
          version: detail.version,
        })
      ).statusCode,
    ).toBe(409);
    const audit = (await call('GET', `/api/budgets/${budget.id}/audit`)).json() as {
      action: string;
      changes?: unknown;
    }[];
    expect(JSON.stringify(audit)).toContain('87346');
  });
});

describe('optimistic concurrency', () => {
  it('a stale version gets 409 with the current budget and changes nothing', async () => {
    const budget = await createBudget('Versies');
    const first = await call('PATCH', `/api/budgets/${budget.id}`, { name: 'Nieuwe naam', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: 'Nieuwe naam', version: 2 });
    const stale = await call('PATCH', `/api/budgets/${budget.id}`, { name: 'Oude tab', version: 1 });
    expect(stale.statusCode).toBe(409);
    const { error } = stale.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.current).toMatchObject({ id: budget.id, name: 'Nieuwe naam', version: 2 });
    expect((await call('GET', `/api/budgets/${budget.id}`)).json()).toMatchObject({ name: 'Nieuwe naam', version: 2 });
    // Child changes bump the version too.
    const dev = budget.developments[0]!;
    expect(
      (await call('PATCH', `/api/budgets/${budget.id}/developments/${dev.id}`, { priority: 1 })).json().version,
    ).toBe(3);
    expect(
      (await call('PATCH', `/api/budgets/${budget.id}/developments/${dev.id}`, { priority: 2, version: 2 })).statusCode,
    ).toBe(409);
  });
});

describe('concurrent writes', () => {
  it('of ten simultaneous PATCHes with the same version exactly one wins; the rest get 409', async () => {
    const budget = await createBudget('Gelijktijdig');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('PATCH', `/api/budgets/${budget.id}`, { name: `Poging ${i}`, version: 1 }),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const winner = responses.find((response) => response.statusCode === 200)!.json() as BudgetDetail;
    expect((await call('GET', `/api/budgets/${budget.id}`)).json()).toMatchObject({ name: winner.name, version: 2 });
  });
});

describe('tenancy', () => {
  it("another organisation's budget is not found, for reads and writes", async () => {
    const [other] = await t.handle.db
      .insert(organisations)
      .values({ slug: 'andere', name: 'Andere gemeente' })
      .returning();
    const foreign = await createModelBudget(t.handle.db, {
      organisationId: other!.id,
      name: 'Niet van jou',
      cbsCode: 'GM0344',
      assumptions: makeAssumptions(),
    });
    expect((await call('GET', `/api/budgets/${foreign.id}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/budgets/${foreign.id}/calculation`)).statusCode).toBe(404);
    expect((await call('PATCH', `/api/budgets/${foreign.id}`, { name: 'Van mij', version: 1 })).statusCode).toBe(404);
    expect((await call('DELETE', `/api/budgets/${foreign.id}`)).statusCode).toBe(404);
    expect((await call('POST', `/api/budgets/${foreign.id}/scenarios`, { scenarioName: 'Kopie' })).statusCode).toBe(
      404,
    );
    const mine = await createBudget('Mijn');
    expect((await call('GET', `/api/budgets/compare?ids=${mine.id},${foreign.id}`)).statusCode).toBe(404);
    expect(((await call('GET', '/api/budgets')).json() as BudgetSummary[]).some((b) => b.id === foreign.id)).toBe(
      false,
    );
    const [stillThere] = await t.handle.db.select().from(budgets).where(eq(budgets.id, foreign.id));
    expect(stillThere).toMatchObject({ name: 'Niet van jou', version: 1 });
  });
});

describe('bad input on every write route → 4xx naming the field, database unchanged', () => {
  let budget: BudgetDetail;
  beforeAll(async () => {
    budget = await createBudget('Foute invoer');
  });

  const expectRefused = async (method: Method, url: string, payload: unknown, status: number, path?: string) => {
    const before = await rowCounts(t.handle.db);
    const versionBefore = (await call('GET', `/api/budgets/${budget.id}`)).json().version;
    const response = await call(method, url, payload);
    expect(response.statusCode, response.body).toBe(status);
    const { error } = response.json();
    expect(error.message).toBeTruthy();
    if (path) {
      expect(error.message).toContain(path.split('.').slice(0, 2).join('.'));
      expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
    }
    expect(await rowCounts(t.handle.db)).toEqual(before);
    expect((await call('GET', `/api/budgets/${budget.id}`)).json().version).toBe(versionBefore);
  };

  it('POST /api/budgets', async () => {
    await expectRefused('POST', '/api/budgets', { cbsCode: 'GM0310', firstYear: 2027 }, 400, 'body.name');
    await expectRefused(
      'POST',
      '/api/budgets',
      { name: 'x', cbsCode: 'GM0310', firstYear: 'volgend jaar' },
      400,
      'body.firstYear',
    );
    await expectRefused(
      'POST',
      '/api/budgets',
      { name: 'x', cbsCode: 'GM0310', firstYear: 2027, horizonYears: -1 },
      400,
      'body.horizonYears',
    );
    await expectRefused('POST', '/api/budgets', { name: 'x', firstYear: 2027 }, 400, 'body.cbsCode');
    await expectRefused('POST', '/api/budgets', { name: 'x', cbsCode: 'GM9999', firstYear: 2027 }, 400, 'body.cbsCode');
    await expectRefused(
      'POST',
      '/api/budgets',
      { name: 'x'.repeat(100_000), cbsCode: 'GM0310', firstYear: 2027 },
      400,
      'body.name',
    );
    await expectRefused(
      'POST',
      '/api/budgets',
      { name: 'x', profile: { inhabitants: 0, employees: 1, departments: 1, name: 'Mini' }, firstYear: 2027 },
      400,
      'body.profile.inhabitants',
    );
    await expectRefused(
      'POST',
      '/api/budgets',
      { name: 'x', cbsCode: 'GM0310', firstYear: 2027, editionId: UNKNOWN },
      400,
      'body.editionId',
    );
  });

  it('PATCH /api/budgets/:id', async () => {
    const url = `/api/budgets/${budget.id}`;
    await expectRefused('PATCH', url, { name: 'x' }, 400, 'body.version');
    await expectRefused('PATCH', url, { name: '', version: 1 }, 400, 'body.name');
    await expectRefused(
      'PATCH',
      url,
      { assumptions: { employerCostPct: 500 }, version: 1 },
      400,
      'body.assumptions.employerCostPct',
    );
    await expectRefused(
      'PATCH',
      url,
      { assumptions: { salaryStep: -3 }, version: 1 },
      400,
      'body.assumptions.salaryStep',
    );
    await expectRefused('PATCH', url, { horizonYears: 11, version: 1 }, 400, 'body.horizonYears');
    await expectRefused(
      'PATCH',
      url,
      { profile: { inhabitants: 'veel', employees: 1, departments: 1 }, version: 1 },
      400,
      'body.profile.inhabitants',
    );
    await expectRefused('PATCH', '/api/budgets/not-a-uuid', { name: 'x', version: 1 }, 400, 'params.id');
    await expectRefused('PATCH', `/api/budgets/${UNKNOWN}`, { name: 'x', version: 1 }, 404);
    // Valid for zod, invalid for the engine: a salary table without scale 10 while a line needs it.
    // The change is written, then the engine refuses, and the whole transaction rolls back.
    const table = budget.assumptions.salaryTable;
    const { 10: _ten, ...otherScales } = table.scales;
    await expectRefused(
      'PATCH',
      url,
      { assumptions: { salaryTable: { ...table, scales: otherScales } }, version: 1 },
      400,
    );
    expect((await call('GET', url)).json().assumptions.salaryTable.scales['10']).toEqual(table.scales['10']);
  });

  it('PATCH /api/budgets/:id/developments/:budgetDevelopmentId', async () => {
    const dev = budget.developments[0]!;
    const url = `/api/budgets/${budget.id}/developments/${dev.id}`;
    await expectRefused('PATCH', url, { enabled: 'ja' }, 400, 'body.enabled');
    await expectRefused('PATCH', url, { startYear: 3000 }, 400, 'body.startYear');
    await expectRefused('PATCH', url, { priority: Number.MAX_SAFE_INTEGER }, 400, 'body.priority');
    await expectRefused('PATCH', url, { ownerUnitId: UNKNOWN }, 400, 'body.ownerUnitId');
    await expectRefused('PATCH', url, { note: 'x'.repeat(10_000) }, 400, 'body.note');
    await expectRefused('PATCH', `/api/budgets/${budget.id}/developments/${UNKNOWN}`, { enabled: false }, 404);
  });

  it('PUT /api/budgets/:id/lines/:budgetLineId/override', async () => {
    const dashboard = lineByDescription(budget, 'Dashboard ontwikkelen');
    const url = `/api/budgets/${budget.id}/lines/${dashboard.id}/override`;
    await expectRefused('PUT', url, { fields: { amountCents: 1 } }, 400, 'body.justification');
    await expectRefused('PUT', url, { fields: { amountCents: 1 }, justification: 'x' }, 400, 'body.justification');
    await expectRefused('PUT', url, { fields: {}, justification: 'lege wijziging' }, 400, 'body.fields');
    await expectRefused(
      'PUT',
      url,
      { fields: { amountCents: -100 }, justification: 'negatief' },
      400,
      'body.fields.amountCents',
    );
    await expectRefused(
      'PUT',
      url,
      { fields: { amountCents: 12.5 }, justification: 'halve cent' },
      400,
      'body.fields.amountCents',
    );
    await expectRefused(
      'PUT',
      url,
      { fields: { amountCents: 1e30 }, justification: 'te groot' },
      400,
      'body.fields.amountCents',
    );
    await expectRefused(
      'PUT',
      url,
      { fields: { elasticity: -2 }, justification: 'te klein' },
      400,
      'body.fields.elasticity',
    );
    await expectRefused(
      'PUT',
      url,
      { fields: { driver: 'gemeenten' }, justification: 'onbekend' },
      400,
      'body.fields.driver',
    );
    await expectRefused('PUT', url, { fields: { bedrag: 5 }, justification: 'typfout' }, 400, 'body.fields');
    await expectRefused(
      'PUT',
      url,
      { fields: { ownQuantity: 'ja' }, justification: 'geen boolean' },
      400,
      'body.fields.ownQuantity',
    );
    await expectRefused(
      'PUT',
      `/api/budgets/${budget.id}/lines/${UNKNOWN}/override`,
      { fields: { amountCents: 1 }, justification: 'onbekend' },
      404,
    );
    // Engine-level: switching the line to staff without hours is refused and rolled back.
    await expectRefused(
      'PUT',
      url,
      { fields: { costBasis: 'staff' }, justification: 'andere basis' },
      400,
      `lines.${dashboard.id}.hoursPerWeek`,
    );
    const after = (await call('GET', `/api/budgets/${budget.id}`)).json() as BudgetDetail;
    expect(after.lines.find((line) => line.id === dashboard.id)?.overriddenFields).toEqual([]);
  });

  it('POST /api/budgets/:id/lines (custom line), with a multi-step write that fails late', async () => {
    const url = `/api/budgets/${budget.id}/lines`;
    const developmentId = budget.developments[0]!.developmentId;
    const valid = {
      developmentId,
      description: 'Eigen regel',
      kind: 'incidental',
      costBasis: 'amount',
      costPool: 'services',
      amountCents: 100_000,
    };
    await expectRefused('POST', url, { ...valid, kind: undefined }, 400, 'body.kind');
    await expectRefused('POST', url, { ...valid, description: '' }, 400, 'body.description');
    // A saving may be negative; an investment may not (it would silently become an incidental cost).
    await expectRefused('POST', url, { ...valid, kind: 'investment', amountCents: -1 }, 400, 'body.amountCents');
    await expectRefused('POST', url, { ...valid, amountCents: -1e15 }, 400, 'body.amountCents');
    await expectRefused('POST', url, { ...valid, depreciationYears: 0 }, 400, 'body.depreciationYears');
    await expectRefused('POST', url, { ...valid, yearOffset: 10 }, 400, 'body.yearOffset');
    await expectRefused('POST', url, { ...valid, costPool: 'koffie' }, 400, 'body.costPool');
    await expectRefused('POST', url, { ...valid, developmentId: UNKNOWN }, 400, 'body.developmentId');
    await expectRefused('POST', url, { ...valid, developmentId: 'geen-id' }, 400, 'body.developmentId');
    await expectRefused('POST', `/api/budgets/${UNKNOWN}/lines`, valid, 404);
    // Passes zod, gets inserted and bumps the version, then the engine finds no hours: all rolled back.
    await expectRefused('POST', url, { ...valid, costBasis: 'staff', amountCents: null, salaryScale: '10' }, 400);
  });

  it('DELETE routes, scenarios, promote and compare', async () => {
    const dashboard = lineByDescription(budget, 'Dashboard ontwikkelen');
    await expectRefused(
      'DELETE',
      `/api/budgets/${budget.id}/lines/${dashboard.id}`,
      undefined,
      400,
      'params.budgetLineId',
    );
    await expectRefused('DELETE', `/api/budgets/${budget.id}/lines/${UNKNOWN}`, undefined, 404);
    await expectRefused('DELETE', `/api/budgets/${UNKNOWN}`, undefined, 404);
    await expectRefused('POST', `/api/budgets/${budget.id}/scenarios`, {}, 400, 'body.scenarioName');
    await expectRefused('POST', `/api/budgets/${budget.id}/scenarios`, { scenarioName: 42 }, 400, 'body.scenarioName');
    await expectRefused('POST', `/api/budgets/${UNKNOWN}/scenarios`, { scenarioName: 'x' }, 404);
    await expectRefused('POST', `/api/budgets/${budget.id}/promote`, undefined, 409);
    const compare = async (query: string) => (await call('GET', `/api/budgets/compare${query}`)).statusCode;
    expect(await compare('')).toBe(400);
    expect(await compare(`?ids=${budget.id}`)).toBe(400);
    expect(await compare(`?ids=${budget.id},nope`)).toBe(400);
    expect(await compare(`?ids=${budget.id},${UNKNOWN}`)).toBe(404);
  });
});
