import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

/**
 * Security headers for the API and the served web app. The CSP is strict: only own scripts and
 * styles, no inline script, no eval, no framing. Recharts and React set styles through the CSSOM
 * (element.style), which CSP does not govern, so style-src needs no 'unsafe-inline' for the app.
 * Swagger UI (/api/docs) ships an inline style block and data: images, so it alone gets a
 * slightly wider style/img policy.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

const serializeCsp = (policy: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(policy)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join('; ');
const DOCS_CSP = serializeCsp({ ...CONTENT_SECURITY_POLICY, 'style-src': ["'self'", "'unsafe-inline'"] });

export const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers for answers sent outside the hook chain (router refusals, see app.ts frameworkErrors). */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': serializeCsp(CONTENT_SECURITY_POLICY),
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export const securityPlugin = fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        // No upgrade-insecure-requests: the embedded default serves plain http on 127.0.0.1.
        directives: { ...CONTENT_SECURITY_POLICY },
      },
      // Same-origin app: no cross-origin embedding of its resources.
      crossOriginResourcePolicy: { policy: 'same-origin' },
      referrerPolicy: { policy: 'same-origin' },
      // HSTS over plain http is meaningless and pins a host that may never serve https: sent below only for https.
      strictTransportSecurity: false,
    });
    app.addHook('onSend', async (request, reply, payload) => {
      // The matched route pattern (decoded by the router), so `/%61pi/...` gets the same headers as `/api/...`.
      const path = request.routeOptions.url ?? request.url;
      if (path.startsWith('/api/docs')) void reply.header('content-security-policy', DOCS_CSP);
      // API answers are per-user data: never cache them in shared caches.
      if (path.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      // request.protocol honours X-Forwarded-Proto only with TRUST_PROXY.
      if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
      return payload;
    });
  },
  { name: 'security-headers' },
);
