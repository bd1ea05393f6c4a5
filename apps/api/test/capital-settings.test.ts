import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries, organisations, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import type { FundingOverview } from '@app/schemas';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// The kapitaallasten settings through the API (ADR 0027): exact cents in new budgets, 400s naming
// the field with nothing written, the audit trail, and the dekking from a bestemmingsreserve.

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let other: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  advisor = await signIn(app, 'advisor');
  const [org] = await handle.db
    .insert(organisations)
    .values({ slug: 'other-capital', name: 'Andere gemeente (test)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: org!.id,
    email: 'advisor@other-capital.example',
    role: 'advisor',
    displayName: 'B advisor',
    passwordHash: await hashPassword('tenant-b-password'),
  });
  other = await signInAs(app, 'advisor@other-capital.example', 'tenant-b-password');
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
interface Calculation {
  result: { rows: { lineId: string; component: string; amounts: Record<number, number> }[] };
  rowsUnused?: { lineId: string; component: string; amounts: Record<number, number> }[];
  traces?: Record<
    string,
    Record<string, Record<number, { formula: string; inputs: { label: string; value: string }[] }>>
  >;
}

/** A 2027–2030 budget with one own investment of € 60.000 in 2027 (hardware, no term of its own). */
async function budgetWithInvestment(name: string) {
  const created = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(created.statusCode, created.body).toBe(201);
  const budget = created.json() as Budget;
  const developmentId = budget.developments[0]!.developmentId;
  const custom = await call('POST', `/api/budgets/${budget.id}/lines`, advisor, {
    developmentId,
    description: 'Eigen investering netwerk',
    kind: 'investment',
    costBasis: 'amount',
    costPool: 'hardware',
    assetClass: 'hardware',
    amountCents: 6_000_000,
  });
  expect(custom.statusCode, custom.body).toBe(201);
  const line = (custom.json() as Budget).lines.find((l) => l.custom)!;
  return { budgetId: budget.id, lineId: line.id };
}

const capitalRows = async (budgetId: string, lineId: string) => {
  const calc = (await call('GET', `/api/budgets/${budgetId}/calculation?traces=true`, advisor)).json() as Calculation;
  const of = (component: string) =>
    [2027, 2028, 2029, 2030].map(
      (y) => calc.result.rows.find((r) => r.lineId === lineId && r.component === component)?.amounts[y],
    );
  return { depreciation: of('depreciation'), interest: of('interest'), traces: calc.traces?.[lineId] };
};

const auditCount = async (entity: string) =>
  (await handle.db.select().from(auditEntries).where(eq(auditEntries.entity, entity))).length;

