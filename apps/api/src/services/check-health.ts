import { sql } from 'drizzle-orm';
import type { Db, DbKind } from '@app/db';
import type { Health } from '@app/schemas';
import { AppError } from '../errors.ts';

/** Answers only when the database answers; otherwise 503 (with Retry-After) so a probe sees "not ready", not a crash. */
export async function checkHealth(db: Db, kind: DbKind): Promise<Health> {
  try {
    await db.execute(sql`select 1`);
  } catch (error) {
    throw new AppError('UNAVAILABLE', 'De database is niet bereikbaar.', { cause: error });
  }
  return { status: 'ok', database: kind };
}
