import type { FastifyReply, FastifyRequest } from 'fastify';
import { bodyFor, cachedJson, type CachedJson, type Encoding } from '../services/budget-read/result-cache.ts';

/** br before gzip, as the compress plugin prefers; anything refused with q=0 is skipped. */
function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/**
 * Sends a body built once (services/budget-read): the stored bytes, compressed once per body when
 * the client accepts it (the compress plugin leaves an encoded reply alone), and 304 when the
 * client already holds exactly these bytes (If-None-Match).
 */
export async function sendCachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: CachedJson,
): Promise<FastifyReply> {
  const vary = reply.getHeader('vary');
  void reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  if (cached.etag) {
    void reply.header('etag', cached.etag);
    const match = request.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === cached.etag))
      return reply.status(304).send();
  }
  void reply.type('application/json; charset=utf-8');
  const encoding = acceptedEncoding(request.headers['accept-encoding']);
  if (!encoding) return reply.send(cached.body);
  return reply.header('content-encoding', encoding).send(await cached.encoded(encoding));
}

/**
 * Sends a large JSON result of a service (e.g. the budget detail a write returns): the body the
 * service already built and kept when there is one, else serialized here (plain JSON.stringify, as
 * plugins/trusted-json.ts), compressed in the thread pool instead of on the event loop.
 */
export function sendJson(request: FastifyRequest, reply: FastifyReply, value: object): Promise<FastifyReply> {
  return sendCachedJson(request, reply, bodyFor(value) ?? cachedJson(null, JSON.stringify(value)));
}
