import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogEdition, Municipality, ReferenceData } from '@app/schemas';
import { createTestApp, type TestContext } from './helpers.ts';
import { signIn } from './helpers/auth.ts';

let t: TestContext;
const webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>ICT-begrotingsplanner</title>');
// A built asset with its precompressed copy, as scripts/compress-web.mjs writes them.
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'console.log("plain");'.repeat(100));
writeFileSync(join(webDist, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("plain");'.repeat(100)));

beforeAll(async () => {
  t = await createTestApp({ webDist });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('system', () => {
  it('reports health and the database kind', async () => {
    const response = await get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: t.handle.kind });
  });

  it('publishes an OpenAPI document with the contract paths, generated from the zod schemas', async () => {
    const response = await get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/health',
      '/api/calculations',
      '/api/budgets/{id}',
      '/api/budgets/{id}/lines/{budgetLineId}/override',
      '/api/budgets/compare',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const body = doc.paths['/api/calculations'].post.requestBody.content['application/json'].schema;
    expect(body.required).toContain('firstYear');
    expect((await get('/api/docs')).statusCode).toBeLessThan(400);
  });

  it('answers unknown API routes with a JSON 404 in the error shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nope', headers: await signIn(t.app, 'advisor') });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Onbekende route: GET /api/nope' } });
  });

  it('serves the web app and falls back to index.html for deep links', async () => {
    const deepLink = await get('/begrotingen/123/regels');
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.headers['content-type']).toContain('text/html');
    expect(deepLink.body).toContain('ICT-begrotingsplanner');
    expect((await get('/')).body).toContain('ICT-begrotingsplanner');
  });

  it('serves hashed assets precompressed and cached for a year, the page revalidated, a missing file as 404', async () => {
    const asset = await t.app.inject({
      method: 'GET',
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(asset.rawPayload).toString()).toContain('console.log("plain")');
    const page = await get('/begrotingen');
    expect(page.headers['cache-control']).toBe('no-cache');
    const favicon = await get('/favicon.ico');
    expect(favicon.statusCode).toBe(404);
    expect(favicon.headers['content-type']).not.toContain('text/html');
  });

  it('compresses API JSON for browsers that accept it', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/catalog/editions/current',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString()).domains.length).toBeGreaterThan(0);
  });

  it('answers an unknown API path with the JSON 404, also when it is percent-encoded', async () => {
    for (const url of ['/api/bestaat-niet', '/%61pi/bestaat-niet', '/%61%70%69/x?y=1', '/api']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
    }
  });
});

describe('catalog', () => {
  it('lists the seeded edition with the model profile', async () => {
    const editions = (await get('/api/catalog/editions')).json() as CatalogEdition[];
    expect(editions).toHaveLength(1);
    expect(editions[0]).toMatchObject({
      status: 'published',
      modelProfile: { inhabitants: 100_000, employees: 1_000, departments: 40 },
    });
  });

  it('serves the current edition: 6 domains, 40 developments, verbatim published lines', async () => {
    const response = await get('/api/catalog/editions/current');
    expect(response.statusCode).toBe(200);
    const catalog = response.json() as Catalog;
    expect(catalog.domains).toHaveLength(6);
    const developments = catalog.domains.flatMap((domain) => domain.developments);
    expect(developments).toHaveLength(40);
    const lines = developments.flatMap((development) => development.lines);
    const dashboard = lines.find((line) => line.description.startsWith('Dashboard ontwikkelen'));
    expect(dashboard).toMatchObject({
      provenance: 'published',
      kind: 'incidental',
      costBasis: 'amount',
      amountCents: 500_000,
      driver: 'fixed',
    });
    // Same edition by id.
    const byId = (await get(`/api/catalog/editions/${catalog.edition.id}`)).json() as Catalog;
    expect(byId.domains.flatMap((d) => d.developments)).toHaveLength(40);
  });

  it('filters by provenance, kind, cost pool, domain, text and hides examples', async () => {
    const published = (await get('/api/catalog/editions/current?provenance=published')).json() as Catalog;
    const publishedLines = published.domains.flatMap((d) => d.developments.flatMap((dev) => dev.lines));
    expect(publishedLines.map((line) => line.provenance)).toEqual(['published', 'published', 'published']);

    const training = (await get('/api/catalog/editions/current?costPool=training&kind=incidental')).json() as Catalog;
    const trainingLines = training.domains.flatMap((d) => d.developments.flatMap((dev) => dev.lines));
    expect(trainingLines.length).toBeGreaterThan(0);
    expect(trainingLines.every((line) => line.costPool === 'training' && line.kind === 'incidental')).toBe(true);

    const noExamples = (await get('/api/catalog/editions/current?includeExamples=false')).json() as Catalog;
    const remaining = noExamples.domains.flatMap((d) => d.developments.flatMap((dev) => dev.lines));
    expect(remaining.length).toBe(7);
    expect(remaining.some((line) => line.provenance === 'example')).toBe(false);

    const fysiek = (await get('/api/catalog/editions/current?domain=fysiek-domein')).json() as Catalog;
    expect(fysiek.domains.map((d) => d.key)).toEqual(['fysiek-domein']);

    const search = (await get('/api/catalog/editions/current?q=klantreizen')).json() as Catalog;
    const found = search.domains.flatMap((d) =>
      d.developments.flatMap((dev) => dev.lines.map((line) => line.description)),
    );
    expect(found).toContain('Opleiding in VNG methodiek klantreizen');
  });

  it('rejects bad filters with 400 naming the parameter, unknown editions with 404', async () => {
    const bad = await get('/api/catalog/editions/current?kind=monthly');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('querystring.kind');
    expect((await get('/api/catalog/editions/current?includeExamples=misschien')).statusCode).toBe(400);
    expect((await get('/api/catalog/editions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/catalog/editions/not-an-id')).statusCode).toBe(404);
    expect((await get(`/api/catalog/editions/current?q=${'x'.repeat(5000)}`)).statusCode).toBe(400);
  });
});

