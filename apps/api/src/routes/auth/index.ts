import { ChangePasswordSchema, SessionInfoSchema, SignInSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, publicRoutes } from '../scoped-routes.ts';
import { clearSessionCookie, setSessionCookie } from '../../plugins/auth.ts';
import { AppError } from '../../errors.ts';
import { findSession } from '../../services/auth/auth-session.ts';
import { changePassword } from '../../services/auth/change-password.ts';
import { sessionInfo } from '../../services/auth/get-session-info.ts';
import { signIn } from '../../services/auth/sign-in.ts';
import { createSignInThrottle } from '../../services/auth/sign-in-throttle.ts';
import { signOut } from '../../services/auth/sign-out.ts';

const errors = errorAnswers(400, 401, 403, 429);

export const authRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = publicRoutes(app, deps, { tags: ['auth'], errors });
  const throttle = createSignInThrottle(deps.db, deps.signInAttemptsPerMinute);

  routes.post(
    '/sign-in',
    { body: SignInSchema, ok: SessionInfoSchema },
    async ({ db }, { body }, { request, reply }) => {
      await throttle.reserve(request.ip, body.email, (seconds) => void reply.header('retry-after', String(seconds)));
      const { token, expiresAt } = await signIn(db, body);
      await throttle.succeeded(request.ip, body.email);
      const session = await findSession(db, token);
      if (!session) throw new AppError('INTERNAL', 'session vanished right after sign-in');
      setSessionCookie(request, reply, token, expiresAt);
      return sessionInfo(session, token);
    },
  );

  routes.post('/sign-out', { noContent: true }, async ({ db }, _input, { request, reply }) => {
    await signOut(db, request.sessionToken ?? undefined);
    clearSessionCookie(request, reply);
  });

  routes.get('/me', { ok: SessionInfoSchema }, async (_scope, _input, { request }) => {
    // The policy guarantees a session here; the check keeps the types honest.
    if (!request.session || !request.sessionToken) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld.');
    return sessionInfo(request.session, request.sessionToken);
  });

  routes.post('/password', { body: ChangePasswordSchema, noContent: true }, async ({ db }, { body }, { request }) => {
    if (!request.session) throw new AppError('UNAUTHENTICATED', 'Niet aangemeld.');
    const { userId, organisationId, sessionId } = request.session;
    await changePassword(db, { userId, organisationId, sessionId }, body);
  });
};
