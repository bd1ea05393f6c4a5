import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, budgets } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// Frozen means frozen: a submitted or adopted budget's rows (the budget, its developments and its
// lines, the base link included) stay byte-identical through every write the API offers, whether
// the write targets the budget itself or a related one (a scenario, a base, an owning org unit).

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

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, headers: AuthHeaders, payload?: unknown) =>
  app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

interface Created {
  id: string;
  version: number;
  developments: { id: string }[];
  lines: { id: string; custom: boolean }[];
}

async function newBudget(name: string): Promise<Created> {
  const response = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Created;
}

async function scenarioOf(baseId: string, scenarioName: string): Promise<Created> {
  const response = await call('POST', `/api/budgets/${baseId}/scenarios`, advisor, { scenarioName });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Created;
}

async function freeze(id: string, to: 'submitted' | 'adopted') {
  expect((await call('POST', `/api/budgets/${id}/submit`, advisor, {})).statusCode).toBe(200);
  if (to === 'adopted') expect((await call('POST', `/api/budgets/${id}/adopt`, manager, {})).statusCode).toBe(200);
}

/** Every stored row of one budget, as the database holds it. */
async function fingerprint(id: string): Promise<string> {
  const { db } = handle;
  const [budget] = await db.select().from(budgets).where(eq(budgets.id, id));
  const developments = await db.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, id));
  const lines = await db.select().from(budgetLines).where(eq(budgetLines.budgetId, id));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return JSON.stringify({ budget, developments: developments.sort(byId), lines: lines.sort(byId) });
}

