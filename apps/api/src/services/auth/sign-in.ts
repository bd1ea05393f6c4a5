import { eq } from 'drizzle-orm';
import { users, type Db } from '@app/db';
import type { SignIn } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { createSession } from './auth-session.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password-hash.ts';

/** One message for every failure, so the answer never tells which addresses exist. */
export const SIGN_IN_FAILED = 'E-mailadres of wachtwoord onjuist';

export async function signIn(db: Db, input: SignIn): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  // Unknown addresses still pay for one scrypt, so timing does not reveal them either.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid || user.disabledAt) throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED);
  // Old hashes (lower cost) still verify; upgrade them now that the plain password is at hand.
  if (needsRehash(user.passwordHash)) {
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(eq(users.id, user.id));
  }
  const session = await createSession(db, user.id);
  return { ...session, userId: user.id };
}
