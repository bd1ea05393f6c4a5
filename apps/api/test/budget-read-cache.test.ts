import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { organisations, users } from '@app/db';
import { BudgetDetailSchema, type BudgetDetail } from '@app/schemas';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { createTestApp, type TestContext } from './helpers.ts';
import { signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';

// The budget detail is built once per state of the budget and sent as stored bytes (ADR 0018).
let t: TestContext;
let advisor: AuthHeaders;
let budget: BudgetDetail;

beforeAll(async () => {
  t = await createTestApp();
  advisor = await signIn(t.app, 'advisor');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/budgets',
    headers: advisor,
    payload: { name: 'Cache De Bilt', cbsCode: 'GM0310', firstYear: 2027 },
  });
  expect(created.statusCode).toBe(201);
  budget = created.json();
});
afterAll(() => t.close());

const get = (headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/budgets/${budget.id}`, headers: { cookie: advisor.cookie, ...headers } });

describe('GET /api/budgets/:id from the result cache', () => {
  it('answers the same detail as the write that made it, in every encoding, and it passes the schema', async () => {
    const plain = await get();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.json()).toEqual(budget);
    expect(BudgetDetailSchema.safeParse(plain.json()).success).toBe(true);
    const br = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(budget);
    const gz = await get({ 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(budget);
    const refused = await get({ 'accept-encoding': 'br;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('no-store');
  });

  it('answers 304 to the same ETag, and a new ETag and body after a write', async () => {
    const first = await get();
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"detail-/);
    const again = await get({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const line = budget.lines.find((l) => !l.custom && l.effective.costBasis === 'amount')!;
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/budgets/${budget.id}/lines/${line.id}/override`,
      headers: advisor,
      payload: { fields: { amountCents: 4_321_00 }, justification: 'Offerte' },
    });
    expect(changed.statusCode).toBe(200);
    const after = await get({ 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json()).toEqual(changed.json());
    expect(after.json().lines.find((l: { id: string }) => l.id === line.id).effective.amountCents).toBe(4_321_00);
    // A second write starts from the rows the first one kept: its history entry still holds the true before value.
    const second = await t.app.inject({
      method: 'PUT',
      url: `/api/budgets/${budget.id}/lines/${line.id}/override`,
      headers: advisor,
      payload: { fields: { amountCents: 5_000_00 }, justification: 'Nieuwe offerte' },
    });
    expect(second.statusCode).toBe(200);
    const history = await t.app.inject({
      method: 'GET',
      url: `/api/budgets/${budget.id}/audit?lineId=${line.id}`,
      headers: { cookie: advisor.cookie },
    });
    const overrides = history.json().filter((e: { action: string }) => e.action === 'override');
    expect(
      overrides.map(
        (e: { before: { overrides?: { amountCents?: number } }; after: { overrides: { amountCents: number } } }) => [
          e.before.overrides?.amountCents ?? null,
          e.after.overrides.amountCents,
        ],
      ),
    ).toEqual([
      [4_321_00, 5_000_00],
      [null, 4_321_00],
    ]);
  });

  it('another organisation gets 404 for a budget the cache holds, and its ETag does not reveal it', async () => {
    const [other] = await t.handle.db
      .insert(organisations)
      .values({ slug: 'cache-other', name: 'Andere gemeente (cache)' })
      .returning();
    await t.handle.db.insert(users).values({
      organisationId: other!.id,
      email: 'advisor@cache-other.example',
      role: 'advisor',
      displayName: 'B',
      passwordHash: await hashPassword('other-org-password'),
    });
    const foreign = await signInAs(t.app, 'advisor@cache-other.example', 'other-org-password');
    const etag = (await get()).headers.etag as string;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/budgets/${budget.id}`,
      headers: { cookie: foreign.cookie, 'if-none-match': etag },
    });
    expect(response.statusCode).toBe(404);
  });
});
