import { and, asc, eq } from 'drizzle-orm';
import { sessions, users, type Db, type UserRow } from '@app/db';
import type { User, UserCreate, UserPatch } from '@app/schemas';
import { AppError, notFound } from '../errors.ts';
import type { Actor } from './budget-workflow.ts';
import { isUuid } from './ids.ts';
import { hashPassword } from './password-hash.ts';
import { recordAudit } from './record-audit.ts';

// Administrators manage the users of their own organisation. Users are disabled, never deleted,
// so the audit trail keeps its names.

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  disabled: row.disabledAt !== null,
  createdAt: row.createdAt.toISOString(),
});

/** What the audit trail may show of a user: never the password hash. */
const auditView = (row: UserRow) => ({ email: row.email, displayName: row.displayName, role: row.role, disabled: row.disabledAt !== null });

export async function listUsers(db: Db, organisationId: string): Promise<User[]> {
  const rows = await db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(asc(users.email));
  return rows.map(toUser);
}

export async function createUser(db: Db, actor: Actor, input: UserCreate): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (clash) {
      // E-mail addresses are unique across organisations (sign-in is by address alone). The answer is
      // the same whether the clash is in this organisation or another, so it reveals no other tenant.
      throw new AppError('CONFLICT', 'E-mailadres is niet beschikbaar.', { fields: [{ path: 'body.email', message: 'is niet beschikbaar' }] });
    }
    const [row] = await tx
      .insert(users)
      .values({ organisationId: actor.organisationId, email: input.email, displayName: input.displayName, role: input.role, passwordHash })
      .returning();
    if (!row) throw new Error('inserting the user returned no row');
    await recordAudit(tx, { organisationId: actor.organisationId, userId: actor.userId, entity: 'user', entityId: row.id, action: 'create', after: auditView(row) });
    return toUser(row);
  });
}

export async function updateUser(db: Db, actor: Actor, userId: string, patch: UserPatch): Promise<User> {
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
      throw new AppError('CONFLICT', 'U kunt uw eigen beheerdersrol niet intrekken of uw eigen account niet uitschakelen.', {
        fields: [{ path: patch.disabled ? 'body.disabled' : 'body.role', message: 'niet toegestaan voor uw eigen account' }],
      });
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
    if (patch.role !== undefined || patch.disabled || passwordHash) await tx.delete(sessions).where(eq(sessions.userId, userId));
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
