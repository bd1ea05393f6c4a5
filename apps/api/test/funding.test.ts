import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries, funding, organisations, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import type { FundingOverview } from '@app/schemas';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';
import { hasPdftotext, loadWorkbook, pdfToText } from '@app/export/testing';

// Dekking through the API: exact cents, 400s naming the field with nothing written, frozen
// budgets, copies with scenarios, the audit trail and tenancy.

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let manager: AuthHeaders;
let other: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  [advisor, manager] = await Promise.all([signIn(app, 'advisor'), signIn(app, 'manager')]);
  const [org] = await handle.db
    .insert(organisations)
    .values({ slug: 'other-funding', name: 'Andere gemeente (test)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: org!.id,
    email: 'advisor@other.example',
    role: 'advisor',
    displayName: 'B advisor',
    passwordHash: await hashPassword('tenant-b-password'),
  });
  other = await signInAs(app, 'advisor@other.example', 'tenant-b-password');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (method: Method, url: string, headers: AuthHeaders, payload?: unknown) =>
  app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

interface Budget {
  id: string;
  version: number;
  developments: { id: string; developmentId: string }[];
  lines: { id: string; custom: boolean; developmentId: string }[];
}

/** A 2027–2030 budget with one own structural line of € 10.000 a year (not indexed) in its first development. */
async function budgetWithLine(name: string): Promise<{ budget: Budget; lineId: string; developmentId: string }> {
  const created = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(created.statusCode, created.body).toBe(201);
  const budget = created.json() as Budget;
  const developmentId = budget.developments[0]!.developmentId;
  const custom = await call('POST', `/api/budgets/${budget.id}/lines`, advisor, {
    developmentId,
    description: 'Eigen regel dekking',
    kind: 'structural',
    costBasis: 'amount',
    costPool: 'software',
    amountCents: 1_000_000,
    indexation: 'none',
  });
  expect(custom.statusCode, custom.body).toBe(201);
  const detail = custom.json() as Budget;
  const line = detail.lines.find((l) => l.custom)!;
  return { budget: detail, lineId: line.id, developmentId };
}

const countFunding = async (budgetId: string) =>
  (await handle.db.select().from(funding).where(eq(funding.budgetId, budgetId))).length;

