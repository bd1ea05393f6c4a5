import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { organisations, sessions, users, type Db } from '@app/db';
import type { UserRole } from '@app/db';
import { hashSessionToken, newSessionToken } from './session-token.ts';

/** A signed-in user as the request context sees it. */
export interface SessionUser {
  sessionId: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** May change the reference data every organisation shares (ADR 0009). */
  platformAdmin: boolean;
  expiresAt: Date;
}

/** Absolute lifetime: a working day plus margin; no sliding renewal, so a stolen cookie expires. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function createSession(
  db: Db,
  userId: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.insert(sessions).values({ tokenHash: hashSessionToken(token), userId, expiresAt });
  // Housekeeping on sign-in keeps the table small without a scheduler.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { token, expiresAt };
}

// Every signed-in request runs this lookup: a prepared statement per database (built once, planned
// once by PostgreSQL) instead of building the same query each time.
const sessionStatements = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
function prepareSessionLookup(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      platformAdmin: users.platformAdmin,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        isNull(users.disabledAt),
      ),
    )
    .limit(1)
    .prepare('find_session');
}

/** The live session for a cookie token, or null (unknown, expired, or the user is disabled). */
export async function findSession(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  let statement = sessionStatements.get(db);
  if (!statement) sessionStatements.set(db, (statement = prepareSessionLookup(db)));
  const [row] = await statement.execute({ tokenHash: hashSessionToken(token), now });
  return row ?? null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSessionToken(token)));
}
