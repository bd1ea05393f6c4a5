import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { loadEnv } from '../src/env.ts';

// Metrics are opt-in (METRICS_TOKEN) and never public; the process-level checks (labels, pool,
// engine time, no tenant data) are in server-process.test.ts against the production bundle.

let handle: TestDbHandle;
let plain: App;
let measured: App;
const token = 'a-long-enough-metrics-token-for-tests';

beforeAll(async () => {
  handle = await openTestDb();
  // No sign-in here: neither app needs the demo users (ensuring them hashes passwords at ready).
  plain = await buildApp({ db: handle, demoPassword: null });
  measured = await buildApp({ db: handle, metricsToken: token, demoPassword: null });
  await plain.ready();
  await measured.ready();
});
afterAll(async () => {
  await plain.close();
  await measured.close();
  await handle.close();
});

describe('metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const response = await plain.inject({ method: 'GET', url: '/api/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('asks for the bearer token, and is not in the public API description', async () => {
    const refused = await measured.inject({
      method: 'GET',
      url: '/api/metrics',
      headers: { authorization: `Bearer ${token}x` },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toContain('Bearer');
    expect(refused.body).not.toContain(token);
    const scrape = await measured.inject({
      method: 'GET',
      url: '/api/metrics',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(scrape.statusCode).toBe(200);
    expect(scrape.body).toContain('# TYPE http_request_duration_seconds histogram');
    expect(JSON.stringify(measured.swagger())).not.toContain('/api/metrics');
  });

  it('counts route patterns, never the ids in a URL', async () => {
    const id = '00000000-0000-4000-8000-00000000abcd';
    await measured.inject({ method: 'GET', url: `/api/municipalities/GM0310` });
    await measured.inject({ method: 'GET', url: `/api/catalog/editions/${id}` });
    const body = (
      await measured.inject({ method: 'GET', url: '/api/metrics', headers: { authorization: `Bearer ${token}` } })
    ).body;
    expect(body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/municipalities\/:cbsCode",status_code="200"\} 1/,
    );
    expect(body).not.toContain('GM0310');
    expect(body).not.toContain(id);
    // The scrape itself is not counted as traffic.
    expect(body).not.toContain('route="/api/metrics"');
  });

  it('refuses a short or non-ASCII token at start-up', () => {
    expect(() => loadEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadEnv({ METRICS_TOKEN: 'é'.repeat(30) })).toThrow(/METRICS_TOKEN/);
    expect(loadEnv({ METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
  });
});

describe('request ids', () => {
  it('echoes a sane X-Request-Id and replaces anything else with a UUID', async () => {
    expect(
      (await plain.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'abc-123' } })).headers[
        'x-request-id'
      ],
    ).toBe('abc-123');
    for (const sent of ['', 'with space', 'a'.repeat(129), 'quote"d', 'new\\nline']) {
      const echoed = (await plain.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': sent } }))
        .headers['x-request-id'];
      expect(echoed, sent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    // Errors and unknown routes carry it too.
    expect(
      (await plain.inject({ method: 'GET', url: '/api/nope', headers: { 'x-request-id': 'err-1' } })).headers[
        'x-request-id'
      ],
    ).toBe('err-1');
  });
});
