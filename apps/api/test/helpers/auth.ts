import type { FastifyInstance } from 'fastify';
import { DEFAULT_DEMO_PASSWORD, SESSION_COOKIE, type Role } from '../../src/plugins/auth.ts';

/** Headers that make an inject call act as a signed-in user: the session cookie and the CSRF token. */
export interface AuthHeaders {
  cookie: string;
  'x-csrf-token': string;
  [header: string]: string;
}

// Sign-in is rate limited (10/min per address+e-mail); one session per app and role is enough.
const cache = new WeakMap<FastifyInstance, Map<string, Promise<AuthHeaders>>>();

/**
 * Signs in as a demo user of the seeded demo organisation (advisor@demo.example, …) and returns the
 * headers to pass to `app.inject({ headers })`. Works for any app built with the seeded database.
 */
export function signIn(app: FastifyInstance, role: Role = 'advisor'): Promise<AuthHeaders> {
  return signInAs(app, `${role}@demo.example`, DEFAULT_DEMO_PASSWORD);
}

/** Signs in with any e-mail address and password (e.g. users of a second test organisation). */
export function signInAs(app: FastifyInstance, email: string, password: string): Promise<AuthHeaders> {
  let perApp = cache.get(app);
  if (!perApp) cache.set(app, (perApp = new Map()));
  const key = `${email}\n${password}`;
  let headers = perApp.get(key);
  if (!headers) {
    headers = freshSignIn(app, email, password);
    perApp.set(key, headers);
    headers.catch(() => perApp.delete(key));
  }
  return headers;
}

/** Always a new session (no cache): for tests of sign-out, expiry and rate limits. */
export async function freshSignIn(app: FastifyInstance, email: string, password: string): Promise<AuthHeaders> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('sign-in returned no session cookie');
  const { csrfToken } = response.json() as { csrfToken: string };
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': csrfToken };
}
