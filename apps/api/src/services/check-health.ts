import { sql } from 'drizzle-orm';
import type { Db, DbKind } from '@app/db';
import type { Health } from '@app/schemas';

/** Answers only when the database answers. */
export async function checkHealth(db: Db, kind: DbKind): Promise<Health> {
  await db.execute(sql`select 1`);
  return { status: 'ok', database: kind };
}
