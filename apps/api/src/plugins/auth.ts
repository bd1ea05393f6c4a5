import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, UserRole } from '@app/db';
import { AppError } from '../errors.ts';
import { findSession, type SessionUser } from '../services/auth/auth-session.ts';
import { ensureDemoUsers } from '../services/auth/ensure-demo-users.ts';
import { csrfTokenFor, safeEqual } from '../services/auth/session-token.ts';
import { accessFor, roleAllowed } from './auth-policy.ts';

export type Role = UserRole;

/** Who is asking, for which organisation. Every organisation-scoped query filters on organisationId. */
export interface RequestContext {
  organisationId: string;
  userId: string | null;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Set from the session; null without one (only possible on public routes). Handlers take it
     * through plugins/request-scope.ts (`requestScope`, `publicScope`, `signedInContext`).
     */
    ctx: RequestContext | null;
    session: SessionUser | null;
    sessionToken: string | null;
  }
}

/** Slug of the organisation the seed creates; the demo users belong to it. */
export const DEMO_ORGANISATION_SLUG = 'demo';
/** Documented default (README, docs/security.md); override with DEMO_PASSWORD. */
export const DEFAULT_DEMO_PASSWORD = 'begroting-demo-2026';

export const SESSION_COOKIE = 'begroting_sessie';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const ROLE_LABELS: Record<Role, string> = {
  advisor: 'informatieadviseur',
  manager: 'manager',
  admin: 'beheerder',
};

export interface AuthPluginOptions {
  db: Db;
  /** Password for the demo users, ensured on startup; null = do not create or touch demo users. */
  demoPassword?: string | null | undefined;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // request.protocol honours X-Forwarded-Proto only when Fastify's trustProxy is on.
    secure: request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
  });
}

/** A cross-site page may not drive a signed-in browser: the Origin (or Sec-Fetch-Site) must be ours. */
function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    try {
      const from = new URL(origin);
      // Parse our own host the same way so default ports (:80/:443) compare equal.
      return from.host === new URL(`${from.protocol}//${request.host}`).host;
    } catch {
      return false;
    }
  }
  return request.headers['sec-fetch-site'] !== 'cross-site';
}

function platformOnly() {
  return new AppError(
    'FORBIDDEN',
    'Gedeelde referentiegegevens en catalogusedities worden beheerd door het platformbeheer; uw organisatie kan ze gebruiken, niet wijzigen.',
  );
}

function forbiddenFor(role: Role) {
  return new AppError('FORBIDDEN', `Dit mag uw rol (${ROLE_LABELS[role]}) niet doen.`);
}

/**
 * Resolves the session cookie into request.ctx, then applies the access policy and the CSRF rules
 * to every matched route in one onRequest hook, before any body is parsed or any route code runs.
 */
export const authPlugin = fp<AuthPluginOptions>(
  async (app, { db, demoPassword }) => {
    await app.register(cookie);

    app.decorateRequest('ctx', null);
    app.decorateRequest('session', null);
    app.decorateRequest('sessionToken', null);

    if (demoPassword !== null) {
      app.addHook('onReady', async () => {
        await ensureDemoUsers(db, {
          organisationSlug: DEMO_ORGANISATION_SLUG,
          password: demoPassword ?? DEFAULT_DEMO_PASSWORD,
        });
      });
    }

    app.addHook('onRequest', async (request, reply) => {
      // Decide on the route the router matched (it percent-decodes the path), never on the raw URL:
      // `/%61pi/...` reaches the same handler as `/api/...`. Unmatched requests answer 404 and run no route code.
      const route = request.routeOptions.url;
      if (route === undefined) return;

      const token = request.cookies[SESSION_COOKIE];
      const session = token ? await findSession(db, token) : null;
      if (token && !session) clearSessionCookie(request, reply);
      if (session && token) {
        request.session = session;
        request.sessionToken = token;
        request.ctx = { organisationId: session.organisationId, userId: session.userId, role: session.role };
      }

      const rule = accessFor(request.method, route);
      if (rule.access !== 'public') {
        if (!session) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld: meld u aan om verder te gaan.');
        if (!roleAllowed(rule.access, session.role, session.platformAdmin)) {
          throw rule.access === 'platform' ? platformOnly() : forbiddenFor(session.role);
        }
      }

      if (UNSAFE_METHODS.has(request.method)) {
        if (!isSameOrigin(request))
          throw new AppError('FORBIDDEN', 'Verzoek geweigerd: het komt niet van deze website (Origin).');
        // Sign-in creates the session, so it cannot carry its token yet; the Origin check covers it.
        const isSignIn = route === '/api/auth/sign-in';
        if (session && token && !isSignIn) {
          const sent = request.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(token))) {
            throw new AppError(
              'FORBIDDEN',
              'Verzoek geweigerd: CSRF-token ontbreekt of is ongeldig. Herlaad de pagina.',
            );
          }
        }
      }
    });
  },
  { name: 'request-context' },
);
