import { and, eq } from 'drizzle-orm';
import { sessions, users } from '@app/db';
import type { User, UserPatch } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { auditView, toUser } from './user-view.ts';

/** Name, role, disabled or a new password of a user of the caller's organisation. */
export async function updateUser(scope: RequestScope, userId: string, patch: UserPatch): Promise<User> {
  const { db } = scope;
  const actor = actorOf(scope);
  if (!isUuid(userId)) throw notFound('Gebruiker');
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organisationId, actor.organisationId)))
      .for('update');
    if (!before) throw notFound('Gebruiker');
    // An administrator cannot lock themselves (and possibly everyone) out of user management.
    if (userId === actor.userId && ((patch.role && patch.role !== 'admin') || patch.disabled)) {
      throw new AppError(
        'CONFLICT',
        'U kunt uw eigen beheerdersrol niet intrekken of uw eigen account niet uitschakelen.',
        {
          fields: [
            { path: patch.disabled ? 'body.disabled' : 'body.role', message: 'niet toegestaan voor uw eigen account' },
          ],
        },
      );
    }
    const changes: Partial<typeof users.$inferInsert> = {};
    if (patch.displayName !== undefined) changes.displayName = patch.displayName;
    if (patch.role !== undefined) changes.role = patch.role;
    if (patch.disabled !== undefined) changes.disabledAt = patch.disabled ? (before.disabledAt ?? new Date()) : null;
    if (passwordHash) changes.passwordHash = passwordHash;
    if (Object.keys(changes).length === 0) return toUser(before);
    const [after] = await tx.update(users).set(changes).where(eq(users.id, userId)).returning();
    if (!after) throw notFound('Gebruiker');
    // A changed role, a disabled account or a reset password ends the user's sessions.
    if (patch.role !== undefined || patch.disabled || passwordHash)
      await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      entity: 'user',
      entityId: userId,
      action: passwordHash ? 'update+password-reset' : 'update',
      before: auditView(before),
      after: auditView(after),
    });
    return toUser(after);
  });
}
