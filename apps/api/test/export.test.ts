import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import {
  eurosOnLine,
  findSoffice,
  hasPdftotext,
  loadWorkbook,
  pdfToText,
  recalculateWithLibreOffice,
  recalculatedRowCents,
  shouldSkipTool,
  summaryRowCents,
} from '@app/export/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let budgetId: string;
let calc: {
  result: {
    years: number[];
    totals: Record<'incidental' | 'structural' | 'capital' | 'total' | 'investment', Record<string, number>>;
  };
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  advisor = await signIn(app, 'advisor');
  const created = await app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers: advisor,
    payload: { name: 'Exporttest', cbsCode: 'GM0310', firstYear: 2027 },
  });
  expect(created.statusCode).toBe(201);
  const detail = created.json();
  budgetId = detail.id;
  // One override with a justification, so the Toelichting sheet has content.
  const line = detail.lines.find(
    (l: { effective: { costBasis: string; kind: string } }) =>
      l.effective.costBasis === 'amount' && l.effective.kind === 'incidental',
  );
  const override = await app.inject({
    method: 'PUT',
    url: `/api/budgets/${budgetId}/lines/${line.id}/override`,
    headers: advisor,
    payload: { fields: { amountCents: 1_234_500 }, justification: 'Offerte leverancier is hoger dan het model.' },
  });
  expect(override.statusCode).toBe(200);
  const c = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/calculation`, headers: advisor });
  expect(c.statusCode).toBe(200);
  calc = c.json();
});

afterAll(async () => {
  await app.close();
  await handle.close();
});

const years = () => calc.result.years;
const cents = (rec: Record<string, number>) => years().map((y) => rec[String(y)]);

describe('GET /api/budgets/:id/export.xlsx', () => {
  it('downloads a workbook whose totals equal GET /calculation', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.xlsx`, headers: advisor });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="ICT-begroting-De-Bilt-2027-concept\.xlsx"/,
    );
    const wb = await loadWorkbook(res.rawPayload);
    const n = years().length;
    expect(summaryRowCents(wb, 'Totaal exploitatie', n)).toEqual(cents(calc.result.totals.total));
    expect(summaryRowCents(wb, 'Incidenteel', n)).toEqual(cents(calc.result.totals.incidental));
    expect(summaryRowCents(wb, 'Structureel', n)).toEqual(cents(calc.result.totals.structural));
    expect(summaryRowCents(wb, 'Kapitaallasten', n)).toEqual(cents(calc.result.totals.capital));
    const notes: string[] = [];
    wb.getWorksheet('Toelichting')!.eachRow((row) => notes.push(String(row.getCell(6).value ?? '')));
    expect(notes).toContain('Offerte leverancier is hoger dan het model.');
  });

  it.skipIf(shouldSkipTool(findSoffice() != null))(
    'recalculated by LibreOffice, the live formulas give the same totals',
    async () => {
      const res = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.xlsx`, headers: advisor });
      const sheets = await recalculateWithLibreOffice(res.rawPayload);
      const n = years().length;
      const rows = sheets['Samenvatting']!;
      expect(recalculatedRowCents(rows, 'Totaal exploitatie', n)).toEqual(cents(calc.result.totals.total));
      expect(recalculatedRowCents(rows, 'Incidenteel', n)).toEqual(cents(calc.result.totals.incidental));
      expect(recalculatedRowCents(rows, 'Structureel', n)).toEqual(cents(calc.result.totals.structural));
      expect(recalculatedRowCents(rows, 'Kapitaallasten', n)).toEqual(cents(calc.result.totals.capital));
      console.info(
        '[api export] De Bilt totals (LibreOffice = engine)',
        recalculatedRowCents(rows, 'Totaal exploitatie', n),
      );
    },
  );

  it('404 for an unknown budget, 401 without a session', async () => {
    const missing = await app.inject({
      method: 'GET',
      url: '/api/budgets/00000000-0000-4000-8000-000000000000/export.xlsx',
      headers: advisor,
    });
    expect(missing.statusCode).toBe(404);
    const anonymous = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.xlsx` });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('scenarios are budgets', () => {
  it('a scenario exports with its own figures and its name on the summary', async () => {
    const created = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budgetId}/scenarios`,
      headers: advisor,
      payload: { scenarioName: 'Groei' },
    });
    expect(created.statusCode).toBe(201);
    const scenario = created.json();
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/budgets/${scenario.id}`,
      headers: advisor,
      payload: { profile: { inhabitants: 60_000, employees: 600, departments: 24 }, version: scenario.version },
    });
    expect(patched.statusCode).toBe(200);
    const calcRes = await app.inject({
      method: 'GET',
      url: `/api/budgets/${scenario.id}/calculation`,
      headers: advisor,
    });
    const scenarioTotals = calcRes.json().result.totals;
    expect(scenarioTotals.total).not.toEqual(calc.result.totals.total);
    const res = await app.inject({ method: 'GET', url: `/api/budgets/${scenario.id}/export.xlsx`, headers: advisor });
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    expect(summaryRowCents(wb, 'Totaal exploitatie', years().length)).toEqual(
      years().map((y) => scenarioTotals.total[String(y)]),
    );
    expect(String(wb.getWorksheet('Samenvatting')!.getCell('A2').value)).toContain('scenario Groei');
  });
});

