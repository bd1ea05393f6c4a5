import {
  ChangePasswordSchema,
  ErrorResponseSchema,
  NoContentSchema,
  SessionInfoSchema,
  SignInSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/auth.ts';
import { AppError } from '../../errors.ts';
import { findSession } from '../../services/auth/auth-session.ts';
import { changePassword } from '../../services/auth/change-password.ts';
import { sessionInfo } from '../../services/auth/get-session-info.ts';
import { signIn } from '../../services/auth/sign-in.ts';
import { createSignInThrottle } from '../../services/auth/sign-in-throttle.ts';
import { signOut } from '../../services/auth/sign-out.ts';

const tags = ['auth'];
const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  429: ErrorResponseSchema,
};

export const authRoutes: RoutePlugin = async (app, { deps }) => {
  const throttle = createSignInThrottle(deps.db, deps.signInAttemptsPerMinute);

  app.post(
    '/sign-in',
    { schema: { tags, body: SignInSchema, response: { 200: SessionInfoSchema, ...errors } } },
    async (request, reply) => {
      await throttle.reserve(
        request.ip,
        request.body.email,
        (seconds) => void reply.header('retry-after', String(seconds)),
      );
      const { token, expiresAt } = await signIn(deps.db, request.body);
      await throttle.succeeded(request.ip, request.body.email);
      const session = await findSession(deps.db, token);
      if (!session) throw new AppError('INTERNAL', 'session vanished right after sign-in');
      setSessionCookie(request, reply, token, expiresAt);
      return sessionInfo(session, token);
    },
  );

  app.post('/sign-out', { schema: { tags, response: { 204: NoContentSchema, ...errors } } }, async (request, reply) => {
    await signOut(deps.db, request.sessionToken ?? undefined);
    clearSessionCookie(request, reply);
    return reply.status(204).send(null);
  });

  app.get('/me', { schema: { tags, response: { 200: SessionInfoSchema, ...errors } } }, async (request) => {
    // The policy guarantees a session here; the check keeps the types honest.
    if (!request.session || !request.sessionToken) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld.');
    return sessionInfo(request.session, request.sessionToken);
  });

  app.post(
    '/password',
    { schema: { tags, body: ChangePasswordSchema, response: { 204: NoContentSchema, ...errors } } },
    async (request, reply) => {
      if (!request.session) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld.');
      await changePassword(
        deps.db,
        {
          userId: request.session.userId,
          organisationId: request.session.organisationId,
          sessionId: request.session.sessionId,
        },
        request.body,
      );
      return reply.status(204).send(null);
    },
  );
};
