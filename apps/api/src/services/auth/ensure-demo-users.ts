import { eq } from 'drizzle-orm';
import { organisations, users, type Db, type UserRole } from '@app/db';
import { hashPassword, verifyPassword } from './password-hash.ts';

/** Fictional accounts on a reserved domain (RFC 2606): no personal data. */
// The demo organisation operates the demo instance, so its administrator is also the platform
// administrator who maintains the shared reference data (ADR 0009); a second organisation's
// administrator is not.
export const DEMO_USERS: readonly { email: string; role: UserRole; displayName: string; platformAdmin: boolean }[] = [
  { email: 'advisor@demo.example', role: 'advisor', displayName: 'Demo Informatieadviseur', platformAdmin: false },
  { email: 'manager@demo.example', role: 'manager', displayName: 'Demo Manager', platformAdmin: false },
  { email: 'admin@demo.example', role: 'admin', displayName: 'Demo Beheerder', platformAdmin: true },
];

/**
 * Idempotent: creates the demo organisation's three users (one per role) if missing and resets
 * their password to `password` (and their platform capability) when it differs, so DEMO_PASSWORD
 * always works after a restart.
 * Returns false when the organisation does not exist (nothing seeded yet).
 */
export async function ensureDemoUsers(
  db: Db,
  options: { organisationSlug: string; password: string },
): Promise<boolean> {
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, options.organisationSlug))
    .limit(1);
  if (!organisation) return false;
  for (const demo of DEMO_USERS) {
    const [existing] = await db
      .select({ id: users.id, passwordHash: users.passwordHash, platformAdmin: users.platformAdmin })
      .from(users)
      .where(eq(users.email, demo.email))
      .limit(1);
    if (!existing) {
      await db
        .insert(users)
        .values({
          organisationId: organisation.id,
          email: demo.email,
          role: demo.role,
          displayName: demo.displayName,
          platformAdmin: demo.platformAdmin,
          passwordHash: await hashPassword(options.password),
        })
        .onConflictDoNothing();
      continue;
    }
    if (!(await verifyPassword(options.password, existing.passwordHash))) {
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(options.password) })
        .where(eq(users.id, existing.id));
    }
    if (existing.platformAdmin !== demo.platformAdmin) {
      await db.update(users).set({ platformAdmin: demo.platformAdmin }).where(eq(users.id, existing.id));
    }
  }
  return true;
}
