import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assumptionDefaults, auditEntries, benchmarks, rateCards, salaryTables, type Db } from '@app/db';
import type {
  BudgetDetail,
  CalculationResponse,
  OrganisationDefaults,
  RateCardWriteResult,
  ReferenceAdmin,
  SalaryTableAdmin,
} from '@app/schemas';
import { createTestApp, MODEL_PROFILE, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let t: TestContext;
let admin: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = admin) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function referenceCounts(db: Db) {
  const n = async (
    table: typeof salaryTables | typeof rateCards | typeof benchmarks | typeof assumptionDefaults | typeof auditEntries,
  ) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    salaryTables: await n(salaryTables),
    rateCards: await n(rateCards),
    benchmarks: await n(benchmarks),
    defaults: await n(assumptionDefaults),
    audit: await n(auditEntries),
  };
}

const SHIPPED_2027 = {
  '8': [463000],
  '9': [517900],
  '10': [571300],
  '10A': [611700],
  '11': [652500],
  '11A': [694500],
  '12': [736900],
  '13': [796100],
  '14': [871500],
};

const validTable = {
  label: 'Cao Gemeenten 2027 (test)',
  validFrom: '2027-01-01',
  source: 'Cao Gemeenten 2025-2027, art. 3.3',
  sourceUrl: 'https://www.caogemeenten.nl/',
  estimate: false,
  note: 'Testtabel',
  // Only scale 10 differs from the shipped (derived) 1 January 2027 table: € 5.713 → € 6.000 per month.
  scales: { ...SHIPPED_2027, '10': [550000, 600000] },
};
const validCard = {
  label: 'Inhuur 2027 (test)',
  validFrom: '2027-01-01',
  source: 'Eigen marktverkenning',
  estimate: true,
  rates: { medior: 11000, ontwikkelaar: 10500, senior: 14000, projectleider: 14000, architect: 16000 },
};

