import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries, sessions, signInAttempts, users } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { loadEnv } from '../src/env.ts';
import { DEFAULT_DEMO_PASSWORD, SESSION_COOKIE } from '../src/plugins/auth.ts';
import { hashPassword, verifyPassword } from '../src/services/auth/password-hash.ts';
import { hashSessionToken } from '../src/services/auth/session-token.ts';
import { freshSignIn, signIn } from './helpers/auth.ts';

let handle: TestDbHandle;
let app: App;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});
// The throttle's counters live in the database, shared by every app on it (as by N instances):
// each test starts from none. Counting across apps is tested in three-instances.test.ts.
beforeEach(async () => {
  await handle.db.delete(signInAttempts);
});

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one; salts differ per hash', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('still accepts an old N=2^14 hash and upgrades it to the OWASP cost on sign-in', async () => {
    const { scryptSync, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key = scryptSync('oud-wachtwoord-2024'.normalize('NFKC'), salt, 32, { N: 16_384, r: 8, p: 1 });
    const old = ['scrypt', 16_384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    const [org] = await handle.db.select({ id: users.organisationId }).from(users).limit(1);
    await handle.db.insert(users).values({
      organisationId: org!.id,
      email: 'legacy@demo.example',
      role: 'advisor',
      displayName: 'Oud',
      passwordHash: old,
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'legacy@demo.example', password: 'oud-wachtwoord-2024' },
    });
    expect(response.statusCode).toBe(200);
    const [row] = await handle.db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, 'legacy@demo.example'));
    expect(row!.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('oud-wachtwoord-2024', row!.passwordHash)).toBe(true);
    await handle.db.delete(sessions);
    await handle.db.delete(users).where(eq(users.email, 'legacy@demo.example'));
  });
});

