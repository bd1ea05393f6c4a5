import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app (apps/web/dist) when it exists, so `npm start` is one port.
 * Returns the SPA fallback for the 404 handler: non-/api GETs get index.html so deep links work.
 */
export async function registerStaticWeb(app: FastifyInstance, webDist: string | undefined) {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) return null;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  return (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (isApiPath(request.url)) return false;
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
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
