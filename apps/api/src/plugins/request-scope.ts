import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { PublicScope, RequestScope } from '../services/request-scope.ts';
import type { RequestContext } from './auth.ts';

/** What the scope takes from the app (the route plugins' deps). */
interface ScopeDeps {
  db: RequestScope['db'];
  cache: RequestScope['cache'];
  results: RequestScope['results'];
}

/**
 * The signed-in caller. The access policy (plugins/auth-policy.ts) already refused anonymous
 * requests to signed-in routes; this guard makes the type say so and fails closed if a route is
 * ever mis-declared as public.
 */
export function signedInContext(request: FastifyRequest): RequestContext {
  if (!request.ctx) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld: meld u aan om verder te gaan.');
  return request.ctx;
}

/** `{ db, cache, organisationId, userId, role }` of a signed-in request, built once in the handler. */
export function requestScope(deps: ScopeDeps, request: FastifyRequest): RequestScope {
  const { organisationId, userId, role } = signedInContext(request);
  return { db: deps.db, cache: deps.cache, results: deps.results, organisationId, userId, role };
}

/** The scope of a public route: the caller's organisation if signed in, else nulls. */
export function publicScope(deps: ScopeDeps, request: FastifyRequest): PublicScope {
  const ctx = request.ctx;
  return {
    db: deps.db,
    cache: deps.cache,
    results: deps.results,
    organisationId: ctx?.organisationId ?? null,
    userId: ctx?.userId ?? null,
    role: ctx?.role ?? null,
  };
}