describe('demo users', () => {
  it('exist once per role with hashed passwords, and the env default matches the documented one', async () => {
    const rows = await handle.db.select().from(users);
    expect(rows.map((u) => `${u.email}:${u.role}`).sort()).toEqual([
      'admin@demo.example:admin',
      'advisor@demo.example:advisor',
      'manager@demo.example:manager',
    ]);
    for (const row of rows) expect(row.passwordHash).not.toContain(DEFAULT_DEMO_PASSWORD);
    expect(loadEnv({}).DEMO_PASSWORD).toBe(DEFAULT_DEMO_PASSWORD);
  });
});

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and stores only a hash of the token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'Manager@Demo.Example', password: DEFAULT_DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(Buffer.from(cookie!.value, 'base64url')).toHaveLength(32);
    const body = response.json();
    expect(body.user).toMatchObject({ email: 'manager@demo.example', role: 'manager', displayName: 'Demo Manager' });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const stored = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashSessionToken(cookie!.value)));
    expect(stored).toHaveLength(1);
    const all = await handle.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(all.some((s) => s.tokenHash === cookie!.value)).toBe(false);
  });

  it('marks the cookie Secure behind a proxy that says https (trustProxy)', async () => {
    const proxied = await buildApp({ db: handle, trustProxy: true });
    try {
      const response = await proxied.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'admin@demo.example', password: DEFAULT_DEMO_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('answers the same generic message for a wrong password and an unknown address', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'admin@demo.example', password: 'nope-nope-nope' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@demo.example', password: 'nope-nope-nope' },
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'E-mailadres of wachtwoord onjuist' },
      });
      expect(response.cookies).toHaveLength(0);
    }
  });

  it('rejects malformed bodies with 400 naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'geen-adres', password: 5 },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });

  it('is rate limited: the 11th attempt within a minute for one address gets 429', async () => {
    const limited = await buildApp({ db: handle });
    try {
      const attempt = () =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: 'advisor@demo.example', password: 'wrong-password' },
        });
      for (let i = 0; i < 10; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
      // Another address from the same client is not blocked by this one's failures.
      const other = await limited.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'manager@demo.example', password: DEFAULT_DEMO_PASSWORD },
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('sign-in throttle counts failures only, per account and per address', () => {
  // A low limit keeps the test fast: 2 per account and address, 6 per address, 10 per account (15 min).
  const wrong = (app: App, email: string, forwardedFor?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      payload: { email, password: 'wrong-password' },
    });

  it('never counts successful sign-ins, and a success forgets earlier typos from that address', async () => {
    const limited = await buildApp({ db: handle, signInAttemptsPerMinute: 2 });
    try {
      const right = () =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: 'manager@demo.example', password: DEFAULT_DEMO_PASSWORD },
        });
      for (let i = 0; i < 8; i++) expect((await right()).statusCode).toBe(200);
      expect((await wrong(limited, 'manager@demo.example')).statusCode).toBe(401);
      expect((await right()).statusCode).toBe(200);
      expect((await wrong(limited, 'manager@demo.example')).statusCode).toBe(401);
      expect((await wrong(limited, 'manager@demo.example')).statusCode).toBe(401);
      const blocked = await wrong(limited, 'manager@demo.example');
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('stops spraying one password over many accounts from one address', async () => {
    const limited = await buildApp({ db: handle, signInAttemptsPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await wrong(limited, `spray-${i}@demo.example`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('stops guessing one account from many addresses', async () => {
    const limited = await buildApp({ db: handle, signInAttemptsPerMinute: 2, trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await wrong(limited, 'advisor@demo.example', `198.51.100.${i}`)).statusCode);
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
      // Another account is not affected by that account's lock.
      expect((await wrong(limited, 'manager@demo.example', '198.51.100.200')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('keeps no e-mail address in the counters and deletes counters whose window ended over an hour ago', async () => {
    const hour = 60 * 60 * 1000;
    await handle.db.insert(signInAttempts).values([
      { key: 'account:old', points: 3, expire: new Date(Date.now() - 2 * hour) },
      { key: 'account:recent', points: 3, expire: new Date(Date.now() - hour / 2) },
    ]);
    const limited = await buildApp({ db: handle, signInAttemptsPerMinute: 2 });
    try {
      expect((await wrong(limited, 'advisor@demo.example')).statusCode).toBe(401);
      const keys = (await handle.db.select({ key: signInAttempts.key }).from(signInAttempts)).map((r) => r.key);
      expect(keys).not.toContain('account:old');
      expect(keys).toContain('account:recent');
      expect(keys).toHaveLength(4);
      expect(keys.join(' ')).not.toMatch(/demo\.example|127\.0\.0\.1/);
    } finally {
      await limited.close();
    }
  });

  it('lets exactly the limit through when the attempts arrive in parallel', async () => {
    const limited = await buildApp({ db: handle, signInAttemptsPerMinute: 2 });
    try {
      const statuses = (
        await Promise.all(Array.from({ length: 20 }, () => wrong(limited, 'advisor@demo.example')))
      ).map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401)).toHaveLength(2);
      expect(statuses.filter((s) => s === 429)).toHaveLength(18);
    } finally {
      await limited.close();
    }
  });
});

describe('sign-in limit behind a proxy', () => {
  it('trusts one hop only: a prepended or rotated X-Forwarded-For does not reset the limit', async () => {
    const proxied = await buildApp({ db: handle, trustProxy: 1 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const response = await proxied.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          // The proxy appends the real client (203.0.113.9); the client prepends a new address each time.
          headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` },
          payload: { email: 'advisor@demo.example', password: 'wrong-password' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    } finally {
      await proxied.close();
    }
  });

  it("reads TRUST_PROXY as a hop count; 'true' means one hop", () => {
    expect(loadEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(loadEnv({}).TRUST_PROXY).toBe(0);
    expect(() => loadEnv({ TRUST_PROXY: 'ja' })).toThrow(/TRUST_PROXY/);
  });
});

describe('session use', () => {
  it('GET /api/auth/me without a session → 401 in the error shape', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('GET /api/auth/me with the session returns the user and the same CSRF token', async () => {
    const headers = await signIn(app, 'advisor');
    const response = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: headers.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.role).toBe('advisor');
    expect(response.json().csrfToken).toBe(headers['x-csrf-token']);
  });

  it('a forged or expired cookie is not a session', async () => {
    const forged = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` },
    });
    expect(forged.statusCode).toBe(401);
    const headers = await freshSignIn(app, 'admin@demo.example', DEFAULT_DEMO_PASSWORD);
    const token = headers.cookie.split('=')[1]!;
    await handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, hashSessionToken(token)));
    const expired = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(expired.statusCode).toBe(401);
  });

  it('sign-out ends the session server-side: the old cookie no longer works', async () => {
    const headers = await freshSignIn(app, 'manager@demo.example', DEFAULT_DEMO_PASSWORD);
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    const after = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(after.statusCode).toBe(401);
  });
});

describe('CSRF and Origin', () => {
  it('an unsafe request with the cookie but without the CSRF token → 403, with it → passes', async () => {
    const headers = await freshSignIn(app, 'admin@demo.example', DEFAULT_DEMO_PASSWORD);
    const without = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: headers.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.message).toMatch(/CSRF/);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...headers, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });
    expect(right.statusCode).toBe(204);
  });

  it('a request from another origin is refused even with a valid token', async () => {
    const headers = await freshSignIn(app, 'admin@demo.example', DEFAULT_DEMO_PASSWORD);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...headers, origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    const signInFromElsewhere = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'admin@demo.example', password: DEFAULT_DEMO_PASSWORD },
    });
    expect(signInFromElsewhere.statusCode).toBe(403);
    const sameOrigin = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      payload: { email: 'admin@demo.example', password: DEFAULT_DEMO_PASSWORD },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });
});