describe('municipalities', () => {
  it("finds De Bilt by 'bilt' with suggested staff and departments", async () => {
    const response = await get('/api/municipalities?q=bilt');
    expect(response.statusCode).toBe(200);
    const [first] = response.json() as Municipality[];
    // 43.673 inhabitants, class 20.000–50.000 at 7,0 fte per 1.000: round(305,71) = 306; departments round(306 / 25) = 12.
    expect(first).toMatchObject({
      cbsCode: 'GM0310',
      name: 'De Bilt',
      province: 'Utrecht',
      inhabitants: 43_673,
      suggestedEmployees: 306,
      suggestedDepartments: 12,
    });
    // The suggestion names its source, size class and year, so the user sees where it comes from.
    expect(first?.staffSuggestion).toMatchObject({
      basis: 'staff-ratio',
      sizeClass: 'Gemeenten 20.000–50.000 inwoners',
      ftePer1000: 7,
      year: 2026,
      estimate: false,
      source: expect.stringContaining('BBV-indicator'),
      employeesPerDepartment: 25,
    });
  });

  it('suggests staff by size class: Amsterdam (G4) and Schiermonnikoog (< 20.000, an estimate)', async () => {
    const [amsterdam] = (await get('/api/municipalities?q=GM0363')).json() as Municipality[];
    // 942.504 × 15 / 1.000 = 14.137,56 → 14.138 (not the model's 9.425)
    expect(amsterdam).toMatchObject({
      suggestedEmployees: 14_138,
      suggestedDepartments: 566,
      staffSuggestion: { sizeClass: 'G4 (350.000+ inwoners)', year: 2008, estimate: true },
    });
    const island = (await get('/api/municipalities/GM0088')).json() as Municipality;
    expect(island).toMatchObject({
      name: 'Schiermonnikoog',
      suggestedEmployees: 7,
      suggestedDepartments: 1,
      staffSuggestion: { estimate: true },
    });
  });

  it('finds by CBS code, limits, and looks up one municipality', async () => {
    expect(((await get('/api/municipalities?q=GM0310')).json() as Municipality[])[0]?.name).toBe('De Bilt');
    expect((await get('/api/municipalities?limit=5')).json()).toHaveLength(5);
    expect((await get('/api/municipalities?q=%25')).json()).toEqual([]);
    expect((await get('/api/municipalities/gm0310')).json()).toMatchObject({ cbsCode: 'GM0310' });
    expect((await get('/api/municipalities/GM9999')).statusCode).toBe(404);
    const bad = await get('/api/municipalities/Utrecht');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('params.cbsCode');
    expect((await get('/api/municipalities?limit=0')).json().error.fields[0].path).toBe('querystring.limit');
  });

  it('ignores accents, case, hyphens and apostrophes and knows common names', async () => {
    const names = async (q: string) =>
      ((await get(`/api/municipalities?q=${encodeURIComponent(q)}`)).json() as Municipality[]).map((m) => m.name);
    for (const q of ['sudwest', 'fryslan', 'SÚDWEST FRYSLÂN', 'sudwest-fryslan', 'Zuidwest-Friesland'])
      expect(await names(q)).toContain('Súdwest-Fryslân');
    expect((await names('Den Haag'))[0]).toBe("'s-Gravenhage");
    expect((await names('den-haag'))[0]).toBe("'s-Gravenhage");
    expect((await names('s gravenhage'))[0]).toBe("'s-Gravenhage");
    expect((await names('Den Bosch'))[0]).toBe("'s-Hertogenbosch");
    expect((await names('hertogenbosch'))[0]).toBe("'s-Hertogenbosch");
    expect((await names('Skiermûntseach'))[0]).toBe('Schiermonnikoog');
    expect((await names('Tietjerksteradeel'))[0]).toBe('Tytsjerksteradiel');
    // An exact name ranks before names that merely contain it.
    expect((await names('utrecht'))[0]).toBe('Utrecht');
    expect(await names('xyzzy')).toEqual([]);
  });
});

describe('reference data', () => {
  it('serves salary tables, rate cards, benchmarks and default assumptions with sources', async () => {
    const response = await get('/api/reference-data');
    expect(response.statusCode).toBe(200);
    const data = response.json() as ReferenceData;
    expect(data.salaryTables.length).toBeGreaterThan(0);
    expect(data.salaryTables[0]).toHaveProperty('estimate');
    expect(data.rateCards.length).toBeGreaterThan(0);
    expect(data.benchmarks.some((b) => b.unit === 'per-inhabitant' && b.valueCents === 10_900 && b.year === 2023)).toBe(
      true,
    );
    expect(data.defaultAssumptions.employerCostPct).toBe(55.9);
    expect(data.defaultAssumptions.salaryTable.id).toBe('cao-gemeenten-2027-01');
    expect(Object.keys(data.assumptionSources)).toContain('employerCostPct');
    // The derived employer-cost percentage comes with its sourced parts (IKB, ABP pension, social charges).
    expect(
      data.assumptionSources.employerCostPct?.parts?.map((p) => ({
        key: p.key,
        pct: p.pct,
        hasUrl: Boolean(p.sourceUrl),
      })),
    ).toEqual([
      { key: 'ikb', pct: 17.05, hasUrl: true },
      { key: 'pension', pct: 19.41, hasUrl: true },
      { key: 'social', pct: 19.44, hasUrl: true },
    ]);
    // Sources without parts carry none.
    expect(data.assumptionSources.interestRatePct?.parts).toBeUndefined();
  });
});
