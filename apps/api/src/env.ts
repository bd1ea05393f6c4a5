import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The only reader of process.env. Defaults make `npm start` work with nothing configured:
// embedded PGlite under <repo>/.data/pglite and the built web app from apps/web/dist.

const repoPath = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** postgres://… switches from embedded PGlite to a real PostgreSQL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL moet met postgres:// beginnen' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default(repoPath('.data/pglite')),
  WEB_DIST: z.string().min(1).default(repoPath('apps/web/dist')),
  /** Password of the demo users advisor@/manager@/admin@demo.example; printed at start. */
  DEMO_PASSWORD: z
    .string()
    .min(8, { error: 'DEMO_PASSWORD moet minstens 8 tekens hebben' })
    .default('begroting-demo-2026'),
  /**
   * Number of reverse-proxy hops in front of the API whose X-Forwarded-For/Proto are honoured
   * (Secure cookies, client IP). Only that many hops are trusted, so a client cannot prepend or
   * rotate addresses to dodge the sign-in limit. 'true' means 1 hop and 'false' 0, for compatibility.
   */
  TRUST_PROXY: z
    .union([
      z.literal('true').transform(() => 1),
      z.literal('false').transform(() => 0),
      z.coerce.number().int().min(0).max(10),
    ])
    .default(0),
  /** Sign-in attempts per minute per client address and e-mail address (brute-force brake). */
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** 'false' skips the demo BLNP collaboration that is otherwise created on first start. */
  DEMO_COLLABORATION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bearer token that unlocks GET /api/metrics (Prometheus). Unset: the metrics route does not exist
   * and nothing is measured. Long enough not to be guessed (docs/deployment.md "Metrics").
   */
  METRICS_TOKEN: z
    .string()
    .min(24, { error: 'METRICS_TOKEN moet minstens 24 tekens hebben' })
    .regex(/^[\x21-\x7e]+$/, { error: 'METRICS_TOKEN mag alleen zichtbare ASCII-tekens bevatten' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** On SIGTERM/SIGINT: seconds to let in-flight requests finish before the process gives up (exit 1). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(25),
  /** Connections per instance in the PostgreSQL pool (N instances × this stays below max_connections). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
});

export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Ongeldige configuratie: ${problems}`);
  }
  return parsed.data;
}