describe('change password', () => {
  it('needs the current password, enforces length, and ends the other sessions', async () => {
    const email = 'pw-test@demo.example';
    const [demoUser] = await handle.db.select().from(users).where(eq(users.email, 'admin@demo.example'));
    await handle.db.insert(users).values({
      organisationId: demoUser!.organisationId,
      email,
      role: 'advisor',
      displayName: 'Test',
      passwordHash: await hashPassword('first-password-1'),
    });
    const first = await freshSignIn(app, email, 'first-password-1');
    const second = await freshSignIn(app, email, 'first-password-1');

    const wrongCurrent = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first,
      payload: { currentPassword: 'nope', newPassword: 'second-password-2' },
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.fields[0].path).toBe('body.currentPassword');
    const tooShort = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first,
      payload: { currentPassword: 'first-password-1', newPassword: 'short' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields[0].path).toBe('body.newPassword');

    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: first,
      payload: { currentPassword: 'first-password-1', newPassword: 'second-password-2' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: first })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: second })).statusCode).toBe(401);
    await expect(freshSignIn(app, email, 'first-password-1')).rejects.toThrow(/401/);
    await freshSignIn(app, email, 'second-password-2');
  });
});

describe('user management (administrator)', () => {
  it('adds users, refuses duplicates, changes roles and disables accounts, ending their sessions', async () => {
    const admin = await signIn(app, 'admin');
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: {
        email: 'Nieuw@Demo.Example',
        displayName: 'Nieuwe Adviseur',
        role: 'advisor',
        password: 'nieuw-wachtwoord-1',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ email: 'nieuw@demo.example', role: 'advisor', disabled: false });
    expect(JSON.stringify(user)).not.toMatch(/scrypt|hash/i);

    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { email: 'nieuw@demo.example', displayName: 'X', role: 'advisor', password: 'nieuw-wachtwoord-1' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields[0].path).toBe('body.email');

    const session = await freshSignIn(app, 'nieuw@demo.example', 'nieuw-wachtwoord-1');
    const promoted = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { role: 'manager' },
    });
    expect(promoted.json().role).toBe('manager');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: session })).statusCode).toBe(401);

    const again = await freshSignIn(app, 'nieuw@demo.example', 'nieuw-wachtwoord-1');
    expect(
      (
        await app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin, payload: { disabled: true } })
      ).json().disabled,
    ).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: again })).statusCode).toBe(401);
    await expect(freshSignIn(app, 'nieuw@demo.example', 'nieuw-wachtwoord-1')).rejects.toThrow(/401/);

    // An administrator cannot lock themselves out.
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: admin })).json().user.id;
    const demote = await app.inject({
      method: 'PATCH',
      url: `/api/users/${me}`,
      headers: admin,
      payload: { role: 'advisor' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.fields[0].path).toBe('body.role');

    // The trail shows the changes without secrets.
    const trail = await handle.db.select().from(auditEntries).where(eq(auditEntries.entityId, user.id));
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'update', 'update']);
    expect(JSON.stringify(trail)).not.toMatch(/scrypt|password/i);
  });
});
