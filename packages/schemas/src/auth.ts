import { z } from 'zod';
import { NameSchema, TimestampSchema, UuidSchema } from './common.ts';

// Accounts and sessions (issue 6). Only fictional demo users exist; no personal data.

export const USER_ROLES = ['advisor', 'manager', 'admin'] as const;
export const UserRoleSchema = z.enum(USER_ROLES, { error: 'moet advisor, manager of admin zijn' });
export type UserRole = z.infer<typeof UserRoleSchema>;

export const EmailSchema = z
  .string({ error: 'e-mailadres is verplicht' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'e-mailadres is te lang' })
  .pipe(z.email({ error: 'moet een geldig e-mailadres zijn' }));

/** Password bounds: long enough to mean something, short enough that scrypt input stays small. */
export const NewPasswordSchema = z
  .string({ error: 'wachtwoord is verplicht' })
  .min(12, { error: 'wachtwoord moet minstens 12 tekens hebben' })
  .max(200, { error: 'wachtwoord is te lang (maximaal 200 tekens)' });

export const SignInSchema = z.object({
  email: EmailSchema,
  // Sign-in does not enforce the current policy: an older, shorter password must still work.
  password: z
    .string({ error: 'wachtwoord is verplicht' })
    .min(1, { error: 'wachtwoord is verplicht' })
    .max(200, { error: 'wachtwoord is te lang' }),
});
export type SignIn = z.infer<typeof SignInSchema>;

export const CurrentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: UserRoleSchema,
  /** Administrator who may also change the reference data all organisations share (catalog editions, salary tables, rate cards, benchmarks). */
  platformAdmin: z.boolean(),
  organisation: z.object({ id: z.string(), name: z.string() }),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** `GET /api/auth/me` and the sign-in response: the user plus the CSRF token for unsafe requests. */
export const SessionInfoSchema = z.object({
  user: CurrentUserSchema,
  /** Send as header `x-csrf-token` on every POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  expiresAt: TimestampSchema,
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const ChangePasswordSchema = z.object({
  currentPassword: z
    .string({ error: 'huidig wachtwoord is verplicht' })
    .min(1, { error: 'huidig wachtwoord is verplicht' })
    .max(200),
  newPassword: NewPasswordSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

/** Users of the own organisation, as an administrator manages them. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: UserRoleSchema,
  disabled: z.boolean(),
  createdAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;
export const UserListSchema = z.array(UserSchema);
export const UserCreateSchema = z.object({
  email: EmailSchema,
  displayName: NameSchema,
  role: UserRoleSchema,
  password: NewPasswordSchema,
});
export type UserCreate = z.infer<typeof UserCreateSchema>;
export const UserPatchSchema = z.object({
  displayName: NameSchema.optional(),
  role: UserRoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: NewPasswordSchema.optional(),
});
export type UserPatch = z.infer<typeof UserPatchSchema>;
export const UserParamsSchema = z.object({ id: UuidSchema });