describe('other formats', () => {
  it.skipIf(shouldSkipTool(hasPdftotext()))('PDF: the printed totals equal the calculation', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.pdf`, headers: advisor });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="ICT-begroting-De-Bilt-2027-concept.pdf"');
    const text = await pdfToText(res.rawPayload);
    const line = text.split('\n').find((l) => l.trim().startsWith('Totaal exploitatie'))!;
    expect(eurosOnLine(line)).toEqual(cents(calc.result.totals.total));
    // The cover shows the workflow version (a first budget is version 1), not the edit counter.
    expect(text).toMatch(/Versie\s+1\s*\n/);
  });

  it('CSV: BOM, semicolons, CRLF; JSON: the same totals', async () => {
    const csv = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.csv`, headers: advisor });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('Regel-ID;Omschrijving;');
    expect(csv.body).toContain('\r\n');
    // The total row equals the API's total, in whole euros.
    const totalRow = csv.body
      .split('\r\n')
      .find((row) => row.startsWith('TOTAAL;Totaal exploitatie;'))!
      .split(';');
    expect(totalRow.slice(-years().length).map((v) => Math.round(Number(v.replace(',', '.')) * 100))).toEqual(
      cents(calc.result.totals.total),
    );
    const json = await app.inject({ method: 'GET', url: `/api/budgets/${budgetId}/export.json`, headers: advisor });
    expect(json.statusCode).toBe(200);
    expect(json.json().totals).toEqual(calc.result.totals);
  });

  it('totals CSV: every total split by provenance, the parts add up to the API totals', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/budgets/${budgetId}/export.totalen.csv`,
      headers: advisor,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename="ICT-begroting-De-Bilt-2027-concept.totalen.csv"');
    const rows = res.body
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(';'));
    const totals = rows.filter((r) => r[0] === 'Totaal exploitatie');
    const euros = (r: string[]) => r.slice(2).map((v) => Math.round(Number(v.replace(',', '.')) * 100));
    expect(euros(totals.find((r) => r[1] === 'Alle herkomsten')!)).toEqual(cents(calc.result.totals.total));
    const parts = totals.filter((r) => r[1] !== 'Alle herkomsten');
    expect(parts.length).toBeGreaterThan(1);
    expect(cents(calc.result.totals.total).map((_, k) => parts.reduce((s, r) => s + euros(r)[k]!, 0))).toEqual(
      cents(calc.result.totals.total),
    );
  });
});

describe('export file names', () => {
  it('name the scenario and the status, so two downloads never look alike', async () => {
    const scenario = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budgetId}/scenarios`,
      headers: advisor,
      payload: { scenarioName: 'Ambitieus (Súd)' },
    });
    expect(scenario.statusCode).toBe(201);
    const res = await app.inject({
      method: 'GET',
      url: `/api/budgets/${scenario.json().id}/export.pdf`,
      headers: advisor,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      'filename="ICT-begroting-De-Bilt-2027-scenario-Ambitieus-Sud-concept.pdf"',
    );
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('ICT-begroting-De-Bilt-2027-scenario-Ambitieus-Sud-concept.pdf')}`,
    );
  });
});

describe('POST /api/calculations/export.xlsx (stateless)', () => {
  it('returns a workbook for a profile, with the totals of POST /api/calculations', async () => {
    const body = { cbsCode: 'GM0344', firstYear: 2027 };
    const plain = await app.inject({ method: 'POST', url: '/api/calculations', payload: body });
    expect(plain.statusCode).toBe(200);
    const res = await app.inject({ method: 'POST', url: '/api/calculations/export.xlsx', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain('filename="ICT-begroting-Utrecht-2027-verkenning.xlsx"');
    const wb = await loadWorkbook(res.rawPayload);
    const result = plain.json().result;
    expect(summaryRowCents(wb, 'Totaal exploitatie', result.years.length)).toEqual(
      result.years.map((y: number) => result.totals.total[String(y)]),
    );
  });

  it('400 naming the field for a bad body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/calculations/export.xlsx',
      payload: { firstYear: 2027 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('profile');
  });
});
