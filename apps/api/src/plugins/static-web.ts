import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Vite puts content-hashed files under /assets/: their content never changes at that address. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, robots.txt, favicon) is revalidated, so a new release shows at once. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app (apps/web/dist) when it exists, so `npm start` is one port: the
 * `.br`/`.gz` files written at build time (scripts/compress-web.mjs) when the browser accepts them,
 * hashed assets cached for a year. Returns the SPA fallback for the 404 handler: non-/api GETs of
 * an app route get index.html so deep links work; a missing file (a path with an extension, such as
 * /favicon.ico) gets the 404 instead of the page.
 */
export async function registerStaticWeb(app: FastifyInstance, webDist: string | undefined) {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return null;
  await app.register(fastifyStatic, {
    root: webDist,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) =>
      void reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE),
  });
  return (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (isApiPath(request.url) || looksLikeFile(request.url)) return false;
    void reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}

/** `/favicon.ico`, `/assets/x.js`: a request for a file, never an app route (those have no extension). */
function looksLikeFile(rawUrl: string): boolean {
  const last = (rawUrl.split('?')[0] ?? '').split('/').pop() ?? '';
  return /\.[a-z0-9]{1,8}$/i.test(last);
}

/** Whether a raw URL addresses the API, decoded the way the router decodes it (`/%61pi/x` is `/api/x`). */
export function isApiPath(rawUrl: string): boolean {
  const path = rawUrl.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return path.toLowerCase().startsWith('/api');
  }
  return decoded === '/api' || decoded.startsWith('/api/');
}
