import { createHash } from 'node:crypto';
import { lt } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { signInAttempts, type Db } from '@app/db';
import { AppError } from '../../errors.ts';

/** The default: failed sign-ins per minute for one e-mail address from one client address. */
export const DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE = 10;

/**
 * Sign-in throttling on *failed* attempts only (a successful sign-in never counts and clears the
 * account-and-address counter). Three limits, each from `perMinute` (SIGN_IN_ATTEMPTS_PER_MINUTE):
 * - one account from one address: `perMinute` failures per minute (guessing one password);
 * - one address over all accounts: 3 × `perMinute` per minute (spraying one password over many
 *   accounts; an office behind one NAT address still has room for its typos);
 * - one account from all addresses: 5 × `perMinute` per 15 minutes (a distributed guess at one
 *   account). This one can make an attacker lock a user out for at most 15 minutes; that is the
 *   accepted price of not letting a botnet guess freely.
 * Counters live in PostgreSQL (table `sign_in_attempts`, rate-limiter-flexible's RateLimiterDrizzle:
 * one atomic upsert per limit), so N API instances on one database share one limit. A key is the
 * limit's prefix and a SHA-256 of address and/or account: the table holds no e-mail addresses or
 * client addresses. Rows whose window ended over an hour ago are deleted during a reservation, at
 * most once a minute per process (no timer). Behind a proxy set TRUST_PROXY so `address` is the
 * real client.
 */
export function createSignInThrottle(db: Db, perMinute: number) {
  // RateLimiterDrizzle works through our drizzle Db, so it runs on PostgreSQL and on PGlite alike
  // (RateLimiterPostgres needs a node-postgres client). It loads drizzle-orm's operators with a
  // dynamic import of its own, resolved from its package (pnpm's hoisted drizzle-orm here).
  // The library's own cleanup is a timer per limiter that outlives the app; ours runs on use.
  const options = { storeClient: db, schema: signInAttempts, clearExpiredByTimeout: false };
  const byAccountAndAddress = new RateLimiterDrizzle({
    ...options,
    keyPrefix: 'account-address',
    points: perMinute,
    duration: 60,
  });
  const byAddress = new RateLimiterDrizzle({ ...options, keyPrefix: 'address', points: 3 * perMinute, duration: 60 });
  const byAccount = new RateLimiterDrizzle({
    ...options,
    keyPrefix: 'account',
    points: 5 * perMinute,
    duration: 15 * 60,
  });
  const hash = (text: string) => createHash('sha256').update(text).digest('base64url');
  const keys = (address: string, email: string) => {
    const account = email.trim().toLowerCase();
    return [
      [byAccountAndAddress, hash(`${address}|${account}`)],
      [byAddress, hash(address)],
      [byAccount, hash(account)],
    ] as const;
  };
  let lastCleanup = 0;
  const cleanUp = async () => {
    if (Date.now() - lastCleanup < 60_000) return;
    lastCleanup = Date.now();
    await db.delete(signInAttempts).where(lt(signInAttempts.expire, new Date(Date.now() - 60 * 60 * 1000)));
  };

  return {
    /**
     * Reserves one attempt on every limit *before* the password is checked (so parallel guesses
     * cannot all slip through while scrypt runs); 429 with Retry-After when a limit is used up,
     * and then no scrypt runs at all. Call `succeeded` after a successful sign-in to give it back.
     */
    async reserve(address: string, email: string, setRetryAfter: (seconds: number) => void): Promise<void> {
      await cleanUp();
      for (const [limiter, key] of keys(address, email)) {
        try {
          await limiter.consume(key);
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
          setRetryAfter(seconds);
          throw new AppError(
            'RATE_LIMITED',
            `Te veel mislukte pogingen. Probeer het over ${seconds} seconden opnieuw.`,
          );
        }
      }
    },
    /** A successful sign-in does not count: the reserved attempt is returned, and earlier typos from this address are forgotten. */
    async succeeded(address: string, email: string): Promise<void> {
      const [[pair, pairKey], ...rest] = keys(address, email);
      await pair.delete(pairKey);
      for (const [limiter, key] of rest) await limiter.reward(key, 1);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
