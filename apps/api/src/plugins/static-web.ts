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
    if (request.url === '/api' || request.url.startsWith('/api/')) return false;
    void reply.type('text/html; charset=utf-8').sendFile('index.html');
    return true;
  };
}