describe.each(['submitted', 'adopted'] as const)('a %s budget', (status) => {
  it('refuses every direct write with 409 and stays byte-identical', async () => {
    const budget = await newBudget(`Bevroren ${status}`);
    const units = (await call('GET', '/api/org-units', advisor)).json() as { id: string }[];
    const custom = await call('POST', `/api/budgets/${budget.id}/lines`, advisor, {
      developmentId: budget.developments[0]!.id,
      description: 'Eigen regel',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: 100_000,
      indexation: 'none',
    });
    expect(custom.statusCode).toBe(201);
    const detail = custom.json() as Created;
    const catalogLine = detail.lines.find((l) => !l.custom)!;
    const customLine = detail.lines.find((l) => l.custom)!;
    await freeze(budget.id, status);
    const before = await fingerprint(budget.id);
    const version = ((await call('GET', `/api/budgets/${budget.id}`, advisor)).json() as Created).version;

    const writes: [Method, string, unknown][] = [
      ['PATCH', `/api/budgets/${budget.id}`, { name: 'Anders', version }],
      [
        'PATCH',
        `/api/budgets/${budget.id}`,
        { profile: { inhabitants: 50_000, employees: 400, departments: 20 }, version },
      ],
      ['DELETE', `/api/budgets/${budget.id}`, undefined],
      [
        'PATCH',
        `/api/budgets/${budget.id}/developments/${detail.developments[0]!.id}`,
        { enabled: false, ownerUnitId: units[0]!.id },
      ],
      [
        'PUT',
        `/api/budgets/${budget.id}/lines/${catalogLine.id}/override`,
        { fields: { amountCents: 1 }, justification: 'Te laat' },
      ],
      ['DELETE', `/api/budgets/${budget.id}/lines/${catalogLine.id}/override`, undefined],
      [
        'POST',
        `/api/budgets/${budget.id}/lines`,
        {
          developmentId: budget.developments[0]!.id,
          description: 'Nog een',
          kind: 'structural',
          costBasis: 'amount',
          costPool: 'software',
          amountCents: 1,
          indexation: 'none',
        },
      ],
      ['DELETE', `/api/budgets/${budget.id}/lines/${customLine.id}`, undefined],
      ['POST', `/api/budgets/${budget.id}/promote`, {}],
      // Contribution lines (ADR 0023): neither added nor removed once frozen.
      ['POST', `/api/budgets/${budget.id}/contributions`, { collaborationId: '00000000-0000-4000-8000-000000000000' }],
      ['DELETE', `/api/budgets/${budget.id}/contributions/00000000-0000-4000-8000-000000000000`, undefined],
    ];
    for (const [method, url, payload] of writes) {
      const response = await call(method, url, advisor, payload);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(409);
      expect(response.json().error.message).toMatch(/vastgesteld|ingediend|geen scenario/);
    }
    // Only the workflow moves it on; a comment is discussion, not a change of the budget's rows.
    expect((await call('POST', `/api/budgets/${budget.id}/comments`, manager, { body: 'Gezien' })).statusCode).toBe(
      201,
    );
    expect(await fingerprint(budget.id)).toBe(before);
  });

  it('is untouched by writes to related budgets and org units', async () => {
    // A frozen base with a draft scenario: promoting the scenario would rewrite the base.
    const base = await newBudget(`Basis ${status}`);
    const scenario = await scenarioOf(base.id, 'Variant');
    await freeze(base.id, status);
    const baseBefore = await fingerprint(base.id);
    const promote = await call('POST', `/api/budgets/${scenario.id}/promote`, advisor, {});
    expect(promote.statusCode, promote.body).toBe(409);
    expect(promote.json().error.message).toMatch(/basisbegroting .* (vastgesteld|ingediend)/i);
    expect(await fingerprint(base.id)).toBe(baseBefore);

    // A draft base with a frozen scenario: promoting a sibling or deleting the base would rewrite the frozen scenario's base link.
    const draftBase = await newBudget(`Conceptbasis ${status}`);
    const frozenScenario = await scenarioOf(draftBase.id, 'Bevroren variant');
    const sibling = await scenarioOf(draftBase.id, 'Andere variant');
    await freeze(frozenScenario.id, status);
    const scenarioBefore = await fingerprint(frozenScenario.id);
    const promoteSibling = await call('POST', `/api/budgets/${sibling.id}/promote`, advisor, {});
    expect(promoteSibling.statusCode, promoteSibling.body).toBe(409);
    expect(promoteSibling.json().error.message).toMatch(/scenario "Conceptbasis/i);
    const deleteBase = await call('DELETE', `/api/budgets/${draftBase.id}`, advisor);
    expect(deleteBase.statusCode, deleteBase.body).toBe(409);
    expect(await fingerprint(frozenScenario.id)).toBe(scenarioBefore);
    // Nothing of the refused writes landed on the draft side either.
    expect((await call('GET', `/api/budgets/${draftBase.id}`, advisor)).statusCode).toBe(200);

    // An org unit owning a development of a frozen budget cannot be deleted (the FK would set the owner to null).
    const unit = (await call('POST', '/api/org-units', admin, { name: `Eenheid ${status}` })).json() as { id: string };
    const owned = await newBudget(`Eigenaar ${status}`);
    const own = await call('PATCH', `/api/budgets/${owned.id}/developments/${owned.developments[0]!.id}`, advisor, {
      ownerUnitId: unit.id,
    });
    expect(own.statusCode, own.body).toBe(200);
    await freeze(owned.id, status);
    const ownedBefore = await fingerprint(owned.id);
    const deleteUnit = await call('DELETE', `/api/org-units/${unit.id}`, admin);
    expect(deleteUnit.statusCode, deleteUnit.body).toBe(409);
    expect(deleteUnit.json().error.message).toContain(`Eigenaar ${status}`);
    expect(await fingerprint(owned.id)).toBe(ownedBefore);
  });
});

describe('related writes that leave frozen budgets alone still work', () => {
  it('a draft base with draft scenarios promotes and deletes as before; an unused org unit is deleted', async () => {
    const base = await newBudget('Vrij');
    const scenario = await scenarioOf(base.id, 'Vrije variant');
    expect((await call('POST', `/api/budgets/${scenario.id}/promote`, advisor, {})).statusCode).toBe(200);
    expect((await call('DELETE', `/api/budgets/${scenario.id}`, advisor)).statusCode).toBe(204);
    const unit = (await call('POST', '/api/org-units', admin, { name: 'Ongebruikt' })).json() as { id: string };
    expect((await call('DELETE', `/api/org-units/${unit.id}`, admin)).statusCode).toBe(204);
  });
});

describe('new version', () => {
  it('ten parallel calls make one new version; the rest answer 409', async () => {
    const budget = await newBudget('Parallel 2027');
    await freeze(budget.id, 'adopted');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call('POST', `/api/budgets/${budget.id}/new-version`, advisor, {})),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
    expect(responses.find((r) => r.statusCode === 409)!.json().error.message).toMatch(/al een nieuwe versie/);
    const list = (await call('GET', '/api/budgets', advisor)).json() as { name: string }[];
    expect(list.filter((b) => b.name === 'Parallel 2027 (versie 2)')).toHaveLength(1);
  });
});
