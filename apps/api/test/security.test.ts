import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordNotFoundError } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { ALL_ROLES, POLICY, accessFor, roleAllowed } from '../src/plugins/auth-policy.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';
import { documentedRoutes, type Method } from './helpers/routes.ts';

let handle: TestDbHandle;
let app: App;
const headersFor: Record<string, AuthHeaders> = {};

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  // A route that fails unexpectedly, to prove 5xx answers are generic (registered before ready).
  app.get('/api/__test__/boom', { schema: { hide: true } }, async () => {
    throw new Error('secret internal detail at /srv/app.ts:42');
  });
  app.get('/api/__test__/missing', { schema: { hide: true } }, async () => {
    throw new RecordNotFoundError('municipality', 'GM9999');
  });
  await app.ready();
  for (const role of ALL_ROLES) headersFor[role] = await signIn(app, role);
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

describe('access policy', () => {
  it('documents every route and names each in an explicit rule (no route falls through to the defaults)', () => {
    const routes = documentedRoutes(app);
    expect(routes.length).toBeGreaterThan(30);
    const defaults = POLICY.filter((rule) => rule.why.startsWith('default'));
    const fallingThrough = routes.filter(({ method, pattern }) =>
      defaults.includes(accessFor(method, pattern) as (typeof defaults)[number]),
    );
    expect(fallingThrough).toEqual([]);
  });

  it('answers 401 without a session and 403 for a role without the right, on every route', async () => {
    const failures: string[] = [];
    // Sign-out would end the shared sessions mid-loop; auth.test.ts covers it.
    for (const { method, pattern } of documentedRoutes(app).filter((r) => r.pattern !== '/api/auth/sign-out')) {
      const url = concrete(pattern);
      const rule = accessFor(method, pattern);
      const anonymous = await app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      if (rule.access === 'public') {
        if (anonymous.statusCode === 401 || anonymous.statusCode === 403)
          failures.push(`${method} ${pattern} anonymous → ${anonymous.statusCode}, expected public`);
      } else if (anonymous.statusCode !== 401 || anonymous.json().error.code !== 'UNAUTHENTICATED') {
        failures.push(`${method} ${pattern} anonymous → ${anonymous.statusCode}, expected 401`);
      }
      for (const role of ALL_ROLES) {
        const response = await app.inject({
          method,
          url,
          headers: headersFor[role],
          payload: method === 'GET' ? undefined : {},
        });
        const allowed = roleAllowed(rule.access, role, role === 'admin'); // the demo admin is the platform administrator
        if (allowed && (response.statusCode === 401 || response.statusCode === 403))
          failures.push(`${method} ${pattern} as ${role} → ${response.statusCode}, expected allowed`);
        if (!allowed && response.statusCode !== 403)
          failures.push(`${method} ${pattern} as ${role} → ${response.statusCode}, expected 403`);
        if (response.statusCode >= 500) failures.push(`${method} ${pattern} as ${role} → ${response.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('matches the roles matrix of docs/security.md', () => {
    const can = (method: Method, pattern: string) =>
      ALL_ROLES.filter((role) => roleAllowed(accessFor(method, pattern).access, role, role === 'admin'));
    expect(can('POST', '/api/budgets')).toEqual(['advisor']);
    expect(can('PATCH', '/api/budgets/:id')).toEqual(['advisor']);
    expect(can('PUT', '/api/budgets/:id/lines/:budgetLineId/override')).toEqual(['advisor']);
    expect(can('GET', '/api/budgets/:id')).toEqual(['advisor', 'manager', 'admin']);
    expect(can('POST', '/api/budgets/:id/submit')).toEqual(['advisor']);
    expect(can('POST', '/api/budgets/:id/adopt')).toEqual(['manager']);
    expect(can('POST', '/api/budgets/:id/send-back')).toEqual(['manager']);
    expect(can('POST', '/api/budgets/:id/comments')).toEqual(['advisor', 'manager']);
    expect(can('POST', '/api/org-units')).toEqual(['admin']);
    expect(can('GET', '/api/users')).toEqual(['admin']);
    expect(accessFor('POST', '/api/calculations').access).toBe('public');
    expect(accessFor('GET', '/api/catalog/editions/:editionId').access).toBe('public');
    expect(can('POST', '/api/something-new')).toEqual([]);
  });
});

describe('public integration points', () => {
  it('work without a session (and without a CSRF token): calculation, catalog, municipalities, reference data', async () => {
    const calculation = await app.inject({
      method: 'POST',
      url: '/api/calculations',
      payload: { cbsCode: 'GM0310', firstYear: 2027 },
    });
    expect(calculation.statusCode).toBe(200);
    expect(calculation.json().result).toBeTruthy();
    for (const url of [
      '/api/catalog/editions',
      '/api/catalog/editions/current',
      '/api/municipalities?q=bilt',
      '/api/municipalities/GM0310',
      '/api/reference-data',
      '/api/health',
      '/api/openapi.json',
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});

describe('hardening', () => {
  it('sends a strict CSP and the other security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses JSON bodies over the limit with a 413 in the error shape', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024), firstYear: 2027 });
    const response = await app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: { ...headersFor.advisor, 'content-type': 'application/json' },
      payload: huge,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('VALIDATION_ERROR');
  });

  it("answers the data layer's missing record with a 404 in Dutch, not a 500", async () => {
    const response = await app.inject({ method: 'GET', url: '/api/__test__/missing', headers: headersFor.advisor });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({ code: 'NOT_FOUND', message: 'Gemeente niet gevonden.' });
  });

  it('answers unexpected failures with a generic 500: no message, no stack', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/__test__/boom', headers: headersFor.advisor });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('app.ts');
    expect(response.body).not.toMatch(/\bat \w/);
  });
});
