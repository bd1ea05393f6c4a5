import { sql } from 'drizzle-orm';
import type { Db, DbKind } from '@app/db';
import type { Health } from '@app/schemas';
import { AppError } from '../../errors.ts';

/**
 * How long readiness waits for `select 1`. A database that does not answer (network partition,
 * failover in progress) must turn the probe into a prompt 503, not a hanging request.
 */
export const READINESS_TIMEOUT_MS = 3_000;

/**
 * Readiness (GET /api/health/ready, and /api/health as before): answers only when the database
 * answers within READINESS_TIMEOUT_MS; otherwise 503 with Retry-After, so a load balancer takes the
 * instance out of rotation (and a probe sees "not ready", not a crash) until the database is back.
 */
export async function checkHealth(db: Db, kind: DbKind, timeoutMs = READINESS_TIMEOUT_MS): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timedOut]);
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'De database is niet bereikbaar.', { cause: error });
  } finally {
    clearTimeout(timer);
  }
  return { status: 'ok', database: kind };
}
