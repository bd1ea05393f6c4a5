import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, catalogEditions, catalogLines, developments, domains, type Db } from '@app/db';
import type { BudgetDetail, CatalogEdition, EditableDevelopment, EditableEdition, EditableLine } from '@app/schemas';
import { createTestApp, MODEL_PROFILE, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let t: TestContext;
let admin: AuthHeaders;
let published: CatalogEdition;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'admin');
  published = (await t.app.inject({ method: 'GET', url: '/api/catalog/editions/current' })).json()
    .edition as CatalogEdition;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, payload?: unknown, headers: Record<string, string> = admin) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function catalogCounts(db: Db) {
  const n = async (
    table: typeof catalogEditions | typeof domains | typeof developments | typeof catalogLines | typeof auditEntries,
  ) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    editions: await n(catalogEditions),
    domains: await n(domains),
    developments: await n(developments),
    lines: await n(catalogLines),
    audit: await n(auditEntries),
  };
}
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const KEY = 'van-buiten-naar-binnen/coordinator-klantreizen';

describe('catalog editing', () => {
  let draft: CatalogEdition;
  let tree: EditableEdition;

  it('copies a published edition into a draft; advisors and managers are refused, signed out is 401', async () => {
    for (const role of ['advisor', 'manager'] as const) {
      const headers = await signIn(t.app, role);
      const before = await catalogCounts(t.handle.db);
      expect(
        (await call('POST', `/api/catalog/editions/${published.id}/drafts`, { name: 'Stiekem' }, headers)).statusCode,
      ).toBe(403);
      expect((await call('GET', `/api/catalog/editions/${published.id}/editing`, undefined, headers)).statusCode).toBe(
        403,
      );
      expect(await catalogCounts(t.handle.db)).toEqual(before);
    }
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/catalog/editions/${published.id}/drafts`,
          payload: { name: 'Anoniem' },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/catalog/editions/${published.id}/editing` })).statusCode,
    ).toBe(401);

    const before = await catalogCounts(t.handle.db);
    const created = await call('POST', `/api/catalog/editions/${published.id}/drafts`, {
      name: 'Modelgemeente 2027 (concept)',
    });
    expect(created.statusCode, created.body).toBe(201);
    draft = created.json() as CatalogEdition;
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, modelProfile: published.modelProfile });
    const after = await catalogCounts(t.handle.db);
    // A full copy: every domain, development and line once more, plus one audit entry.
    expect(after.editions).toBe(before.editions! + 1);
    expect(after.domains).toBe(before.domains! * 2);
    expect(after.developments).toBe(before.developments! * 2);
    expect(after.lines).toBe(before.lines! * 2);
    expect(after.audit).toBe(before.audit! + 1);

    // A draft is the administrator's work in progress: invisible to everyone else, signed out or in.
    const advisor = await signIn(t.app, 'advisor');
    for (const headers of [{}, advisor]) {
      const listed = (await call('GET', '/api/catalog/editions', undefined, headers)).json() as CatalogEdition[];
      expect(listed.map((e) => e.id)).not.toContain(draft.id);
      expect((await call('GET', `/api/catalog/editions/${draft.id}`, undefined, headers)).statusCode).toBe(404);
    }
    expect(((await call('GET', '/api/catalog/editions')).json() as CatalogEdition[]).map((e) => e.id)).toContain(
      draft.id,
    );
    expect((await call('GET', `/api/catalog/editions/${draft.id}`)).statusCode).toBe(200);

    tree = (await call('GET', `/api/catalog/editions/${draft.id}/editing`)).json() as EditableEdition;
    const original = (await call('GET', `/api/catalog/editions/${published.id}/editing`)).json() as EditableEdition;
    const strip = (edition: EditableEdition) =>
      edition.developments.map((d) => ({
        key: d.key,
        title: d.title,
        lines: d.lines.map(({ id: _id, developmentId: _dev, ...line }) => line),
      }));
    expect(strip(tree)).toEqual(strip(original));
  });

  it('refuses bad input with 4xx naming the field and leaves the catalog unchanged', async () => {
    const line = tree.developments.flatMap((d) => d.lines).find((candidate) => candidate.key === KEY)!;
    const development = tree.developments.find((d) => d.id === line.developmentId)!;
    const newLine = {
      developmentId: development.id,
      description: 'Nieuwe regel',
      kind: 'structural',
      costBasis: 'amount',
      costPool: 'services',
      amountCents: 100_000,
      driver: 'fixed',
      yearOffset: 0,
      durationYears: 1,
    };
    const base = `/api/catalog/editions/${draft.id}`;
    const refused: [Method, string, unknown, number, string | null][] = [
      ['POST', `/api/catalog/editions/${published.id}/drafts`, { name: 'ab' }, 400, 'body.name'],
      [
        'POST',
        `/api/catalog/editions/${published.id}/drafts`,
        { name: 'Modelgemeente 2027 (concept)' },
        409,
        'body.name',
      ],
      ['POST', `/api/catalog/editions/${draft.id}/drafts`, { name: 'Kopie van een concept' }, 409, null],
      ['POST', `/api/catalog/editions/${UNKNOWN}/drafts`, { name: 'Onbekend' }, 404, null],
      ['POST', '/api/catalog/editions/abc/drafts', { name: 'Onbekend' }, 400, 'params.editionId'],
      ['POST', `${base}/developments`, { domainKey: 'bestaat-niet', title: 'X' }, 400, 'body.domainKey'],
      ['POST', `${base}/developments`, { domainKey: tree.domains[0]!.key, title: '' }, 400, 'body.title'],
      [
        'POST',
        `${base}/developments`,
        { domainKey: tree.domains[0]!.key, title: 'X', sourceUrl: 'ftp://x' },
        400,
        'body.sourceUrl',
      ],
      ['PATCH', `${base}/developments/${UNKNOWN}`, { title: 'X' }, 404, null],
      ['POST', `${base}/lines`, { ...newLine, developmentId: UNKNOWN }, 400, 'body.developmentId'],
      ['POST', `${base}/lines`, { ...newLine, description: '' }, 400, 'body.description'],
      ['POST', `${base}/lines`, { ...newLine, kind: 'eenmalig' }, 400, 'body.kind'],
      ['POST', `${base}/lines`, { ...newLine, amountCents: -1 }, 400, 'body.amountCents'],
      ['POST', `${base}/lines`, { ...newLine, amountCents: null }, 400, 'body.amountCents'],
      [
        'POST',
        `${base}/lines`,
        { ...newLine, costBasis: 'staff', amountCents: null, hoursPerWeek: 18, salaryScale: '99' },
        400,
        'body.salaryScale',
      ],
      [
        'POST',
        `${base}/lines`,
        { ...newLine, costBasis: 'staff', amountCents: null, salaryScale: '10' },
        400,
        'body.hoursPerWeek',
      ],
      [
        'POST',
        `${base}/lines`,
        { ...newLine, costBasis: 'hire', amountCents: null, hours: 100, hireRole: 'clown' },
        400,
        'body.hireRole',
      ],
      ['POST', `${base}/lines`, { ...newLine, provenance: 'published' }, 400, 'body'],
      ['PATCH', `${base}/lines/${line.id}`, { provenance: 'published' }, 400, 'body.provenance'],
      ['PATCH', `${base}/lines/${line.id}`, { hoursPerWeek: null }, 400, 'body.hoursPerWeek'],
      ['PATCH', `${base}/lines/${line.id}`, { yearOffset: 12 }, 400, 'body.yearOffset'],
      ['PATCH', `${base}/lines/${line.id}`, {}, 400, 'body'],
      ['PATCH', `${base}/lines/${UNKNOWN}`, { notes: 'x' }, 404, null],
      ['POST', `${base}/lines/${UNKNOWN}/retire`, undefined, 404, null],
    ];
    for (const [method, url, payload, status, path] of refused) {
      const before = await catalogCounts(t.handle.db);
      const response = await call(method, url, payload);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${response.body}`).toBe(status);
      if (path)
        expect(
          response.json().error.fields.map((field: { path: string }) => field.path),
          response.body,
        ).toContain(path);
      expect(await catalogCounts(t.handle.db)).toEqual(before);
    }
    const [unchanged] = await t.handle.db.select().from(catalogLines).where(eq(catalogLines.id, line.id));
    expect(unchanged).toMatchObject({ hoursPerWeek: 16, salaryScale: '10', provenance: 'published', yearOffset: 0 });
  });

  it('edits, adds and retires in the draft, publishes it; budgets keep their edition and published editions are read-only', async () => {
    const advisor = await signIn(t.app, 'advisor');
    const oldBudget = (
      await call(
        'POST',
        '/api/budgets',
        { name: 'Op de oude editie', profile: { name: 'Model', ...MODEL_PROFILE }, firstYear: 2027 },
        advisor,
      )
    ).json() as BudgetDetail;
    expect(oldBudget.edition.id).toBe(published.id);

    const base = `/api/catalog/editions/${draft.id}`;
    const line = tree.developments.flatMap((d) => d.lines).find((candidate) => candidate.key === KEY)!;
    // Kept provenance: a note is not a change of the figure.
    const noted = await call('PATCH', `${base}/lines/${line.id}`, { notes: 'Bron gecontroleerd' });
    expect(noted.json()).toMatchObject({ notes: 'Bron gecontroleerd', provenance: 'published' });
    const edited = await call('PATCH', `${base}/lines/${line.id}`, {
      hoursPerWeek: 18,
      provenance: 'custom',
      basis: 'aanname: 0,5 fte schaal 10',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json() as EditableLine).toMatchObject({
      id: line.id,
      hoursPerWeek: 18,
      salaryScale: '10',
      provenance: 'custom',
      basis: 'aanname: 0,5 fte schaal 10',
      retired: false,
    });

    const development = await call('POST', `${base}/developments`, {
      domainKey: tree.domains[0]!.key,
      title: 'Eigen ontwikkeling',
      summary: 'Toegevoegd door de beheerder',
      tags: ['Eigen'],
    });
    expect(development.statusCode, development.body).toBe(201);
    const dev = development.json() as EditableDevelopment;
    expect(dev).toMatchObject({ key: 'eigen-ontwikkeling', title: 'Eigen ontwikkeling', lines: [], retired: false });
    const added = await call('POST', `${base}/lines`, {
      developmentId: dev.id,
      description: 'Licenties samenwerkingsplatform',
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      units: 1_000,
      unitPriceCents: 400,
      unitPricePeriod: 'month',
      driver: 'employees',
      yearOffset: 0,
      durationYears: 1,
      basis: 'aanname: 1.000 licenties × € 4/maand',
      sourceUrl: 'https://example.org/prijslijst',
    });
    expect(added.statusCode, added.body).toBe(201);
    const addedLine = added.json() as EditableLine;
    expect(addedLine).toMatchObject({
      key: 'eigen-ontwikkeling/licenties-samenwerkingsplatform',
      provenance: 'custom',
      taakveld: '0.4',
    });
    const renamed = await call('PATCH', `${base}/developments/${dev.id}`, { title: 'Samenwerkingsplatform' });
    expect(renamed.json()).toMatchObject({ title: 'Samenwerkingsplatform', lines: [{ id: addedLine.id }] });

    const toRetire = tree.developments.find((d) => d.lines.length > 1 && d.id !== line.developmentId)!;
    const retiredDev = await call('POST', `${base}/developments/${toRetire.id}/retire`);
    expect(retiredDev.json()).toMatchObject({ id: toRetire.id, retired: true });
    expect((retiredDev.json() as EditableDevelopment).lines.every((l) => l.retired)).toBe(true);
    const otherLine = tree.developments.find(
      (d) => d.id !== toRetire.id && d.id !== line.developmentId && d.lines.length > 0,
    )!.lines[0]!;
    expect((await call('POST', `${base}/lines/${otherLine.id}/retire`)).json()).toMatchObject({
      id: otherLine.id,
      retired: true,
    });

    // The published original is untouched by all of this.
    const [original] = await t.handle.db
      .select()
      .from(catalogLines)
      .where(and(eq(catalogLines.key, KEY), eq(catalogLines.editionId, published.id)));
    expect(original).toMatchObject({
      hoursPerWeek: 16,
      provenance: 'published',
      notes: expect.not.stringContaining('gecontroleerd'),
    });

    const publishedDraft = await call('POST', `${base}/publish`);
    expect(publishedDraft.statusCode, publishedDraft.body).toBe(200);
    expect(publishedDraft.json()).toMatchObject({ id: draft.id, status: 'published' });
    const publishTrail = await t.handle.db
      .select({ action: auditEntries.action, userId: auditEntries.userId })
      .from(auditEntries)
      .where(eq(auditEntries.entityId, draft.id));
    expect(publishTrail.map((entry) => entry.action)).toEqual(['create', 'publish']);
    expect(publishTrail.every((entry) => entry.userId !== null)).toBe(true);

    // Read-only from now on: every kind of write is a 409 with a clear message, nothing changes.
    const before = await catalogCounts(t.handle.db);
    for (const [method, url, payload] of [
      ['PATCH', `${base}/lines/${line.id}`, { hoursPerWeek: 20 }],
      ['POST', `${base}/lines/${line.id}/retire`, undefined],
      [
        'POST',
        `${base}/lines`,
        {
          developmentId: dev.id,
          description: 'Te laat',
          kind: 'structural',
          costBasis: 'amount',
          costPool: 'services',
          amountCents: 1,
          driver: 'fixed',
          yearOffset: 0,
          durationYears: 1,
        },
      ],
      ['POST', `${base}/developments`, { domainKey: tree.domains[0]!.key, title: 'Te laat' }],
      ['PATCH', `${base}/developments/${dev.id}`, { title: 'Te laat' }],
      ['POST', `${base}/developments/${dev.id}/retire`, undefined],
      ['PATCH', `/api/catalog/editions/${published.id}/lines/${original!.id}`, { hoursPerWeek: 20 }],
    ] as [Method, string, unknown][]) {
      const response = await call(method, url, payload);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBe(409);
      expect(response.json().error.message).toMatch(/is gepubliceerd en kan niet meer worden gewijzigd/);
    }
    expect(await catalogCounts(t.handle.db)).toEqual(before);

    // New budgets use the newest published edition; the old budget keeps the edition it pinned.
    const newBudget = (
      await call(
        'POST',
        '/api/budgets',
        { name: 'Op de nieuwe editie', profile: { name: 'Model', ...MODEL_PROFILE }, firstYear: 2027 },
        advisor,
      )
    ).json() as BudgetDetail;
    expect(newBudget.edition.id).toBe(draft.id);
    expect(newBudget.lines.find((l) => l.catalogLineId === line.id)?.effective).toMatchObject({
      hoursPerWeek: 18,
      provenance: 'custom',
    });
    expect(newBudget.lines.some((l) => l.catalogLineId === addedLine.id)).toBe(true);
    expect(newBudget.lines.some((l) => l.catalogLineId === otherLine.id)).toBe(false);
    expect(newBudget.lines.some((l) => toRetire.lines.some((r) => r.id === l.catalogLineId))).toBe(false);
    const reread = (await call('GET', `/api/budgets/${oldBudget.id}`, undefined, advisor)).json() as BudgetDetail;
    expect(reread.edition.id).toBe(published.id);
    expect(reread.lines.find((l) => l.model?.description === line.description)?.effective.hoursPerWeek).toBe(16);

    // Withdrawing the new edition makes the original current again; budgets on it keep working.
    const advisorRetire = await call('POST', `${base}/retire`, undefined, advisor);
    expect(advisorRetire.statusCode).toBe(403);
    const retired = await call('POST', `${base}/retire`);
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ id: draft.id, status: 'retired' });
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/editions/current' })).json().edition.id).toBe(
      published.id,
    );
    expect((await call('GET', `/api/budgets/${newBudget.id}/calculation`, undefined, advisor)).statusCode).toBe(200);
    const countsBefore = await catalogCounts(t.handle.db);
    const again = await call('POST', `${base}/retire`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/al ingetrokken/);
    const last = await call('POST', `/api/catalog/editions/${published.id}/retire`);
    expect(last.statusCode).toBe(409);
    expect(last.json().error.message).toMatch(/enige gepubliceerde editie/);
    expect(await catalogCounts(t.handle.db)).toEqual(countsBefore);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/editions/current' })).json().edition.id).toBe(
      published.id,
    );

    const trail = await t.handle.db
      .select({ entity: auditEntries.entity, action: auditEntries.action })
      .from(auditEntries)
      .where(eq(auditEntries.entityId, line.id));
    expect(trail).toEqual([
      { entity: 'catalog_line', action: 'update' },
      { entity: 'catalog_line', action: 'update' },
    ]);
  });
});
