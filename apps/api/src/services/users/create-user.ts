import { eq } from 'drizzle-orm';
import { users } from '@app/db';
import type { User, UserCreate } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { hashPassword } from '../auth/password-hash.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { auditView, toUser } from './user-view.ts';

/** A new user of the caller's organisation; the e-mail address must be free in every organisation. */
export async function createUser(scope: RequestScope, input: UserCreate): Promise<User> {
  const { db } = scope;
  const actor = actorOf(scope);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (clash) {
      // E-mail addresses are unique across organisations (sign-in is by address alone). The answer is
      // the same whether the clash is in this organisation or another, so it reveals no other tenant.
      throw new AppError('CONFLICT', 'E-mailadres is niet beschikbaar.', {
        fields: [{ path: 'body.email', message: 'is niet beschikbaar' }],
      });
    }
    const [row] = await tx
      .insert(users)
      .values({
        organisationId: actor.organisationId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        passwordHash,
      })
      .returning();
    if (!row) throw new Error('inserting the user returned no row');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      userId: actor.userId,
      entity: 'user',
      entityId: row.id,
      action: 'create',
      after: auditView(row),
    });
    return toUser(row);
  });
}
