import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { catalogEditions, openDb } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { accessFor } from '../src/plugins/auth-policy.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';
import { documentedRoutes } from './helpers/routes.ts';

// Issue points 1, 6 and 7 (routing part): the access decision is taken on the matched route, so
// percent-encoded paths cannot skip it; NUL characters and broken multipart are 400, not 500; an
// unreachable database is 503 with Retry-After; router refusals keep the error shape and headers;
// HSTS only over https.

let handle: TestDbHandle;
let app: App;
let admin: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  admin = await signIn(app, 'admin');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const concrete = (pattern: string) =>
  pattern
    .replace(/:cbsCode/g, 'GM0310')
    .replace(/:editionId/g, 'current')
    .replace(/:\w+/g, UNKNOWN_ID);
/** Percent-encodes the first letter of every path segment: `/api/budgets` → `/%61pi/%62udgets`. */
const encodeSegments = (url: string, times: 1 | 2) =>
  url.replace(
    /\/([a-z])/g,
    (_m, letter: string) => `/${times === 2 ? '%25' : '%'}${letter.charCodeAt(0).toString(16)}`,
  );

const CSV = 'domein,ontwikkeling,omschrijving\r\nA,B,C\r\n';
const multipart = (boundary: string, extra = '') =>
  `--${boundary}\r\n${extra}Content-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n${CSV}\r\n--${boundary}--\r\n`;

