import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { editWorkbook, multipartBody } from '@app/export/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let handle: TestDbHandle;
let app: App;
let advisor: AuthHeaders;
let budget: {
  id: string;
  profile: { inhabitants: number };
  lines: {
    id: string;
    custom: boolean;
    effective: { costBasis: string; kind: string; amountCents: number | null; description: string };
  }[];
};
let exported: Buffer;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  advisor = await signIn(app, 'advisor');
  const created = await app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers: advisor,
    payload: { name: 'Importtest', cbsCode: 'GM0310', firstYear: 2027 },
  });
  expect(created.statusCode).toBe(201);
  budget = created.json();
  const res = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/export.xlsx`, headers: advisor });
  expect(res.statusCode).toBe(200);
  exported = res.rawPayload;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

function uploadTo(budgetId: string, content: Buffer) {
  const body = multipartBody({ name: 'bewerkt.xlsx', content });
  return app.inject({
    method: 'POST',
    url: `/api/budgets/${budgetId}/imports`,
    payload: body.payload,
    headers: { ...advisor, ...body.headers },
  });
}

describe('budget import: an edited workbook back as a scenario', () => {
  it('unreadable cells → 400 naming each cell, nothing stored', async () => {
    const line = budget.lines.find((l) => l.effective.costBasis === 'amount' && (l.effective.amountCents ?? 0) > 0)!;
    const { buffer, cells } = await editWorkbook(exported, [
      { sheet: 'Regels', row: line.id, column: 'Modelhoeveelheid', value: 'heel veel' },
      { sheet: 'Uitgangspunten', row: 'Inwoners', column: 'C', value: -5 },
    ]);
    const res = await uploadTo(budget.id, buffer);
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual([`file.${cells[1]}`, `file.${cells[0]}`]);
    expect(res.json().error.message).toContain('er is niets ingelezen');
    const list = await app.inject({ method: 'GET', url: '/api/budgets', headers: advisor });
    expect(list.json().filter((b: { baseBudgetId: string | null }) => b.baseBudgetId === budget.id)).toEqual([]);
  });

  it('a negative amount on a catalogue line is refused at its cell (only an own line can be a saving)', async () => {
    const line = budget.lines.find(
      (l) => l.effective.costBasis === 'amount' && !l.custom && (l.effective.amountCents ?? 0) > 0,
    )!;
    const { buffer, cells } = await editWorkbook(exported, [
      { sheet: 'Regels', row: line.id, column: 'Modelhoeveelheid', value: -5000 },
    ]);
    const res = await uploadTo(budget.id, buffer);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([`file.${cells[0]}`]);
  });

  it('preview lists the changes per cell with new totals; commit creates a scenario with exactly those totals', async () => {
    const line = budget.lines.find(
      (l) =>
        l.effective.costBasis === 'amount' &&
        l.effective.kind === 'incidental' &&
        !l.custom &&
        (l.effective.amountCents ?? 0) > 0,
    )!;
    const newEuros = (line.effective.amountCents ?? 0) / 100 + 1000;
    const { buffer } = await editWorkbook(exported, [
      { sheet: 'Uitgangspunten', row: 'Inwoners', column: 'C', value: 50_000 },
      { sheet: 'Uitgangspunten', row: 'Schaal 10', column: 'C', value: 6_000 },
      { sheet: 'Regels', row: line.id, column: 'Modelhoeveelheid', value: newEuros },
    ]);
    const res = await uploadTo(budget.id, buffer);
    expect(res.statusCode).toBe(201);
    const preview = res.json();
    expect(preview.hasChanges).toBe(true);
    expect(preview.profile).toEqual([{ field: 'inhabitants', from: budget.profile.inhabitants, to: 50_000 }]);
    expect(preview.lines).toEqual([
      {
        lineId: line.id,
        description: line.effective.description,
        fields: [
          {
            field: 'amountCents',
            from: line.effective.amountCents,
            to: newEuros * 100,
            cell: expect.stringMatching(/^Regels!N\d+$/),
          },
        ],
      },
    ]);
    expect(preview.totals.after).not.toEqual(preview.totals.before);
    expect(preview.assumptions).toEqual([{ field: 'salaryTable.scales.10', from: expect.any(Number), to: 600_000 }]);

    const commit = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/imports/${preview.id}/commit`,
      headers: advisor,
      payload: { scenarioName: 'Uit Excel' },
    });
    expect(commit.statusCode).toBe(201);
    const scenario = commit.json();
    expect(scenario.baseBudgetId).toBe(budget.id);
    expect(scenario.scenarioName).toBe('Uit Excel');
    expect(scenario.profile.inhabitants).toBe(50_000);
    expect(scenario.assumptions.salaryTable.label).toContain('aangepast in Excel');
    const changed = scenario.lines.find((l: { overriddenFields: string[] }) =>
      l.overriddenFields.includes('amountCents'),
    );
    expect(changed.effective.amountCents).toBe(newEuros * 100);
    expect(changed.justification).toContain('bewerkt.xlsx');
    const calc = await app.inject({ method: 'GET', url: `/api/budgets/${scenario.id}/calculation`, headers: advisor });
    expect(calc.json().result.totals.total).toEqual(preview.totals.after);
    // The base budget is untouched.
    const base = await app.inject({ method: 'GET', url: `/api/budgets/${budget.id}/calculation`, headers: advisor });
    expect(base.json().result.totals.total).toEqual(preview.totals.before);
    // A preview is used once.
    const again = await app.inject({
      method: 'POST',
      url: `/api/budgets/${budget.id}/imports/${preview.id}/commit`,
      headers: advisor,
      payload: { scenarioName: 'Nog eens' },
    });
    expect(again.statusCode).toBe(404);
  });

  it('not a workbook of this kind → 400 on body.file', async () => {
    const res = await uploadTo(budget.id, Buffer.from('dit is geen excel'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('body.file');
  });
});
