import type { UserRow } from '@app/db';
import type { User } from '@app/schemas';

// Administrators manage the users of their own organisation. Users are disabled, never deleted,
// so the audit trail keeps its names.

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  disabled: row.disabledAt !== null,
  createdAt: row.createdAt.toISOString(),
});

/** What the audit trail may show of a user: never the password hash. */
export const auditView = (row: UserRow) => ({
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  disabled: row.disabledAt !== null,
});
