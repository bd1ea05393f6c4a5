import { and, eq } from 'drizzle-orm';
import { users, type Db } from '@app/db';

/**
 * Grants or revokes the platform capability of an administrator (ADR 0009). Deliberately not an
 * API operation: no signed-in user can grant it, so a compromised organisation cannot take over the
 * reference data every organisation shares. Returns false when no administrator has this e-mail.
 */
export async function setPlatformAdmin(db: Db, email: string, platformAdmin: boolean): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ platformAdmin })
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.role, 'admin')))
    .returning({ id: users.id });
  return updated.length > 0;
}
