import type { Db, UserRole } from '@app/db';
import type { ReferenceCache } from './reference-data/reference-cache.ts';
import type { ResultCache } from './budget-read/result-cache.ts';

/**
 * What a service needs to know about the request it serves, built once per request by
 * plugins/request-scope.ts and passed as a service's first argument. A signed-in request acts for
 * one organisation; every organisation-scoped query filters on `organisationId`.
 */
export interface RequestScope {
  db: Db;
  cache: ReferenceCache;
  /** Computed results of stored budgets, keyed by what the request read (budget-read/result-cache.ts). */
  results: ResultCache;
  organisationId: string;
  /** The signed-in user, for the audit trail. */
  userId: string | null;
  role: UserRole;
}

/** A public route's scope: signed in or not (then organisation, user and role are null). */
export interface PublicScope {
  db: Db;
  cache: ReferenceCache;
  results: ResultCache;
  organisationId: string | null;
  userId: string | null;
  role: UserRole | null;
}

/** The same scope on another connection, e.g. the transaction a write runs in. */
export function onConnection<S extends { db: Db }>(scope: S, db: Db): S {
  return { ...scope, db };
}

/** Who acts, as the audit trail and the workflow record it. */
export function actorOf(scope: Pick<RequestScope, 'organisationId' | 'userId'>): {
  organisationId: string;
  userId: string | null;
} {
  return { organisationId: scope.organisationId, userId: scope.userId };
}