describe('percent-encoded paths get the same access decision as plain ones', () => {
  it('refuses a signed-out catalog import through /%61pi/... and writes nothing', async () => {
    const [before] = await handle.db.select({ n: count() }).from(catalogEditions);
    const upload = await app.inject({
      method: 'POST',
      url: '/%61pi/catalog/imports',
      headers: { 'content-type': 'multipart/form-data; boundary=B' },
      payload: multipart('B'),
    });
    expect(upload.statusCode).toBe(401);
    expect(upload.json().error.code).toBe('UNAUTHENTICATED');
    const commit = await app.inject({
      method: 'POST',
      url: `/%61pi/catalog/imports/${UNKNOWN_ID}/commit`,
      payload: { mapping: {}, editionName: 'Stiekem' },
    });
    expect(commit.statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/%61pi/catalog/editions/current/editing' })).statusCode).toBe(401);
    const [after] = await handle.db.select({ n: count() }).from(catalogEditions);
    expect(after).toEqual(before);
  });

  it('on every documented route: encoded = plain (401 when not public), double-encoded never reaches a route; never 5xx', async () => {
    const failures: string[] = [];
    for (const { method, pattern } of documentedRoutes(app).filter((r) => r.pattern !== '/api/auth/sign-out')) {
      const url = concrete(pattern);
      const isPublic = accessFor(method, pattern).access === 'public';
      const payload = method === 'GET' ? undefined : {};
      for (const variant of [encodeSegments(url, 1), url.replace('/api/', '/%61%70%69/')]) {
        const response = await app.inject({ method, url: variant, payload });
        if (response.statusCode >= 500) failures.push(`${method} ${variant} → ${response.statusCode}`);
        if (!isPublic && response.statusCode !== 401)
          failures.push(`${method} ${variant} → ${response.statusCode}, expected 401`);
      }
      const double = await app.inject({ method, url: encodeSegments(url, 2), payload });
      if (double.statusCode !== 404)
        failures.push(`${method} ${encodeSegments(url, 2)} → ${double.statusCode}, expected 404`);
      // The CSRF check also applies on the matched route: a signed-in write without the token is refused.
      if (method !== 'GET' && !isPublic) {
        const noToken = await app.inject({
          method,
          url: encodeSegments(url, 1),
          headers: { cookie: admin.cookie },
          payload,
        });
        if (noToken.statusCode !== 403)
          failures.push(`${method} ${encodeSegments(url, 1)} without CSRF token → ${noToken.statusCode}, expected 403`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('NUL characters and broken multipart are 400 naming the field', () => {
  it('refuses a NUL in the query string, a path parameter and a JSON body', async () => {
    const query = await app.inject({ method: 'GET', url: '/api/municipalities?q=%00' });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.fields[0].path).toBe('querystring.q');
    const param = await app.inject({ method: 'GET', url: '/api/municipalities/GM%000310' });
    expect(param.statusCode).toBe(400);
    expect(param.json().error.fields[0].path).toBe('params.cbsCode');
    const advisor = await signIn(app, 'advisor');
    const body = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Begroting\u0000x', cbsCode: 'GM0310', firstYear: 2027 },
    });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.fields[0].path).toBe('body.name');
    const unit = await app.inject({
      method: 'POST',
      url: '/api/org-units',
      headers: admin,
      payload: { name: 'a\u0000' },
    });
    expect(unit.statusCode).toBe(400);
  });

  it('refuses a NUL in a multipart field value', async () => {
    const payload = multipart('B', 'Content-Disposition: form-data; name="sheet"\r\n\r\nBlad\u00001\r\n--B\r\n');
    const response = await app.inject({
      method: 'POST',
      url: '/api/catalog/imports',
      headers: { ...admin, 'content-type': 'multipart/form-data; boundary=B' },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe('body.sheet');
  });

  it('answers 400 for a multipart body without or with a wrong boundary', async () => {
    const advisor = await signIn(app, 'advisor');
    const budget = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Import', cbsCode: 'GM0310', firstYear: 2027 },
    });
    for (const [url, headers] of [
      ['/api/catalog/imports', admin],
      [`/api/budgets/${budget.json().id}/imports`, advisor],
    ] as const) {
      for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=other']) {
        const response = await app.inject({
          method: 'POST',
          url,
          headers: { ...headers, 'content-type': contentType },
          payload: multipart('B'),
        });
        expect(response.statusCode, `${url} ${contentType}`).toBe(400);
        expect(response.json().error.code).toBe('VALIDATION_ERROR');
      }
    }
  });
});

describe('router refusals and transport headers', () => {
  it('answers an over-long path parameter (414) in the error shape with the security headers', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/budgets/${'x'.repeat(200)}`, headers: admin });
    expect(response.statusCode).toBe(414);
    expect(response.json().error.code).toBe('VALIDATION_ERROR');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers oversized headers (431) in the error shape with the security headers', async () => {
    await app.listen({ port: 3101, host: '127.0.0.1' });
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: 3101, path: '/api/health', headers: { 'x-big': 'y'.repeat(20_000) } },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body).error.code).toBe('VALIDATION_ERROR');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends HSTS only over https (behind a trusted proxy), never over plain http', async () => {
    expect(
      (await app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
    ).toBeUndefined();
    expect(
      (await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } })).headers[
        'strict-transport-security'
      ],
    ).toBeUndefined();
    const proxied = await buildApp({ db: handle, trustProxy: true, demoPassword: null });
    await proxied.ready();
    try {
      const https = await proxied.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['strict-transport-security']).toContain('max-age=');
      expect(
        (await proxied.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
      ).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });
});

describe('database down', () => {
  it('answers 503 with Retry-After, /api/health included', async () => {
    // Nothing listens on port 1: every query fails with ECONNREFUSED, as when PostgreSQL is down.
    const down = await openDb({ databaseUrl: 'postgres://postgres@127.0.0.1:1/unreachable' });
    const downApp = await buildApp({ db: down, demoPassword: null });
    await downApp.ready();
    try {
      for (const [url, headers] of [
        ['/api/health', {}],
        ['/api/catalog/editions', {}],
        ['/api/municipalities?q=bilt', {}],
        ['/api/budgets', { cookie: admin.cookie }],
      ] as const) {
        const response = await downApp.inject({ method: 'GET', url, headers });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['retry-after'], url).toMatch(/^\d+$/);
        expect(response.json().error.code, url).toBe('UNAVAILABLE');
      }
    } finally {
      await downApp.close();
      await down.close();
    }
  });
});