describe('funding of a budget', () => {
  it('funds a percentage of a line per year in exact cents, adds up per development, domain and total, and is audited', async () => {
    const { budget, lineId, developmentId } = await budgetWithLine('Dekking procent');
    const response = await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
      budgetLineId: lineId,
      sourceType: 'decentralisation-grant',
      status: 'granted',
      label: 'Woo-compensatie',
      percentage: 33,
      startYear: 2027,
      endYear: 2028,
    });
    expect(response.statusCode, response.body).toBe(201);
    const overview = response.json() as FundingOverview;
    expect(overview.years).toEqual([2027, 2028, 2029, 2030]);
    expect(overview.lines[lineId]).toEqual({
      gross: { 2027: 1_000_000, 2028: 1_000_000, 2029: 1_000_000, 2030: 1_000_000 },
      funded: { 2027: 330_000, 2028: 330_000, 2029: 0, 2030: 0 },
      net: { 2027: 670_000, 2028: 670_000, 2029: 1_000_000, 2030: 1_000_000 },
    });
    const dev = overview.developments[developmentId]!;
    for (const y of overview.years) expect(dev.funded[y]).toBe(overview.lines[lineId]!.funded[y]);
    for (const y of overview.years) {
      expect(overview.total.funded[y]).toBe(overview.lines[lineId]!.funded[y]);
      expect(overview.total.gross[y]! - overview.total.funded[y]!).toBe(overview.total.net[y]);
      expect(Object.values(overview.domains).reduce((s, d) => s + d.gross[y]!, 0)).toBe(overview.total.gross[y]);
    }
    // The grant runs 2 years: incidental; it ends while the structural line goes on.
    expect(overview.sources[0]).toMatchObject({ nature: 'incidental', active: true, label: 'Woo-compensatie' });
    const ends = overview.warnings.find((w) => w.kind === 'funding-ends')!;
    expect(ends.amounts).toEqual({ 2027: 0, 2028: 0, 2029: 330_000, 2030: 330_000 });
    expect(ends.message).toBe(
      'Regel „Eigen regel dekking”: de dekking (Woo-compensatie) stopt na 2028, de structurele kosten lopen door. Structureel gat: 2029 € 3.300, 2030 € 3.300 (samen € 6.600).',
    );
    expect(overview.warnings.find((w) => w.kind === 'structural-by-incidental')?.totalCents).toBe(660_000);
    expect(overview.version).toBe(budget.version + 1);

    const audit = (await call('GET', `/api/budgets/${budget.id}/audit`, advisor)).json() as {
      entity: string;
      action: string;
      after: Record<string, unknown>;
    }[];
    expect(audit.find((e) => e.entity === 'funding')).toMatchObject({
      action: 'create',
      after: { percentage: 33, startYear: 2027, sourceType: 'decentralisation-grant' },
    });
  });

  it('changes a funding from percentage to amount, warns above the fund maximum, and deletes it', async () => {
    const { budget, lineId } = await budgetWithLine('Dekking wijzigen');
    const created = (
      await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
        budgetLineId: lineId,
        sourceType: 'subsidy',
        percentage: 50,
        startYear: 2027,
        endYear: 2028,
      })
    ).json() as FundingOverview;
    const id = created.sources[0]!.id;
    const patched = await call('PATCH', `/api/budgets/${budget.id}/funding/${id}`, advisor, {
      percentage: null,
      amountCents: 1_500_000,
      fundLimitId: 'aeno-innovatief-project',
      version: created.version,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const overview = patched.json() as FundingOverview;
    expect(overview.lines[lineId]!.funded).toEqual({ 2027: 1_500_000, 2028: 1_500_000, 2029: 0, 2030: 0 });
    const above = overview.warnings.find((w) => w.kind === 'above-maximum')!;
    expect(above).toMatchObject({ totalCents: 500_000, limitCents: 2_500_000, fundingId: id });
    expect(overview.warnings.find((w) => w.kind === 'above-cost')?.amounts).toEqual({
      2027: 500_000,
      2028: 500_000,
      2029: 0,
      2030: 0,
    });
    expect(overview.fundLimits.map((l) => l.id)).toContain('aeno-stap-vooruit');

    const audit = (await call('GET', `/api/budgets/${budget.id}/audit`, advisor)).json() as {
      entity: string;
      action: string;
      before: unknown;
      after: unknown;
    }[];
    expect(audit.find((e) => e.entity === 'funding' && e.action === 'update')).toMatchObject({
      before: { percentage: 50, amountCents: null },
      after: { percentage: null, amountCents: 1_500_000 },
    });

    const deleted = await call(
      'DELETE',
      `/api/budgets/${budget.id}/funding/${id}?version=${overview.version}`,
      advisor,
    );
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((deleted.json() as FundingOverview).sources).toEqual([]);
    expect(await countFunding(budget.id)).toBe(0);
  });

  it('answers 400 naming the field for bad input and writes nothing', async () => {
    const { budget, lineId, developmentId } = await budgetWithLine('Dekking fout');
    const other = await budgetWithLine('Andere begroting');
    const base = { budgetLineId: lineId, sourceType: 'subsidy', amountCents: 100_000, startYear: 2027 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, amountCents: undefined, percentage: 101 }, 'body.percentage'],
      [{ ...base, amountCents: undefined, percentage: 0 }, 'body.percentage'],
      [{ ...base, amountCents: undefined, percentage: 1e-300 }, 'body.percentage'],
      [{ ...base, amountCents: undefined, percentage: 33.333333 }, 'body.percentage'],
      [{ ...base, amountCents: 0 }, 'body.amountCents'],
      [{ ...base, sourceType: undefined }, 'body.sourceType'],
      [{ ...base, sourceType: 'loterij' }, 'body.sourceType'],
      [{ ...base, percentage: 10 }, 'body.percentage'],
      [{ ...base, amountCents: undefined }, 'body.amountCents'],
      [{ ...base, amountCents: 12_345 }, 'body.amountCents'],
      [{ ...base, budgetLineId: undefined }, 'body.budgetLineId'],
      [{ ...base, developmentId }, 'body.developmentId'],
      [{ ...base, startYear: 2026 }, 'body.startYear'],
      [{ ...base, startYear: 2031 }, 'body.startYear'],
      [{ ...base, endYear: 2026 }, 'body.endYear'],
      [{ ...base, budgetLineId: other.lineId }, 'body.budgetLineId'],
      [
        { ...base, budgetLineId: undefined, developmentId: '00000000-0000-4000-8000-000000000000' },
        'body.developmentId',
      ],
      [{ ...base, fundLimitId: 'onbekend-fonds' }, 'body.fundLimitId'],
    ];
    for (const [payload, field] of cases) {
      const response = await call('POST', `/api/budgets/${budget.id}/funding`, advisor, payload);
      expect(response.statusCode, `${JSON.stringify(payload)} → ${response.body}`).toBe(400);
      const body = response.json() as { error: { message: string; fields?: { path: string }[] } };
      expect(body.error.fields?.map((f) => f.path) ?? [], response.body).toContain(field);
    }
    expect(await countFunding(budget.id)).toBe(0);
    const detail = (await call('GET', `/api/budgets/${budget.id}`, advisor)).json() as Budget;
    expect(detail.version).toBe(budget.version);

    // A patch that leaves neither amount nor percentage is refused as a whole.
    const created = (await call('POST', `/api/budgets/${budget.id}/funding`, advisor, base)).json() as FundingOverview;
    const id = created.sources[0]!.id;
    const patch = await call('PATCH', `/api/budgets/${budget.id}/funding/${id}`, advisor, { amountCents: null });
    expect(patch.statusCode).toBe(400);
    expect((patch.json() as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toContain(
      'body.amountCents',
    );
    const [row] = await handle.db.select().from(funding).where(eq(funding.id, id));
    expect(row!.amountCents).toBe(100_000);
  });

  it('refuses funding edits on a submitted or adopted budget (409) and copies funding with scenarios and new versions', async () => {
    const { budget, lineId, developmentId } = await budgetWithLine('Dekking bevroren');
    await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
      budgetLineId: lineId,
      sourceType: 'general-funds',
      amountCents: 200_000,
      startYear: 2027,
    });
    await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
      developmentId,
      sourceType: 'earmarked-reserve',
      percentage: 10,
      startYear: 2028,
      endYear: 2029,
    });

    const scenario = await call('POST', `/api/budgets/${budget.id}/scenarios`, advisor, {
      scenarioName: 'Met dekking',
    });
    expect(scenario.statusCode, scenario.body).toBe(201);
    const scenarioDetail = scenario.json() as Budget;
    const scenarioLine = scenarioDetail.lines.find((l) => l.custom)!.id;
    const copied = (await call('GET', `/api/budgets/${scenarioDetail.id}/funding`, advisor)).json() as FundingOverview;
    expect(copied.sources.map((s) => [s.budgetLineId, s.developmentId, s.amountCents, s.percentage])).toEqual([
      [scenarioLine, null, 200_000, null],
      [null, developmentId, null, 10],
    ]);
    const original = (await call('GET', `/api/budgets/${budget.id}/funding`, advisor)).json() as FundingOverview;
    expect(copied.total).toEqual(original.total);

    expect((await call('POST', `/api/budgets/${budget.id}/submit`, advisor, {})).statusCode).toBe(200);
    const id = original.sources[0]!.id;
    const attempts = [
      await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
        budgetLineId: lineId,
        sourceType: 'subsidy',
        amountCents: 100,
        startYear: 2027,
      }),
      await call('PATCH', `/api/budgets/${budget.id}/funding/${id}`, advisor, { amountCents: 300_000 }),
      await call('DELETE', `/api/budgets/${budget.id}/funding/${id}`, advisor),
    ];
    for (const attempt of attempts) expect(attempt.statusCode, attempt.body).toBe(409);
    expect(await countFunding(budget.id)).toBe(2);

    expect((await call('POST', `/api/budgets/${budget.id}/adopt`, manager, {})).statusCode).toBe(200);
    const version = await call('POST', `/api/budgets/${budget.id}/new-version`, advisor, {});
    expect(version.statusCode, version.body).toBe(201);
    const versionId = (version.json() as { id: string }).id;
    const versionFunding = (await call('GET', `/api/budgets/${versionId}/funding`, advisor)).json() as FundingOverview;
    expect(versionFunding.total).toEqual(original.total);
  });

  it('is invisible to another organisation and closed to a manager', async () => {
    const { budget, lineId } = await budgetWithLine('Dekking tenancy');
    const created = (
      await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
        budgetLineId: lineId,
        sourceType: 'subsidy',
        amountCents: 100_000,
        startYear: 2027,
      })
    ).json() as FundingOverview;
    const id = created.sources[0]!.id;
    expect((await call('GET', `/api/budgets/${budget.id}/funding`, other)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/api/budgets/${budget.id}/funding`, other, {
          budgetLineId: lineId,
          sourceType: 'subsidy',
          amountCents: 100,
          startYear: 2027,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await call('PATCH', `/api/budgets/${budget.id}/funding/${id}`, other, { amountCents: 100 })).statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/budgets/${budget.id}/funding/${id}`, other)).statusCode).toBe(404);
    expect(
      (
        await call('POST', `/api/budgets/${budget.id}/funding`, manager, {
          budgetLineId: lineId,
          sourceType: 'subsidy',
          amountCents: 100,
          startYear: 2027,
        })
      ).statusCode,
    ).toBe(403);
    expect((await call('GET', `/api/budgets/${budget.id}/funding`, manager)).statusCode).toBe(200);
    expect(await countFunding(budget.id)).toBe(1);
  });

  it('exports the Dekking sheet (cached with the API figures) and the PDF section only for a budget with funding', async () => {
    const { budget, lineId } = await budgetWithLine('Dekking export');
    const none = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.xlsx`, headers: advisor });
    expect((await loadWorkbook(none.rawPayload)).getWorksheet('Dekking')).toBeUndefined();
    const overview = (
      await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
        budgetLineId: lineId,
        sourceType: 'general-funds',
        percentage: 12.5,
        startYear: 2028,
      })
    ).json() as FundingOverview;
    const res = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.xlsx`, headers: advisor });
    expect(res.statusCode).toBe(200);
    const ws = (await loadWorkbook(res.rawPayload)).getWorksheet('Dekking')!;
    const cached = (label: string) => {
      let found: number[] = [];
      ws.eachRow((row) => {
        if (found.length === 0 && row.getCell(2).value === label)
          found = overview.years.map((_, k) => Math.round(Number(row.getCell(12 + k).result ?? 0) * 100));
      });
      return found;
    };
    expect(cached('Dekking')).toEqual(overview.years.map((y) => overview.total.funded[y]));
    expect(cached('Netto')).toEqual(overview.years.map((y) => overview.total.net[y]));
    expect(overview.total.funded[2028]).toBe(125_000);
    const pdf = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.pdf`, headers: advisor });
    expect(pdf.statusCode).toBe(200);
    if (hasPdftotext()) expect(await pdfToText(pdf.rawPayload)).toContain('Structureel evenwicht (BBV)');
  });

  it('begrotingswijziging: the new version beside its last adopted one per domain and taakveld, against the threshold', async () => {
    const { budget, developmentId } = await budgetWithLine('Wijziging');
    const none = (await call('GET', `/api/budgets/${budget.id}/begrotingswijziging`, advisor)).json() as {
      adoptedBudget: unknown;
      rows: unknown[];
    };
    expect(none).toMatchObject({ adoptedBudget: null, rows: [] });
    expect((await call('POST', `/api/budgets/${budget.id}/submit`, advisor, {})).statusCode).toBe(200);
    expect((await call('POST', `/api/budgets/${budget.id}/adopt`, manager, {})).statusCode).toBe(200);
    const next = (await call('POST', `/api/budgets/${budget.id}/new-version`, advisor, {})).json() as { id: string };
    const added = await call('POST', `/api/budgets/${next.id}/lines`, advisor, {
      developmentId,
      description: 'Extra licenties',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: 3_000_000,
      indexation: 'none',
    });
    expect(added.statusCode, added.body).toBe(201);
    const res = await call('GET', `/api/budgets/${next.id}/begrotingswijziging`, advisor);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      adoptedBudget: { id: string };
      years: number[];
      rows: { taakveld: string; difference: Record<number, number>; reportable: Record<number, boolean> }[];
      total: { difference: Record<number, number> };
    };
    expect(body.adoptedBudget.id).toBe(budget.id);
    expect(body.total.difference).toEqual({ 2027: 3_000_000, 2028: 3_000_000, 2029: 3_000_000, 2030: 3_000_000 });
    const changed = body.rows.filter((r) => Object.values(r.difference).some((v) => v !== 0));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      taakveld: '0.4',
      reportable: { 2027: true, 2028: true, 2029: true, 2030: true },
    });
    const higher = (
      await call('GET', `/api/budgets/${next.id}/begrotingswijziging?minAmount=75000&minPct=10`, advisor)
    ).json() as typeof body;
    expect(higher.rows.some((r) => Object.values(r.reportable).some(Boolean))).toBe(false);
    const bad = await call('GET', `/api/budgets/${next.id}/begrotingswijziging?minPct=150`, advisor);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('minPct');
    // Only decimal digits: no hex, no exponent; an empty value is as if not given.
    for (const query of ['minAmount=0x10', 'minAmount=1e3', 'minAmount=-5', 'minPct=1e1&minAmount=1']) {
      const refused = await call('GET', `/api/budgets/${next.id}/begrotingswijziging?${query}`, advisor);
      expect(refused.statusCode, query).toBe(400);
      expect(refused.body, query).toContain(query.split('=')[0]);
    }
    const empty = await call('GET', `/api/budgets/${next.id}/begrotingswijziging?minAmount=`, advisor);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual(res.json());
    expect((await call('GET', `/api/budgets/${next.id}/begrotingswijziging`, other)).statusCode).toBe(404);
    const xlsx = await call('GET', `/api/budgets/${next.id}/begrotingswijziging.xlsx`, manager);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('begrotingswijziging.xlsx');
    const ws = (await loadWorkbook(xlsx.rawPayload)).getWorksheet('Begrotingswijziging')!;
    expect(ws.getCell('B4').value).toBe(25_000);
    const pdf = await call('GET', `/api/budgets/${next.id}/begrotingswijziging.pdf`, manager);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('GET', `/api/budgets/${next.id}/begrotingswijziging.pdf`, other)).statusCode).toBe(404);
  });

  it('organisation settings: the incidental rule and the reporting threshold, set by an administrator, used by the overview and the begrotingswijziging', async () => {
    const admin = await signIn(app, 'admin');
    expect((await call('GET', '/api/funding-settings', advisor)).json()).toEqual({
      incidentalMaxYears: 3,
      incidentalThresholdCents: null,
      amendmentMinAmountCents: 2_500_000,
      amendmentMinPct: null,
      capitalFromReserve: false,
    });
    const settings = {
      incidentalMaxYears: 4,
      incidentalThresholdCents: 1_000_000,
      amendmentMinAmountCents: 7_500_000,
      amendmentMinPct: 10,
      capitalFromReserve: false,
    };
    expect((await call('PUT', '/api/funding-settings', advisor, settings)).statusCode).toBe(403);
    const bad = await call('PUT', '/api/funding-settings', admin, { ...settings, incidentalMaxYears: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.incidentalMaxYears');
    const badPct = await call('PUT', '/api/funding-settings', admin, { ...settings, amendmentMinPct: 120 });
    expect(badPct.statusCode).toBe(400);
    expect((await call('GET', '/api/funding-settings', advisor)).json()).toMatchObject({ incidentalMaxYears: 3 });
    const saved = await call('PUT', '/api/funding-settings', admin, settings);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual(settings);
    expect((await call('GET', '/api/funding-settings', other)).json()).toMatchObject({ incidentalMaxYears: 3 });

    const { budget } = await budgetWithLine('Dekking instellingen');
    const overview = (await call('GET', `/api/budgets/${budget.id}/funding`, advisor)).json() as FundingOverview;
    expect(overview.rule).toEqual({ maxYears: 4, thresholdCents: 1_000_000 });
    const amendment = (await call('GET', `/api/budgets/${budget.id}/begrotingswijziging`, advisor)).json() as {
      threshold: unknown;
    };
    expect(amendment.threshold).toEqual({ minAmountCents: 7_500_000, minPct: 10 });
    const audit = await handle.db.select().from(auditEntries).where(eq(auditEntries.entity, 'funding_settings'));
    expect(audit).toHaveLength(1);
    expect(
      (
        await call('PUT', '/api/funding-settings', admin, {
          incidentalMaxYears: 3,
          incidentalThresholdCents: null,
          amendmentMinAmountCents: 2_500_000,
          amendmentMinPct: null,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('classifies a source by the years it runs in the budget, after the first year moved past its start', async () => {
    const { budget, lineId } = await budgetWithLine('Dekking verschoven');
    // Four years (2027–2030) of a decentralisatie-uitkering: structural under the default 3-year rule.
    const added = await call('POST', `/api/budgets/${budget.id}/funding`, advisor, {
      version: budget.version,
      budgetLineId: lineId,
      sourceType: 'decentralisation-grant',
      status: 'granted',
      amountCents: 400_000,
      startYear: 2027,
      endYear: 2030,
    });
    expect(added.statusCode, added.body).toBe(201);
    const before = (await call('GET', `/api/budgets/${budget.id}/funding`, advisor)).json() as FundingOverview;
    expect(before.sources[0]!.nature).toBe('structural');
    expect(before.fundings[0]!.nature).toBe('structural');
    const detail = (await call('GET', `/api/budgets/${budget.id}`, advisor)).json() as Budget;
    const moved = await call('PATCH', `/api/budgets/${budget.id}`, advisor, {
      firstYear: 2028,
      version: detail.version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    // In the 2028–2031 budget it runs 2028–2030: three years, incidental, in the list as in the totals.
    const after = (await call('GET', `/api/budgets/${budget.id}/funding`, advisor)).json() as FundingOverview;
    expect(after.years[0]).toBe(2028);
    expect(after.fundings[0]!.nature).toBe('incidental');
    expect(after.sources[0]).toMatchObject({ startYear: 2027, nature: 'incidental' });
  });

  it('serves the known fund maxima with source and date', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/reference-data/fund-limits' });
    expect(response.statusCode).toBe(200);
    const limits = response.json() as { id: string; maxCents: number; source: string; validFrom: string }[];
    expect(limits.find((l) => l.id === 'aeno-innovatief-project')).toMatchObject({ maxCents: 2_500_000 });
    expect(limits.find((l) => l.id === 'aeno-stap-vooruit')).toMatchObject({ maxCents: 500_000 });
    for (const limit of limits) expect(limit.source.length).toBeGreaterThan(10);
  });
});
