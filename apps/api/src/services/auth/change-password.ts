import { and, eq, ne } from 'drizzle-orm';
import { sessions, users, type Db } from '@app/db';
import type { ChangePassword } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { recordAudit } from '../audit/record-audit.ts';

/** Changes the own password; other sessions of the user end (a leaked cookie stops working). */
export async function changePassword(
  db: Db,
  who: { userId: string; organisationId: string; sessionId: string },
  input: ChangePassword,
): Promise<void> {
  const [user] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, who.userId))
    .limit(1);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld.');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION_ERROR', 'Ongeldige invoer: body.currentPassword is onjuist', {
      fields: [{ path: 'body.currentPassword', message: 'is onjuist' }],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError(
      'VALIDATION_ERROR',
      'Ongeldige invoer: body.newPassword moet verschillen van het huidige wachtwoord',
      {
        fields: [{ path: 'body.newPassword', message: 'moet verschillen van het huidige wachtwoord' }],
      },
    );
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, who.userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, who.userId), ne(sessions.id, who.sessionId)));
    // Never the hashes themselves: the trail records that it happened, not the secret.
    await recordAudit(tx, {
      organisationId: who.organisationId,
      userId: who.userId,
      entity: 'user',
      entityId: who.userId,
      action: 'change-password',
    });
  });
}
