import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { organisations, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// ≥ 1,000 generated malformed requests across every documented route: wrong types, huge strings,
// negative/NaN amounts, broken JSON, unknown ids, garbage ids and the other tenant's ids. Every
// answer must be a 4xx in the API's error shape (never a 5xx), and the database must be exactly
// as it was (row count and a hash of every table's rows).

const RUNS = 1_200;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Route {
  method: Method;
  pattern: string;
  params: string[];
  hasBody: boolean;
}

let handle: TestDbHandle;
let app: App;
let routes: Route[];
const as: Record<string, AuthHeaders | undefined> = { anonymous: undefined };
/** Real ids of organisation A (the caller's own) and of organisation B (another tenant). */
const own: Record<string, string> = {};
const foreign: Record<string, string> = {};

async function createBudget(headers: AuthHeaders, name: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers,
    payload: { name, cbsCode: 'GM0310', firstYear: 2027 },
  });
  expect(response.statusCode).toBe(201);
  return response.json() as {
    id: string;
    lines: { id: string }[];
    developments: { id: string; developmentId: string }[];
  };
}

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  for (const role of ['advisor', 'manager', 'admin'] as const) as[role] = await signIn(app, role);

  const [other] = await handle.db
    .insert(organisations)
    .values({ slug: 'fuzz-other', name: 'Andere (fuzz)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: other!.id,
    email: 'advisor@fuzz-other.example',
    role: 'advisor',
    displayName: 'B',
    passwordHash: await hashPassword('fuzz-other-pass'),
  });
  const bAdvisor = await signInAs(app, 'advisor@fuzz-other.example', 'fuzz-other-pass');

  for (const [target, headers, name] of [
    [own, as.advisor!, 'Fuzz A'],
    [foreign, bAdvisor, 'Fuzz B'],
  ] as const) {
    const budget = await createBudget(headers, name);
    target.id = budget.id;
    target.budgetLineId = budget.lines[0]!.id;
    target.budgetDevelopmentId = budget.developments[0]!.id;
    target.developmentId = budget.developments[0]!.developmentId;
  }
  own.orgUnit = (await app.inject({ method: 'GET', url: '/api/org-units', headers: as.admin })).json()[0].id;
  own.user = (await app.inject({ method: 'GET', url: '/api/users', headers: as.admin })).json()[0].id;

  const spec = app.swagger() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
  routes = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const pattern = path.replace(/\{(\w+)\}/g, ':$1');
      // Signing out would end the fuzzer's own sessions; its behaviour is covered in auth.test.ts.
      if (pattern === '/api/auth/sign-out') continue;
      // A write with neither a body nor ids (going back to the shipped defaults) has nothing that can
      // be malformed; it would change the database on purpose. reference-admin.test.ts covers it.
      if (method !== 'get' && operation.requestBody === undefined && !pattern.includes(':')) continue;
      routes.push({
        method: method.toUpperCase() as Method,
        pattern,
        params: [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]!),
        hasBody: operation.requestBody !== undefined,
      });
    }
  }
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

/** Row count and md5 of every table's rows, in a stable order. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  // Both drivers answer execute() with { rows }.
  const tables = (await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  const result: Record<string, string> = {};
  for (const { table_name: table } of tables.rows) {
    const row = (await handle.db.execute(
      sql`select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.identifier(table)} t`,
    )) as unknown as { rows: { n: string; h: string | null }[] };
    result[table] = `${row.rows[0]!.n}:${row.rows[0]!.h}`;
  }
  return result;
}

// Bodies that look plausible for each route; the fuzzer always breaks at least one field.
const TEMPLATES: Record<string, () => Record<string, unknown>> = {
  'POST /api/budgets': () => ({ name: 'F', cbsCode: 'GM0310', firstYear: 2027, horizonYears: 4 }),
  'PATCH /api/budgets/:id': () => ({ name: 'F', firstYear: 2028, version: 1 }),
  'PATCH /api/budgets/:id/developments/:budgetDevelopmentId': () => ({ enabled: false, startYear: 2028, priority: 1 }),
  'PUT /api/budgets/:id/lines/:budgetLineId/override': () => ({
    fields: { amountCents: 100_00 },
    justification: 'Fuzz toelichting',
  }),
  'POST /api/budgets/:id/lines': () => ({
    developmentId: own.developmentId,
    description: 'F',
    kind: 'incidental',
    costBasis: 'amount',
    costPool: 'services',
    amountCents: 500,
  }),
  'POST /api/budgets/:id/scenarios': () => ({ scenarioName: 'F' }),
  'POST /api/org-units': () => ({ name: 'F' }),
  'PATCH /api/org-units/:id': () => ({ name: 'F' }),
  'POST /api/users': () => ({
    email: 'f@demo.example',
    displayName: 'F',
    role: 'advisor',
    password: 'fuzz-password-123',
  }),
  'PATCH /api/users/:id': () => ({ displayName: 'F', role: 'manager' }),
  'POST /api/budgets/:id/comments': () => ({ body: 'F' }),
  'POST /api/budgets/:id/send-back': () => ({ comment: 'F' }),
  'POST /api/auth/sign-in': () => ({ email: 'advisor@demo.example', password: 'not-the-password' }),
  'POST /api/auth/password': () => ({ currentPassword: 'x', newPassword: 'fuzz-password-123' }),
  'POST /api/calculations': () => ({ cbsCode: 'GM0310', firstYear: 2027 }),
};

const HUGE = 'x'.repeat(100_001);
/** Values no field of any schema accepts for a given template value's type. */
function invalidFor(field: string, value: unknown): fc.Arbitrary<unknown> {
  if (field.endsWith('Cents')) return fc.constantFrom(-1, -500, 'NaN', 1.5, 1e20, '100', null, []);
  if (typeof value === 'number') return fc.constantFrom('NaN', 'abc', 1e20, -1e20, 0.5, true, [], {}, HUGE);
  if (typeof value === 'boolean') return fc.constantFrom('ja', 2, [], {}, HUGE);
  if (typeof value === 'string') return fc.constantFrom(HUGE, 42, [], {}, true, '', '   ', '\u0000', `${value}\u0000x`);
  if (Array.isArray(value)) return fc.constantFrom('x', {}, 3);
  return fc.constantFrom('x', 7, [], true);
}

