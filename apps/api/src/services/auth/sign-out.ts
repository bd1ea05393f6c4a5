import type { Db } from '@app/db';
import { deleteSession } from './auth-session.ts';

/** Ends the session server-side; the cookie alone is then worthless even if it was copied. */
export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteSession(db, token);
}
