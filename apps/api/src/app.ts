import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbHandle } from '@app/db';
import { registerErrorHandling, sendNotFound } from './plugins/error-handler.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { inputGuardPlugin } from './plugins/input-guard.ts';
import { requestContextPlugin } from './plugins/request-context.ts';
import { BASELINE_HEADERS, securityPlugin } from './plugins/security.ts';
import { registerStaticWeb } from './plugins/static-web.ts';
import { REQUEST_ID_HEADER, requestIdFor, requestIdPlugin } from './plugins/request-id.ts';
import { metricsPlugin } from './plugins/metrics.ts';
import { gracefulClosePlugin } from './plugins/graceful-close.ts';
import compress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
import { createReferenceCache } from './services/reference-data/reference-cache.ts';
import { createResultCache } from './services/budget-read/result-cache.ts';
import { apiRoutes, type RouteDeps } from './routes/index.ts';
import { DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE } from './services/auth/sign-in-throttle.ts';
import { ensureDemoCollaboration } from './services/collaborations/ensure-demo-collaboration.ts';
import { DEMO_ORGANISATION_SLUG } from './plugins/auth.ts';

// Validation messages in Dutch for issues our schemas do not word themselves.
z.config(z.locales.nl());

export interface BuildAppOptions {
  /** An open, migrated (and seeded) database. The app never opens or closes it. */
  db: DbHandle;
  /** Built web app to serve (apps/web/dist); absent or missing → API only. */
  webDist?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  /** Password of the demo users (ensured at startup); null = leave demo users alone. Default: the documented demo password. */
  demoPassword?: string | null | undefined;
  /** Trust X-Forwarded-* from a reverse proxy (Secure cookies and client IPs behind TLS termination). */
  trustProxy?: boolean | number | undefined;
  /** Sign-in attempts per minute per address and e-mail (default 10). */
  signInAttemptsPerMinute?: number | undefined;
  /** Enables GET /api/metrics (Prometheus) for scrapes that send this bearer token; absent → no metrics. */
  metricsToken?: string | undefined;
  /** Create the demo BLNP collaboration in the demo organisation on first start (server.ts: on by default). */
  demoCollaboration?: boolean | undefined;
  /** Size of the per-process cache of computed budget results (default 64 MB; 0 keeps nothing). */
  resultCacheBytes?: number | undefined;
}

/** Builds the Fastify instance with every plugin and route; never listens (server.ts does). */
export async function buildApp(options: BuildAppOptions) {
  // A hop count trusts only the last N X-Forwarded-For entries (a client cannot prepend its way
  // past the proxy); `true` means one hop. 0 hops is passed as `false`, Fastify's own default.
  const hops = options.trustProxy === true ? 1 : Number(options.trustProxy ?? 0);
  // Written as the function proxy-addr makes of a number (Fastify's types omit the number form).
  const proxyHops = hops > 0 ? (_address: string, hop: number) => hop < hops : false;
  const app = Fastify({
    logger: options.logger ?? false,
    // Generous for JSON bodies (an imported override list), small enough to refuse abuse.
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // While closing, new requests get the API's 503 with Retry-After (plugins/graceful-close.ts).
    return503OnClosing: false,
    trustProxy: proxyHops,
    // Request ids: a sane incoming X-Request-Id is kept, otherwise a UUID (plugins/request-id.ts);
    // every log line of the request carries it as `reqId` and the answer echoes it.
    requestIdHeader: false,
    genReqId: requestIdFor,
    // Router-level refusals (a path parameter over 100 characters, a malformed URL) bypass the error
    // handler; answer them in the API's error shape too.
    // They run before any hook, so the security headers are set here as well.
    frameworkErrors: (error, request, reply) => {
      void (reply as unknown as FastifyReply)
        .status(error.statusCode ?? 400)
        .headers({ ...BASELINE_HEADERS, [REQUEST_ID_HEADER]: request.id })
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({
            error: {
              code: 'VALIDATION_ERROR',
              message: 'Ongeldige invoer: de URL is ongeldig of een onderdeel ervan is te lang.',
            },
          }),
        );
    },
    // Node refuses oversized headers (431) and broken requests itself, before Fastify: same shape.
    clientErrorHandler: (error: Error & { code?: string }, socket) => {
      // As Fastify's default: a reset or closed socket cannot be answered.
      if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy(error);
      const [status, reason, message] =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'Request Header Fields Too Large', 'Ongeldige invoer: de headers van het verzoek zijn te groot.']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'Request Timeout', 'Het verzoek duurde te lang; probeer het opnieuw.']
            : [400, 'Bad Request', 'Ongeldige invoer: het verzoek is onleesbaar.'];
      const body = JSON.stringify({ error: { code: 'VALIDATION_ERROR', message } });
      const headers = {
        ...BASELINE_HEADERS,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        connection: 'close',
      };
      socket.end(
        `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\r\n')}\r\n\r\n${body}`,
      );
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(requestIdPlugin);
  await app.register(gracefulClosePlugin);
  if (options.metricsToken)
    await app.register(metricsPlugin, {
      token: options.metricsToken,
      poolStats: () => options.db.poolStats?.() ?? null,
    });

  await app.register(securityPlugin);
  // br/gzip for API JSON and uncompressed files; hashed web assets are served precompressed (static-web.ts).
  // Quality 4: most of the gain at a fraction of the CPU of the default 11 for dynamic responses.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(inputGuardPlugin);
  await registerOpenApi(app);
  await app.register(requestContextPlugin, { db: options.db.db, demoPassword: options.demoPassword });

  const deps: RouteDeps = {
    db: options.db.db,
    dbKind: options.db.kind,
    cache: createReferenceCache(),
    results: createResultCache(options.resultCacheBytes),
    signInAttemptsPerMinute: options.signInAttemptsPerMinute ?? DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE,
  };
  for (const route of apiRoutes) {
    await app.register(route.plugin, { prefix: `/api${route.prefix}`, deps });
  }
  if (options.demoCollaboration) {
    app.addHook('onReady', async () => {
      await ensureDemoCollaboration(deps, DEMO_ORGANISATION_SLUG);
    });
  }

  const spaFallback = await registerStaticWeb(app, options.webDist);
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback?.(request, reply)) return reply;
    return sendNotFound(request, reply);
  });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
