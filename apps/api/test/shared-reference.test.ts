import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { benchmarks, catalogEditions, organisations, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { accessFor } from '../src/plugins/auth-policy.ts';
import { hashPassword } from '../src/services/auth/password-hash.ts';
import { setPlatformAdmin } from '../src/services/auth/set-platform-admin.ts';
import { PLATFORM_ACTOR_LABEL } from '../src/services/reference-data/list-shared-reference-changes.ts';
import { freshSignIn, signIn, signInAs, type AuthHeaders } from './helpers/auth.ts';
import { documentedRoutes } from './helpers/routes.ts';

// Catalog editions, salary tables, rate cards and benchmarks are shared by every organisation
// (ADR 0009). Only a platform administrator changes them; another organisation's administrator can
// use them, set the own organisation's defaults, and see who changed them — but not change them.

let handle: TestDbHandle;
let app: App;
let platform: AuthHeaders;
let adminB: AuthHeaders;
const PASSWORD = 'tenant-b-password';

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  const [other] = await handle.db
    .insert(organisations)
    .values({ slug: 'other', name: 'Andere gemeente (test)' })
    .returning();
  await handle.db.insert(users).values({
    organisationId: other!.id,
    email: 'admin@other.example',
    role: 'admin',
    displayName: 'B admin',
    passwordHash: await hashPassword(PASSWORD),
  });
  platform = await signIn(app, 'admin');
  adminB = await signInAs(app, 'admin@other.example', PASSWORD);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const benchmark = {
  label: 'ICT-kosten per inwoner (test)',
  year: 2024,
  valueCents: 11_000,
  unit: 'per-inhabitant',
  source: 'Test-benchmark',
};

describe('shared reference data has one owner: the platform', () => {
  it('names every write to catalog and shared reference data as platform-only, organisation defaults as admin', () => {
    const shared = documentedRoutes(app).filter(
      ({ method, pattern }) =>
        method !== 'GET' &&
        (pattern.startsWith('/api/catalog') || pattern.startsWith('/api/reference-data')) &&
        pattern !== '/api/reference-data/organisation-defaults',
    );
    expect(shared.length).toBeGreaterThan(10);
    expect(shared.filter(({ method, pattern }) => accessFor(method, pattern).access !== 'platform')).toEqual([]);
    expect(accessFor('PATCH', '/api/reference-data/organisation-defaults').access).toEqual(['admin']);
    expect(accessFor('GET', '/api/catalog/editions/:editionId/editing').access).toBe('platform');
  });

  it("refuses another organisation's administrator with 403 on every shared write, and changes nothing", async () => {
    const [edition] = await handle.db.select({ id: catalogEditions.id }).from(catalogEditions).limit(1);
    const [row] = await handle.db.select({ id: benchmarks.id }).from(benchmarks).limit(1);
    const before = JSON.stringify(await handle.db.select().from(benchmarks));
    const refused: string[] = [];
    for (const { method, pattern } of documentedRoutes(app)) {
      if (accessFor(method, pattern).access !== 'platform') continue;
      const url = pattern
        .replace(/:editionId/g, edition!.id)
        .replace(/:id/g, row!.id)
        .replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
      const response = await app.inject({
        method,
        url,
        headers: adminB,
        payload: method === 'GET' ? undefined : { ...benchmark },
      });
      if (response.statusCode !== 403 || !/platformbeheer/i.test(response.json().error.message))
        refused.push(`${method} ${pattern} → ${response.statusCode}`);
    }
    expect(refused).toEqual([]);
    expect(JSON.stringify(await handle.db.select().from(benchmarks))).toBe(before);
  });

  it("lets that administrator still read the admin view and set the own organisation's defaults", async () => {
    expect((await app.inject({ method: 'GET', url: '/api/reference-data/admin', headers: adminB })).statusCode).toBe(
      200,
    );
    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/reference-data/organisation-defaults',
      headers: adminB,
      payload: { values: { employerCostPct: 35 }, sources: { employerCostPct: { source: 'Eigen begroting B' } } },
    });
    expect(patched.statusCode).toBe(200);
  });

  it('lets the platform administrator change shared data, and shows the change to every administrator without naming the person elsewhere', async () => {
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: platform });
    expect(me.json().user.platformAdmin).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: adminB })).json().user.platformAdmin).toBe(
      false,
    );

    const created = await app.inject({
      method: 'POST',
      url: '/api/reference-data/benchmarks',
      headers: platform,
      payload: benchmark,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;

    const seenByB = (
      await app.inject({ method: 'GET', url: '/api/reference-data/history', headers: adminB })
    ).json() as { entityId: string; by: string; action: string }[];
    const entryForB = seenByB.find((e) => e.entityId === id);
    expect(entryForB).toMatchObject({ action: 'create', by: PLATFORM_ACTOR_LABEL });
    expect(JSON.stringify(seenByB)).not.toContain('Demo Beheerder');
    // Organisation B's own defaults are its own business: not in the shared history.
    expect(seenByB.some((e) => JSON.stringify(e).includes('Eigen begroting B'))).toBe(false);

    const seenByA = (
      await app.inject({ method: 'GET', url: '/api/reference-data/history', headers: platform })
    ).json() as { entityId: string; by: string }[];
    expect(seenByA.find((e) => e.entityId === id)?.by).toBe('Demo Beheerder');
    expect(
      (await app.inject({ method: 'GET', url: '/api/reference-data/history', headers: await signIn(app, 'advisor') }))
        .statusCode,
    ).toBe(403);
  });

  it('grants and revokes the platform capability only outside the API, effective on the next request', async () => {
    expect(await setPlatformAdmin(handle.db, 'ADMIN@other.example ', true)).toBe(true);
    const created = await app.inject({
      method: 'POST',
      url: '/api/reference-data/benchmarks',
      headers: adminB,
      payload: { ...benchmark, label: 'Door B' },
    });
    expect(created.statusCode).toBe(201);
    expect(await setPlatformAdmin(handle.db, 'admin@other.example', false)).toBe(true);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/reference-data/benchmarks',
          headers: adminB,
          payload: { ...benchmark, label: 'Weer B' },
        })
      ).statusCode,
    ).toBe(403);
    // Only administrators can hold it; an unknown address changes nothing.
    expect(await setPlatformAdmin(handle.db, 'advisor@demo.example', true)).toBe(false);
    expect(await setPlatformAdmin(handle.db, 'niemand@demo.example', true)).toBe(false);
    const [advisor] = await handle.db
      .select({ platformAdmin: users.platformAdmin })
      .from(users)
      .where(eq(users.email, 'advisor@demo.example'));
    expect(advisor!.platformAdmin).toBe(false);
    // No API operation can grant it: the user schemas do not accept the field.
    const fresh = await freshSignIn(app, 'admin@other.example', PASSWORD);
    const attempt = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: fresh,
      payload: {
        email: 'nieuw@other.example',
        role: 'admin',
        displayName: 'Nieuw',
        password: 'een-lang-wachtwoord-1',
        platformAdmin: true,
      },
    });
    expect(attempt.statusCode === 400 || (attempt.statusCode === 201 && attempt.json().platformAdmin !== true)).toBe(
      true,
    );
    const [created2] = await handle.db
      .select({ platformAdmin: users.platformAdmin })
      .from(users)
      .where(eq(users.email, 'nieuw@other.example'));
    expect(created2?.platformAdmin ?? false).toBe(false);
  });
});
