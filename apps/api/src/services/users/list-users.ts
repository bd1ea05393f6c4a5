import { asc, eq } from 'drizzle-orm';
import { users } from '@app/db';
import type { User } from '@app/schemas';
import type { RequestScope } from '../request-scope.ts';
import { toUser } from './user-view.ts';

/** The users of the caller's organisation, by e-mail address. */
export async function listUsers(scope: RequestScope): Promise<User[]> {
  const { db, organisationId } = scope;
  const rows = await db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.email));
  return rows.map(toUser);
}
