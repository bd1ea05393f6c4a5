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

const DOCS_CSP = Object.entries({ ...CONTENT_SECURITY_POLICY, 'style-src': ["'self'", "'unsafe-inline'"] })
  .map(([directive, values]) => `${directive} ${values.join(' ')}`)
  .join('; ');

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
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/docs')) void reply.header('content-security-policy', DOCS_CSP);
      // API answers are per-user data: never cache them in shared caches.
      if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'security-headers' },
);
