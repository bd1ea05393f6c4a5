import { eq } from 'drizzle-orm';
import { organisations, users, type Db, type UserRole } from '@app/db';
import { hashPassword, verifyPassword } from './password-hash.ts';

/** Fictional accounts on a reserved domain (RFC 2606): no personal data. */
export const DEMO_USERS: readonly { email: string; role: UserRole; displayName: string }[] = [
  { email: 'advisor@demo.example', role: 'advisor', displayName: 'Demo Informatieadviseur' },
  { email: 'manager@demo.example', role: 'manager', displayName: 'Demo Manager' },
  { email: 'admin@demo.example', role: 'admin', displayName: 'Demo Beheerder' },
];

/**
 * Idempotent: creates the demo organisation's three users (one per role) if missing and resets
 * their password to `password` when it differs, so DEMO_PASSWORD always works after a restart.
 * Returns false when the organisation does not exist (nothing seeded yet).
 */
export async function ensureDemoUsers(db: Db, options: { organisationSlug: string; password: string }): Promise<boolean> {
  const [organisation] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, options.organisationSlug)).limit(1);
  if (!organisation) return false;
  for (const demo of DEMO_USERS) {
    const [existing] = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, demo.email)).limit(1);
    if (!existing) {
      await db
        .insert(users)
        .values({ organisationId: organisation.id, email: demo.email, role: demo.role, displayName: demo.displayName, passwordHash: await hashPassword(options.password) })
        .onConflictDoNothing();
    } else if (!(await verifyPassword(options.password, existing.passwordHash))) {
      await db.update(users).set({ passwordHash: await hashPassword(options.password) }).where(eq(users.id, existing.id));
    }
  }
  return true;
}