describe('reference data administration', () => {
  it('lists tables, cards and the defaults with sources; advisors and managers are refused, signed out is 401', async () => {
    const response = await call('GET', '/api/reference-data/admin');
    expect(response.statusCode).toBe(200);
    const data = response.json() as ReferenceAdmin;
    expect(data.salaryTables.find((table) => table.isDefault)?.id).toBe('cao-gemeenten-2027-01');
    expect(data.rateCards.find((card) => card.isDefault)?.id).toBe('inhuur-2026-standaard');
    expect(data.defaults.scope).toBe('global');
    expect(data.defaults.values.employerCostPct).toBe(55.9);
    expect(data.defaults.sources.employerCostPct?.source).toMatch(/IKB/);
    // The shipped percentage is explained by its sourced parts, which add up to it.
    const parts = data.defaults.sources.employerCostPct?.parts ?? [];
    expect(parts.map((p) => p.key)).toEqual(['ikb', 'pension', 'social']);
    expect(parts.reduce((sum, p) => sum + p.pct, 0)).toBeCloseTo(55.9, 2);
    // The cap is reference data (a benchmark record with its source), not a constant.
    expect(data.hireRateCap).toMatchObject({ cents: 22_500, sourceUrl: expect.stringContaining('rijksfinancien.nl') });

    for (const role of ['advisor', 'manager'] as const) {
      const headers = await signIn(t.app, role);
      expect((await call('GET', '/api/reference-data/admin', undefined, headers)).statusCode).toBe(403);
      const before = await referenceCounts(t.handle.db);
      expect((await call('POST', '/api/reference-data/salary-tables', validTable, headers)).statusCode).toBe(403);
      expect((await call('POST', '/api/reference-data/rate-cards', validCard, headers)).statusCode).toBe(403);
      expect(
        (
          await call(
            'PATCH',
            '/api/reference-data/organisation-defaults',
            { values: { employerCostPct: 50 }, sources: { employerCostPct: { source: 'x' } } },
            headers,
          )
        ).statusCode,
      ).toBe(403);
      expect(await referenceCounts(t.handle.db)).toEqual(before);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/reference-data/admin' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/reference-data/benchmarks', payload: {} })).statusCode,
    ).toBe(401);
  });

  it('refuses bad input with 400 naming the field and writes nothing', async () => {
    const refused: [Method, string, unknown, number, string | null][] = [
      ['POST', '/api/reference-data/salary-tables', { ...validTable, label: '' }, 400, 'body.label'],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, validFrom: '2027-13-01' }, 400, 'body.validFrom'],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, source: ' ' }, 400, 'body.source'],
      [
        'POST',
        '/api/reference-data/salary-tables',
        { ...validTable, sourceUrl: 'javascript:alert(1)' },
        400,
        'body.sourceUrl',
      ],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, estimate: 'ja' }, 400, 'body.estimate'],
      [
        'POST',
        '/api/reference-data/salary-tables',
        { ...validTable, scales: { ...SHIPPED_2027, '10': [600000, 550000] } },
        400,
        'body.scales.10',
      ],
      [
        'POST',
        '/api/reference-data/salary-tables',
        { ...validTable, scales: { ...SHIPPED_2027, '10': [-1] } },
        400,
        'body.scales.10.0',
      ],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, scales: { '8': [400000] } }, 400, 'body.scales'],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, id: 'cao-gemeenten-2020-07' }, 409, 'body.id'],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, id: 'Bad Id' }, 400, 'body.id'],
      ['POST', '/api/reference-data/salary-tables', { ...validTable, amount: 1 }, 400, 'body'],
      ['PATCH', '/api/reference-data/salary-tables/cao-gemeenten-2020-07', { scales: SHIPPED_2027 }, 400, 'body'],
      ['PATCH', '/api/reference-data/salary-tables/bestaat-niet', { label: 'X' }, 404, null],
      ['POST', '/api/reference-data/rate-cards', { ...validCard, rates: { medior: 10000 } }, 400, 'body.rates'],
      [
        'POST',
        '/api/reference-data/rate-cards',
        { ...validCard, rates: { ...validCard.rates, medior: 1.5 } },
        400,
        'body.rates.medior',
      ],
      [
        'POST',
        '/api/reference-data/benchmarks',
        { label: 'ICT-kosten', year: 1999, valueCents: 11000, unit: 'per-inhabitant', source: 'M&I' },
        400,
        'body.year',
      ],
      [
        'POST',
        '/api/reference-data/benchmarks',
        { label: 'ICT-kosten', year: 2024, valueCents: 11000, unit: 'per-inwoner', source: 'M&I' },
        400,
        'body.unit',
      ],
      [
        'POST',
        '/api/reference-data/benchmarks',
        { label: 'ICT-kosten', year: 2024, valueCents: -5, unit: 'per-inhabitant', source: 'M&I' },
        400,
        'body.valueCents',
      ],
      [
        'POST',
        '/api/reference-data/benchmarks',
        {
          label: 'ICT-kosten',
          year: 2024,
          valueCents: 9000,
          unit: 'per-inhabitant',
          source: 'M&I',
          minInhabitants: 60_000,
          maxInhabitants: 60_000,
        },
        400,
        'body.maxInhabitants',
      ],
      [
        'POST',
        '/api/reference-data/benchmarks',
        {
          label: 'ICT-kosten',
          year: 2024,
          valueCents: 9000,
          unit: 'per-inhabitant',
          source: 'M&I',
          minInhabitants: -1,
        },
        400,
        'body.minInhabitants',
      ],
      [
        'PATCH',
        '/api/reference-data/benchmarks/mxi-ict-per-inwoner-2018-lt60k',
        { minInhabitants: 70_000 },
        400,
        'body.maxInhabitants',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { values: { employerCostPct: 35 } },
        400,
        'body.sources.employerCostPct',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { values: { employerCostPct: 135 }, sources: { employerCostPct: { source: 'x' } } },
        400,
        'body.values.employerCostPct',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { values: { salaryTableId: 'bestaat-niet' } },
        400,
        'body.values.salaryTableId',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { values: { defaultHireRole: 'clown' }, sources: { defaultHireRole: { source: 'x' } } },
        400,
        'body.values.defaultHireRole',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { values: { salaryStep: 3 }, sources: { salaryStep: { source: 'x' } } },
        400,
        'body.values.salaryStep',
      ],
      [
        'PATCH',
        '/api/reference-data/organisation-defaults',
        { sources: { employerCostPct: { source: 'x', date: 'gisteren' } } },
        400,
        'body.sources.employerCostPct.date',
      ],
      ['PATCH', '/api/reference-data/organisation-defaults', {}, 400, 'body.values'],
    ];
    for (const [method, url, payload, status, path] of refused) {
      const before = await referenceCounts(t.handle.db);
      const response = await call(method, url, payload);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload).slice(0, 120)} → ${response.body}`).toBe(
        status,
      );
      if (path)
        expect(
          response.json().error.fields.map((field: { path: string }) => field.path),
          response.body,
        ).toContain(path);
      expect(await referenceCounts(t.handle.db)).toEqual(before);
    }
    const [global] = await t.handle.db.select().from(assumptionDefaults);
    expect(global?.organisationId).toBeNull();
  });

  it('adds a rate card with a warning above the Rijk cap, edits label/note only, adds and edits a benchmark', async () => {
    const expensive = await call('POST', '/api/reference-data/rate-cards', {
      ...validCard,
      rates: { ...validCard.rates, architect: 25_000 },
    });
    expect(expensive.statusCode, expensive.body).toBe(201);
    const result = expensive.json() as RateCardWriteResult;
    expect(result.rateCard).toMatchObject({ id: 'inhuur-2027-test', isDefault: false, rates: { architect: 25_000 } });
    expect(result.warnings).toEqual([{ path: 'body.rates.architect', message: expect.stringContaining('€ 250/u') }]);
    expect(result.warnings[0]!.message).toContain('rijksfinancien.nl');
    const plain = (await call('POST', '/api/reference-data/rate-cards', validCard)).json() as RateCardWriteResult;
    expect(plain.rateCard.id).toBe('inhuur-2027-test-2');
    expect(plain.warnings).toEqual([]);

    // The administrator edits the cap like any benchmark; the warning follows the new figure.
    const capEdit = await call('PATCH', '/api/reference-data/benchmarks/rijk-maximum-uurtarief-inhuur', {
      valueCents: 14_000,
    });
    expect(capEdit.statusCode, capEdit.body).toBe(200);
    const belowNewCap = (await call('POST', '/api/reference-data/rate-cards', validCard)).json() as RateCardWriteResult;
    const overNewCap = Object.entries(validCard.rates)
      .filter(([, cents]) => cents > 14_000)
      .map(([role]) => `body.rates.${role}`);
    expect(overNewCap.length).toBeGreaterThan(0);
    expect(belowNewCap.warnings.map((w) => w.path)).toEqual(overNewCap);
    expect(belowNewCap.warnings[0]!.message).toContain('€ 140/u');
    await call('PATCH', '/api/reference-data/benchmarks/rijk-maximum-uurtarief-inhuur', { valueCents: 22_500 });

    const renamed = await call('PATCH', `/api/reference-data/rate-cards/${plain.rateCard.id}`, {
      label: 'Inhuur 2027',
      note: 'Herzien',
    });
    expect(renamed.json()).toMatchObject({ label: 'Inhuur 2027', note: 'Herzien', rates: validCard.rates });

    const benchmark = await call('POST', '/api/reference-data/benchmarks', {
      label: 'ICT-kosten per inwoner',
      year: 2024,
      valueCents: 11_500,
      unit: 'per-inhabitant',
      source: 'M&I/Partners (test)',
      sourceUrl: 'https://mxi.nl/',
    });
    expect(benchmark.statusCode, benchmark.body).toBe(201);
    const id = benchmark.json().id as string;
    const edited = await call('PATCH', `/api/reference-data/benchmarks/${id}`, {
      valueCents: 11_200,
      note: 'gecorrigeerd',
      sample: '40 gemeenten',
      maxInhabitants: 60_000,
    });
    expect(edited.json()).toMatchObject({
      id,
      year: 2024,
      valueCents: 11_200,
      note: 'gecorrigeerd',
      sample: '40 gemeenten',
      minInhabitants: null,
      maxInhabitants: 60_000,
    });
    const publicData = (await t.app.inject({ method: 'GET', url: '/api/reference-data' })).json();
    expect(publicData.benchmarks.find((b: { id: string }) => b.id === id)?.valueCents).toBe(11_200);

    const audit = await t.handle.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update']);
  });

  it("new budgets start from the organisation's defaults; a new salary table changes a staff line by the exact cents", async () => {
    const advisor = await signIn(t.app, 'advisor');
    const newBudget = async (name: string) => {
      const response = await call(
        'POST',
        '/api/budgets',
        { name, profile: { name: 'Modelgemeente', ...MODEL_PROFILE }, firstYear: 2027 },
        advisor,
      );
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as BudgetDetail;
    };
    const before = await newBudget('Voor de wijziging');
    expect(before.assumptions.employerCostPct).toBe(55.9);

    // A corrected source text keeps the parts that explain the (unchanged) value …
    const corrected = await call('PATCH', '/api/reference-data/organisation-defaults', {
      sources: { employerCostPct: { source: 'IKB + ABP + sociale lasten (gecorrigeerd)' } },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const correctedSource = (corrected.json() as OrganisationDefaults).sources.employerCostPct;
    expect(correctedSource?.source).toBe('IKB + ABP + sociale lasten (gecorrigeerd)');
    expect(correctedSource?.parts?.map((p) => p.key)).toEqual(['ikb', 'pension', 'social']);

    // … a changed value drops them (they would no longer add up to it).
    const patched = await call('PATCH', '/api/reference-data/organisation-defaults', {
      values: { employerCostPct: 35, interestRatePct: 2 },
      sources: {
        employerCostPct: { source: 'Eigen begroting 2027', date: '2026-11-01', note: 'werkgeverslasten gemeente' },
        interestRatePct: { source: 'Nota rente 2027' },
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const defaults = patched.json() as OrganisationDefaults;
    expect(defaults.scope).toBe('organisation');
    expect(defaults.values).toMatchObject({ employerCostPct: 35, interestRatePct: 2, wageIndexationPct: 3.5 });
    expect(defaults.sources.employerCostPct).toEqual({
      source: 'Eigen begroting 2027',
      sourceUrl: null,
      date: '2026-11-01',
      note: 'werkgeverslasten gemeente',
      estimate: false,
    });
    // The global row is untouched (anonymous calculations still use it).
    const anonymous = (await t.app.inject({ method: 'GET', url: '/api/reference-data' })).json();
    expect(anonymous.defaultAssumptions.employerCostPct).toBe(55.9);
    expect(anonymous.assumptionSources.employerCostPct.parts).toHaveLength(3);

    const table = await call('POST', '/api/reference-data/salary-tables', { ...validTable, makeDefault: true });
    expect(table.statusCode, table.body).toBe(201);
    expect(table.json() as SalaryTableAdmin).toMatchObject({ id: 'cao-gemeenten-2027-test', isDefault: true });

    // The new budget copies the organisation defaults, the old one keeps its own.
    const after = await newBudget('Na de wijziging');
    expect(after.assumptions.employerCostPct).toBe(35);
    expect(after.assumptions.interestRatePct).toBe(2);
    expect(after.assumptions.salaryTable.id).toBe('cao-gemeenten-2027-test');
    expect((await call('GET', `/api/budgets/${before.id}`, undefined, advisor)).json().assumptions.salaryTable.id).toBe(
      'cao-gemeenten-2027-01',
    );

    // Coördinator klantreizen: 16 h/week, scale 10, model profile (ratio 1, so elasticity does not matter).
    // Before: 16/36 × € 5.713,00 × 12 × 1,559 = 16 × 571 300 × 12 × 155,9 / 3600 = 4 750 169,07 cents a year.
    // After:  16/36 × € 6.000,00 × 12 × 1,35 = 16 × 600 000 × 12 × 135 / 3600 = 4 320 000 cents a year.
    const KEY = 'van-buiten-naar-binnen/coordinator-klantreizen';
    const baseOf = async (budget: BudgetDetail) => {
      const line = budget.lines.find(
        (candidate) =>
          candidate.model?.description &&
          candidate.catalogLineId &&
          candidate.effective.costBasis === 'staff' &&
          candidate.effective.hoursPerWeek === 16 &&
          candidate.effective.salaryScale === '10',
      );
      expect(line, KEY).toBeDefined();
      const calculation = (
        await call('GET', `/api/budgets/${budget.id}/calculation`, undefined, advisor)
      ).json() as CalculationResponse;
      return calculation.result.lines.find((result) => result.lineId === line!.effective.id)!.baseAmountCents;
    };
    expect(await baseOf(before)).toBeCloseTo(4_750_169.07, 2);
    expect(await baseOf(after)).toBe(4_320_000);
    expect((await baseOf(after)) - (await baseOf(before))).toBeCloseTo(-430_169.07, 2);
  });

  it('goes back to the shipped defaults: the own row goes, the derived parts return, audited; refused for other roles', async () => {
    const patched = await call('PATCH', '/api/reference-data/organisation-defaults', {
      values: { employerCostPct: 41 },
      sources: { employerCostPct: { source: 'Eigen raming' } },
    });
    expect(patched.statusCode).toBe(200);
    expect((patched.json() as OrganisationDefaults).scope).toBe('organisation');

    expect(
      (await call('DELETE', '/api/reference-data/organisation-defaults', undefined, await signIn(t.app, 'advisor')))
        .statusCode,
    ).toBe(403);
    const reset = await call('DELETE', '/api/reference-data/organisation-defaults');
    expect(reset.statusCode).toBe(200);
    const after = reset.json() as OrganisationDefaults;
    expect(after.scope).toBe('global');
    expect(after.values.employerCostPct).toBe(await globalEmployerCost());
    expect(after.sources.employerCostPct?.parts?.length ?? 0).toBeGreaterThan(0);
    const [entry] = await t.handle.db.select().from(auditEntries).where(eq(auditEntries.action, 'reset'));
    expect(entry).toMatchObject({ entity: 'assumption_defaults', before: { values: { employerCostPct: 41 } } });
    // Nothing left to undo: same answer, no second entry.
    expect((await call('DELETE', '/api/reference-data/organisation-defaults')).json()).toEqual(after);
    expect(await t.handle.db.select().from(auditEntries).where(eq(auditEntries.action, 'reset'))).toHaveLength(1);
  });
});

async function globalEmployerCost(): Promise<number> {
  const rows = await t.handle.db.select().from(assumptionDefaults);
  return rows.find((r) => r.organisationId === null)!.employerCostPct;
}