describe('kapitaallasten settings of an organisation', () => {
  it('new budgets take the term per asset class, the interest share and direct write-off; bad input is 400 naming the field with nothing written; changes are audited', async () => {
    const admin = await signIn(app, 'admin');
    // Shipped defaults: hardware 4 years, 100 % bears interest (as always), no direct write-off; omslagrente 1,5 %.
    const before = await budgetWithInvestment('Kapitaallasten standaard');
    expect(await capitalRows(before.budgetId, before.lineId)).toMatchObject({
      depreciation: [0, 1_500_000, 1_500_000, 1_500_000],
      interest: [0, 90_000, 67_500, 45_000],
    });

    const audits = await auditCount('assumption_defaults');
    const defaultsBefore = (await call('GET', '/api/reference-data/admin', admin)).json() as {
      defaults: { values: Record<string, unknown> };
    };
    for (const [values, field] of [
      [{ externalFinancingPct: 120 }, 'body.values.externalFinancingPct'],
      [{ depreciationYearsByAssetClass: { hardware: 0 } }, 'body.values.depreciationYearsByAssetClass.hardware'],
      [{ depreciationYearsByAssetClass: { saas: 3 } }, 'body.values.depreciationYearsByAssetClass'],
      [{ interestOnOwnEquity: 'ja' }, 'body.values.interestOnOwnEquity'],
      [{ writeOffAtOnce: 1 }, 'body.values.writeOffAtOnce'],
    ] as const) {
      const bad = await call('PATCH', '/api/reference-data/organisation-defaults', admin, {
        values,
        sources: Object.fromEntries(Object.keys(values).map((k) => [k, { source: 'Nota' }])),
      });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.body).toContain(field);
    }
    expect(await auditCount('assumption_defaults')).toBe(audits);
    expect(
      ((await call('GET', '/api/reference-data/admin', admin)).json() as typeof defaultsBefore).defaults.values,
    ).toEqual(defaultsBefore.defaults.values);

    const patched = await call('PATCH', '/api/reference-data/organisation-defaults', admin, {
      values: { depreciationYearsByAssetClass: { hardware: 3 }, externalFinancingPct: 40 },
      sources: {
        depreciationYearsByAssetClass: { source: 'Nota waardering en afschrijving 2027' },
        externalFinancingPct: { source: 'Balans 2026: langlopende leningen / vaste activa' },
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await auditCount('assumption_defaults')).toBe(audits + 1);
    const [entry] = await handle.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entity, 'assumption_defaults'))
      .orderBy(auditEntries.at)
      .limit(1)
      .offset(audits);
    expect((entry?.after as { values: Record<string, unknown> }).values).toMatchObject({
      depreciationYearsByAssetClass: { hardware: 3 },
      externalFinancingPct: 40,
      interestOnOwnEquity: false,
    });

    // The existing budget keeps its own assumptions; a new one follows the organisation.
    expect((await capitalRows(before.budgetId, before.lineId)).depreciation).toEqual([
      0, 1_500_000, 1_500_000, 1_500_000,
    ]);
    const after = await budgetWithInvestment('Kapitaallasten eigen');
    const rows = await capitalRows(after.budgetId, after.lineId);
    // € 60.000 / 3; interest 1,5 % × 40 % on 3/3, 2/3, 1/3 of € 60.000 = 360 / 240 / 120.
    expect(rows.depreciation).toEqual([0, 2_000_000, 2_000_000, 2_000_000]);
    expect(rows.interest).toEqual([0, 36_000, 24_000, 12_000]);
    expect(rows.traces?.interest?.[2028]?.formula).toContain('× 40 % vreemd vermogen (geen rente over eigen vermogen)');

    const direct = await call('PATCH', '/api/reference-data/organisation-defaults', admin, {
      values: { writeOffAtOnce: true, interestOnOwnEquity: true },
      sources: { writeOffAtOnce: { source: 'Nota 2027' }, interestOnOwnEquity: { source: 'Financiële verordening' } },
    });
    expect(direct.statusCode, direct.body).toBe(200);
    const atOnce = await budgetWithInvestment('Direct afschrijven');
    expect(await capitalRows(atOnce.budgetId, atOnce.lineId)).toMatchObject({
      depreciation: [6_000_000, 0, 0, 0],
      interest: [0, 0, 0, 0],
    });
    expect((await call('DELETE', '/api/reference-data/organisation-defaults', admin)).statusCode).toBe(200);
  });

  it('kapitaallasten from a bestemmingsreserve: funded rises by the kapitaallasten, gross stays; bad input writes nothing; audited', async () => {
    const admin = await signIn(app, 'admin');
    const { budgetId, lineId } = await budgetWithInvestment('Reserve kapitaallasten');
    const off = (await call('GET', `/api/budgets/${budgetId}/funding`, advisor)).json() as FundingOverview;
    expect(off.capitalReserve).toBeNull();
    expect(off.lines[lineId]?.funded).toEqual({ 2027: 0, 2028: 0, 2029: 0, 2030: 0 });

    const settings = (await call('GET', '/api/funding-settings', advisor)).json() as Record<string, unknown>;
    expect(settings.capitalFromReserve).toBe(false);
    const audits = await auditCount('funding_settings');
    const bad = await call('PUT', '/api/funding-settings', admin, { ...settings, capitalFromReserve: 'ja' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('body.capitalFromReserve');
    expect(await auditCount('funding_settings')).toBe(audits);
    expect(((await call('GET', '/api/funding-settings', advisor)).json() as typeof settings).capitalFromReserve).toBe(
      false,
    );

    const saved = await call('PUT', '/api/funding-settings', admin, { ...settings, capitalFromReserve: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await auditCount('funding_settings')).toBe(audits + 1);
    const on = (await call('GET', `/api/budgets/${budgetId}/funding`, advisor)).json() as FundingOverview;
    // Kapitaallasten of the existing budget (its own defaults: 4 years at 1,5 %): 15.000 + 900 / 675 / 450.
    const kapitaallasten = { 2027: 0, 2028: 1_590_000, 2029: 1_567_500, 2030: 1_545_000 };
    expect(on.lines[lineId]).toEqual({
      gross: off.lines[lineId]!.gross,
      funded: kapitaallasten,
      net: { 2027: 0, 2028: 0, 2029: 0, 2030: 0 },
    });
    // The budget's catalog investments draw from the reserve too; the own line is one entry.
    expect(on.capitalReserve?.lines.find((l) => l.lineId === lineId)).toEqual({
      lineId,
      label: 'Eigen investering netwerk',
      amounts: kapitaallasten,
      total: 4_702_500,
    });
    const reserve = on.capitalReserve!;
    for (const y of on.years) {
      expect(reserve.amounts[y]).toBe(reserve.lines.reduce((acc, l) => acc + (l.amounts[y] ?? 0), 0));
      expect(on.total.funded[y]).toBe(off.total.funded[y]! + reserve.amounts[y]!);
      expect(on.total.gross[y]).toBe(off.total.gross[y]);
    }
    expect(on.structuralBalance.funding).toEqual(reserve.amounts);
    expect(on.warnings).toEqual(off.warnings);
    // Other organisations are not affected.
    expect(((await call('GET', '/api/funding-settings', other)).json() as typeof settings).capitalFromReserve).toBe(
      false,
    );
    expect((await call('PUT', '/api/funding-settings', admin, settings)).statusCode).toBe(200);
  });
});
