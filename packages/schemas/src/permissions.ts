import type { UserRole } from './auth.ts';

/**
 * Who may do what: the one role × action table. The API's access policy
 * (apps/api/src/plugins/auth-policy.ts) builds its route rules from it and the web app hides the
 * controls it would refuse (apps/web/src/features/auth/permissions.ts), so the two cannot drift.
 * Changing shared reference data needs more than a role: see the policy's `platform` access.
 */
export const ROLE_ACTIONS = {
  'read-budgets': ['advisor', 'manager', 'admin'],
  'edit-budget': ['advisor'],
  submit: ['advisor'],
  adopt: ['manager'],
  'send-back': ['manager'],
  comment: ['advisor', 'manager'],
  'new-version': ['advisor'],
  'manage-organisation': ['admin'],
  'read-collaborations': ['advisor', 'manager', 'admin'],
  'manage-collaborations': ['advisor'],
  'grant-partner': ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type RoleAction = keyof typeof ROLE_ACTIONS;

export function roleMay(role: UserRole | null | undefined, action: RoleAction): boolean {
  return role ? (ROLE_ACTIONS[action] as readonly UserRole[]).includes(role) : false;
}
