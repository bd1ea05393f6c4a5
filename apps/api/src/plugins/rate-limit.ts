import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { AppError } from '../errors.ts';

/**
 * Rate limiting is opt-in per route (`config.rateLimit`); today only sign-in uses it. The limit
 * runs as a preHandler so a route's key can use the validated body (e.g. the e-mail address).
 */
export async function registerRateLimit(app: FastifyInstance) {
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Te veel pogingen. Probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`),
  });
}

/** The default sign-in limit: attempts per minute per client address and e-mail address. */
export const DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

/** Sign-in: `max` attempts per minute per client address and e-mail address. */
export const signInRateLimit = (max: number) => ({
  max,
  timeWindow: '1 minute',
  keyGenerator: (request: { ip: string; body?: unknown }) => {
    const email = (request.body as { email?: unknown } | undefined)?.email;
    return `${request.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
  },
});