const garbageId = fc.constantFrom(
  'not-a-uuid',
  '../../etc/passwd',
  "1' OR '1'='1",
  '%00',
  '\u0000',
  'GM0310\u0000',
  '-1',
  'NaN',
  'x'.repeat(5_000),
  '00000000-0000-0000-0000-00000000000g',
);
const unknownId = fc.uuid();

/** Percent-encodes the first letter of every path segment once (`/%61pi/...`) or twice (`/%2561pi/...`). */
function encodePath(url: string, times: 0 | 1 | 2): string {
  if (times === 0) return url;
  const [path = '', query = ''] = url.split(/(?=\?)/);
  return (
    path.replace(
      /\/([a-z])/g,
      (_m, letter: string) => `/${times === 2 ? '%25' : '%'}${letter.charCodeAt(0).toString(16)}`,
    ) + query
  );
}

const MULTIPART_FILE =
  'Content-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2\r\n';
/** Multipart bodies the parser cannot read, or whose field holds a NUL: never a 5xx, never a write. */
const brokenMultipart = fc.constantFrom(
  {
    contentType: 'multipart/form-data',
    payload: `--B\r\n${MULTIPART_FILE}--B--\r\n`,
    why: 'multipart without boundary',
  },
  {
    contentType: 'multipart/form-data; boundary=other',
    payload: `--B\r\n${MULTIPART_FILE}--B--\r\n`,
    why: 'multipart with a wrong boundary',
  },
  { contentType: 'multipart/form-data; boundary=B', payload: `--B\r\n${MULTIPART_FILE}`, why: 'multipart cut off' },
  {
    contentType: 'multipart/form-data; boundary=B',
    payload: `--B\r\nContent-Disposition: form-data; name="sheet"\r\n\r\nx\u0000y\r\n--B\r\n${MULTIPART_FILE}--B--\r\n`,
    why: 'multipart field with NUL',
  },
);

/** Any malformed request for a route, sometimes sent through a percent-encoded path. */
function requestFor(
  route: Route,
): fc.Arbitrary<{ url: string; payload?: string | object; contentType?: string; why: string }> {
  const multipartRequests =
    route.method === 'GET'
      ? []
      : [
          fc
            .record({ base: plainRequestFor(route), broken: brokenMultipart })
            .map(({ base, broken }) => ({ ...base, ...broken })),
        ];
  return fc
    .record({
      request: fc.oneof({ arbitrary: plainRequestFor(route), weight: 4 }, ...multipartRequests),
      encoding: fc.constantFrom<0 | 1 | 2>(0, 0, 1, 2),
    })
    .map(({ request, encoding }) => ({
      ...request,
      url: encodePath(request.url, encoding),
      why: encoding ? `${request.why}, path encoded ${encoding}×` : request.why,
    }));
}

