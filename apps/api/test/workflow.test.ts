import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { nextVersionName } from '../src/services/workflow/new-budget-version.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

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

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  headers: AuthHeaders,
  payload?: unknown,
) => app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const versionOf = async (id: string) => (await call('GET', `/api/budgets/${id}`, advisor)).json().version as number;

async function newBudget(name: string) {
  const response = await call('POST', '/api/budgets', advisor, { name, cbsCode: 'GM0310', firstYear: 2027 });
  expect(response.statusCode).toBe(201);
  return response.json() as {
    id: string;
    version: number;
    lines: { id: string; custom: boolean; effective: { amountCents?: number } }[];
  };
}

describe('budget workflow', () => {
  it('draft → submitted → sent back → submitted → adopted, frozen after submit, new version afterwards', async () => {
    const budget = await newBudget('Workflow 2027');
    const line = budget.lines.find((l) => !l.custom)!;

    // Roles: only the advisor submits, only the manager adopts.
    expect((await call('POST', `/api/budgets/${budget.id}/adopt`, manager)).statusCode).toBe(409);
    expect((await call('POST', `/api/budgets/${budget.id}/submit`, manager)).statusCode).toBe(403);
    expect((await call('POST', `/api/budgets/${budget.id}/submit`, admin)).statusCode).toBe(403);
    const submitted = await call('POST', `/api/budgets/${budget.id}/submit`, advisor, { comment: 'Graag vaststellen' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toEqual({ id: budget.id, status: 'submitted' });

    // Submitted: frozen for edits.
    const patch = await call('PATCH', `/api/budgets/${budget.id}`, advisor, {
      name: 'Anders',
      version: await versionOf(budget.id),
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.message).toMatch(/ingediend/);
    expect((await call('POST', `/api/budgets/${budget.id}/adopt`, advisor)).statusCode).toBe(403);

    // Sending back needs a comment.
    const noComment = await call('POST', `/api/budgets/${budget.id}/send-back`, manager, {});
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields[0].path).toBe('body.comment');
    expect(
      (await call('POST', `/api/budgets/${budget.id}/send-back`, manager, { comment: 'Licenties onderbouwen' }))
        .statusCode,
    ).toBe(200);
    expect((await call('GET', `/api/budgets/${budget.id}`, advisor)).json().status).toBe('draft');

    // Back in draft the advisor edits again (with a justification), then resubmits.
    const override = await call('PUT', `/api/budgets/${budget.id}/lines/${line.id}/override`, advisor, {
      fields: { amountCents: 123_400 },
      justification: 'Offerte leverancier',
    });
    expect(override.statusCode).toBe(200);
    expect((await call('POST', `/api/budgets/${budget.id}/submit`, advisor)).statusCode).toBe(200);
    const adopted = await call('POST', `/api/budgets/${budget.id}/adopt`, manager, { comment: 'Akkoord' });
    expect(adopted.statusCode).toBe(200);
    expect((await call('GET', `/api/budgets/${budget.id}`, manager)).json().status).toBe('adopted');

    // Adopted: every write is refused with a clear message, and nothing changed.
    const before = (await call('GET', `/api/budgets/${budget.id}`, advisor)).json();
    for (const [method, url, payload] of [
      ['PATCH', `/api/budgets/${budget.id}`, { name: 'Nieuw', version: before.version }],
      [
        'PUT',
        `/api/budgets/${budget.id}/lines/${line.id}/override`,
        { fields: { amountCents: 1 }, justification: 'Poging' },
      ],
      ['DELETE', `/api/budgets/${budget.id}/lines/${line.id}/override`, undefined],
      ['DELETE', `/api/budgets/${budget.id}`, undefined],
    ] as const) {
      const response = await call(method, url, advisor, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(409);
      expect(response.json().error.message).toMatch(/vastgesteld/);
    }
    expect((await call('POST', `/api/budgets/${budget.id}/adopt`, manager)).statusCode).toBe(409);
    expect((await call('GET', `/api/budgets/${budget.id}`, advisor)).json()).toEqual(before);

    // Comments: manager and advisor discuss; the workflow steps left theirs.
    expect((await call('POST', `/api/budgets/${budget.id}/comments`, manager, { body: 'Mooi werk' })).statusCode).toBe(
      201,
    );
    expect((await call('POST', `/api/budgets/${budget.id}/comments`, admin, { body: 'x' })).statusCode).toBe(403);
    const comments = (await call('GET', `/api/budgets/${budget.id}/comments`, advisor)).json() as {
      kind: string;
      body: string;
      author: { role: string };
    }[];
    expect(comments.map((c) => [c.kind, c.body, c.author.role])).toEqual([
      ['submitted', 'Graag vaststellen', 'advisor'],
      ['sent-back', 'Licenties onderbouwen', 'manager'],
      ['adopted', 'Akkoord', 'manager'],
      ['comment', 'Mooi werk', 'manager'],
    ]);

    // New version: a draft copy that points back, comparable with the adopted one.
    expect((await call('POST', `/api/budgets/${budget.id}/new-version`, manager)).statusCode).toBe(403);
    const created = await call('POST', `/api/budgets/${budget.id}/new-version`, advisor);
    expect(created.statusCode).toBe(201);
    const copyId = created.json().id as string;
    const copy = (await call('GET', `/api/budgets/${copyId}`, advisor)).json();
    expect(copy.status).toBe('draft');
    expect(copy.name).toBe('Workflow 2027 (versie 2)');
    expect(
      copy.lines.find(
        (l: { catalogLineId: string }) =>
          l.catalogLineId === before.lines.find((b: { id: string }) => b.id === line.id).catalogLineId,
      ).effective.amountCents,
    ).toBe(123_400);
    const versions = (await call('GET', `/api/budgets/${copyId}/versions`, advisor)).json();
    expect(versions.versionOfBudgetId).toBe(budget.id);
    expect(versions.lineage.map((v: { id: string }) => v.id)).toEqual([budget.id, copyId]);
    expect(
      (await call('PATCH', `/api/budgets/${copyId}`, advisor, { name: 'Versie 2 bijgewerkt', version: copy.version }))
        .statusCode,
    ).toBe(200);
    const compare = await call('GET', `/api/budgets/compare?ids=${budget.id},${copyId}`, manager);
    expect(compare.statusCode).toBe(200);
    expect(compare.json().budgets).toHaveLength(2);
    // A new version of a draft makes no sense.
    expect((await call('POST', `/api/budgets/${copyId}/new-version`, advisor)).statusCode).toBe(409);
  });

  it('names versions 2, 3, …', () => {
    expect(nextVersionName('Begroting 2027')).toBe('Begroting 2027 (versie 2)');
    expect(nextVersionName('Begroting 2027 (versie 2)')).toBe('Begroting 2027 (versie 3)');
  });
});

describe('audit trail', () => {
  it('records who changed what with before/after and justification, per line, as JSON and CSV', async () => {
    const budget = await newBudget('Audit 2027');
    const line = budget.lines.find((l) => !l.custom)!;
    const other = budget.lines.filter((l) => !l.custom)[1]!;
    expect(
      (
        await call('PUT', `/api/budgets/${budget.id}/lines/${line.id}/override`, advisor, {
          fields: { amountCents: 700_000 },
          justification: '=HYPERLINK("x") offerte',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await call('PUT', `/api/budgets/${budget.id}/lines/${other.id}/override`, advisor, {
          fields: { amountCents: 5_000 },
          justification: 'Andere regel',
        })
      ).statusCode,
    ).toBe(200);
    expect((await call('DELETE', `/api/budgets/${budget.id}/lines/${line.id}/override`, advisor)).statusCode).toBe(200);
    expect(
      (
        await call('PATCH', `/api/budgets/${budget.id}`, advisor, {
          name: 'Audit 2027 herzien',
          version: await versionOf(budget.id),
        })
      ).statusCode,
    ).toBe(200);

    const all = await call('GET', `/api/budgets/${budget.id}/audit`, manager);
    expect(all.statusCode).toBe(200);
    const entries = all.json() as {
      action: string;
      entity: string;
      entityId: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
      justification: string | null;
      user: { displayName: string };
    }[];
    expect(entries.map((e) => `${e.entity}:${e.action}`)).toEqual([
      'budget:update',
      'budget_line:reset',
      'budget_line:override',
      'budget_line:override',
      'budget:create',
    ]);
    expect(entries[0]).toMatchObject({
      before: { name: 'Audit 2027' },
      after: { name: 'Audit 2027 herzien' },
      user: { displayName: 'Demo Informatieadviseur' },
    });
    const firstOverride = entries[3]!;
    expect(firstOverride.entityId).toBe(line.id);
    expect(firstOverride.before).toEqual({ overrides: {}, justification: null });
    expect(firstOverride.after).toEqual({
      overrides: { amountCents: 700_000 },
      justification: '=HYPERLINK("x") offerte',
    });
    expect(firstOverride.justification).toBe('=HYPERLINK("x") offerte');

    const perLine = (await call('GET', `/api/budgets/${budget.id}/audit?lineId=${line.id}`, advisor)).json() as {
      action: string;
    }[];
    expect(perLine.map((e) => e.action)).toEqual(['reset', 'override']);

    const csv = await call('GET', `/api/budgets/${budget.id}/audit.csv`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('Tijdstip;Gebruiker;Wat;Veld;Vóór;Na;Toelichting');
    // One row per changed field, in Dutch words and notation, local time; no JSON, no codes.
    expect(rows[1]!.split(';').slice(1)).toEqual([
      'Demo Informatieadviseur',
      'Begroting gewijzigd',
      'Naam',
      'Audit 2027',
      'Audit 2027 herzien',
      '',
    ]);
    expect(rows[1]).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2};/);
    expect(rows.some((row) => /;Regel aangepast;Bedrag \(aanpassing\);—;€ 7\.000;/.test(row))).toBe(true);
    expect(csv.body).not.toMatch(/amountCents|"\{|override;|T\d{2}:\d{2}:\d{2}/);
    // User text that looks like a formula is neutralised.
    expect(csv.body).toContain(`;"'=HYPERLINK(""x"") offerte"`);
  });

  it('a failed write leaves no audit entry (same transaction)', async () => {
    const budget = await newBudget('Rollback 2027');
    const before = (await call('GET', `/api/budgets/${budget.id}/audit`, advisor)).json().length;
    const stale = await call('PATCH', `/api/budgets/${budget.id}`, advisor, { name: 'x', version: budget.version + 5 });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `/api/budgets/${budget.id}/audit`, advisor)).json()).toHaveLength(before);
  });

  it('org unit changes by the administrator are recorded too', async () => {
    const created = await call('POST', '/api/org-units', admin, { name: 'Team audit' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await call('PATCH', `/api/org-units/${id}`, admin, { name: 'Team audit 2' })).statusCode).toBe(200);
    expect((await call('DELETE', `/api/org-units/${id}`, admin)).statusCode).toBe(204);
    const rows = await handle.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(rows.map((r) => [r.entity, r.action, r.before, r.after]).sort()).toEqual([
      ['org_unit', 'create', null, { name: 'Team audit' }],
      ['org_unit', 'delete', { name: 'Team audit 2' }, null],
      ['org_unit', 'update', { name: 'Team audit' }, { name: 'Team audit 2' }],
    ]);
    expect(rows.every((r) => r.userId !== null)).toBe(true);
  });

  it('unknown budget → 404', async () => {
    expect((await call('GET', '/api/budgets/00000000-0000-4000-8000-000000000000/audit', advisor)).statusCode).toBe(
      404,
    );
    expect((await call('GET', '/api/budgets/not-a-uuid/audit', advisor)).statusCode).toBe(400);
  });
});
