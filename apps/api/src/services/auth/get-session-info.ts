import type { SessionInfo } from '@app/schemas';
import type { SessionUser } from './auth-session.ts';
import { csrfTokenFor } from './session-token.ts';

/** What the browser learns about its session: the user and the CSRF token for unsafe requests. */
export function sessionInfo(session: SessionUser, token: string): SessionInfo {
  return {
    user: {
      id: session.userId,
      email: session.email,
      displayName: session.displayName,
      role: session.role,
      platformAdmin: session.platformAdmin,
      organisation: { id: session.organisationId, name: session.organisationName },
    },
    csrfToken: csrfTokenFor(token),
    expiresAt: session.expiresAt.toISOString(),
  };
}