/** A request that must be refused: a bad id anywhere, or (with the caller's real ids) a broken body. */
function plainRequestFor(
  route: Route,
): fc.Arbitrary<{ url: string; payload?: string | object; contentType?: string; why: string }> {
  const key = `${route.method} ${route.pattern}`;
  const template = TEMPLATES[key];
  const realValue = (param: string) =>
    param === 'id'
      ? route.pattern.startsWith('/api/org-units')
        ? own.orgUnit
        : route.pattern.startsWith('/api/users')
          ? own.user
          : own.id
      : param === 'editionId'
        ? 'current'
        : param === 'cbsCode'
          ? 'GM0310'
          : (own[param] ?? own.id);
  const foreignValue = (param: string) => foreign[param] ?? foreign.id!;
  const build = (values: Record<string, string>) =>
    route.pattern.replace(/:(\w+)/g, (_m, p: string) => encodeURIComponent(values[p] ?? ''));
  const query =
    route.method === 'GET'
      ? fc.constantFrom(
          '',
          '?q=%00%FF',
          '?q=%00',
          '?q=a%00b',
          `?ids=${own.id},nope`,
          '?limit=-5&traces=maybe',
          `?lineId=${'z'.repeat(300)}`,
          '?includeExamples=2',
        )
      : fc.constant('');

  const badIdsRequest = fc
    .record({
      ids: fc.record(
        Object.fromEntries(route.params.map((p) => [p, fc.oneof(garbageId, unknownId, fc.constant(foreignValue(p)))])),
      ),
      body: template ? fc.oneof(fc.constant(template()), fc.jsonValue({ maxDepth: 2 })) : fc.constant(undefined),
      query,
    })
    .map(({ ids, body, query: q }) => ({
      url: build(ids as Record<string, string>) + q,
      ...(body === undefined ? {} : { payload: body as object }),
      why: 'bad ids',
    }));
  if (route.params.length > 0 && (route.method !== 'GET' || !template)) {
    // Without a body to break, only the ids can be wrong (a real id would make a valid request).
    if (!template && route.method !== 'GET') return badIdsRequest;
  }
  if (!template) {
    // Reads and body-less public routes: any query, bad or real ids are both safe (reads change nothing).
    return route.params.length > 0 ? badIdsRequest : query.map((q) => ({ url: route.pattern + q, why: 'read' }));
  }
  const url = build(Object.fromEntries(route.params.map((p) => [p, realValue(p) ?? ''])));
  const base = template();
  const field = fc.constantFrom(...Object.keys(base));
  const brokenField = field.chain((name) =>
    invalidFor(name, base[name]).map((bad) => ({
      url,
      payload: { ...base, [name]: bad } as object,
      why: `field ${name}`,
    })),
  );
  const brokenJson = fc
    .constantFrom('{"name":', '{"amountCents": NaN}', '{"firstYear": Infinity}', '[1,2', "{'a':1}", '\u0000')
    .map((raw) => ({ url, payload: raw, contentType: 'application/json', why: 'broken json' }));
  const wrongShape = fc
    .constantFrom<unknown>('"tekst"', '42', '[]', '[{"name":"x"}]', 'true')
    .map((raw) => ({ url, payload: raw as string, contentType: 'application/json', why: 'wrong shape' }));
  const wrongType = fc
    .constantFrom('name=x', '<xml/>')
    .map((raw) => ({ url, payload: raw, contentType: 'text/plain', why: 'wrong content type' }));
  return route.params.length > 0
    ? fc.oneof(brokenField, brokenJson, wrongShape, wrongType, badIdsRequest)
    : fc.oneof(brokenField, brokenJson, wrongShape, wrongType);
}

describe('fuzzing every route with malformed requests', () => {
  it(`${RUNS} requests: no 5xx, error shape on every 4xx, database unchanged`, async () => {
    const before = await databaseFingerprint();
    const seen = new Map<string, number>();
    const statuses = new Map<number, number>();
    const arbitrary = fc
      .record({
        routeIndex: fc.nat({ max: routes.length - 1 }),
        who: fc.constantFrom('advisor', 'advisor', 'manager', 'admin', 'admin', 'anonymous'),
      })
      .chain(({ routeIndex, who }) =>
        requestFor(routes[routeIndex]!).map((request) => ({ route: routes[routeIndex]!, who, request })),
      );

    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ route, who, request }) => {
        const headers: Record<string, string> = { ...(as[who] ?? {}) };
        if (request.contentType) headers['content-type'] = request.contentType;
        const response = await app.inject({
          method: route.method,
          url: request.url,
          headers,
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        seen.set(`${route.method} ${route.pattern}`, (seen.get(`${route.method} ${route.pattern}`) ?? 0) + 1);
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const context = `${who} ${route.method} ${request.url.slice(0, 120)} (${request.why}) → ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, context).toBeLessThan(500);
        if (route.method !== 'GET' || response.statusCode >= 400) {
          // Only reads may succeed; every write must have been refused.
          expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
        }
        if (response.statusCode >= 400 && response.headers['content-type']?.toString().includes('json')) {
          expect(response.json().error.code, context).toMatch(/^[A-Z_]+$/);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_126) },
    );

    if (process.env.FUZZ_VERBOSE) console.log(Object.fromEntries(statuses), seen.size, routes.length);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(seen.size).toBeGreaterThan(routes.length * 0.9);
    expect(await databaseFingerprint()).toEqual(before);
  }, 600_000);
});
