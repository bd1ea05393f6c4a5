import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fp from 'fastify-plugin';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An incoming X-Request-Id (from the load balancer or the caller) is kept when it is sane: 1–128
 * visible ASCII characters without quotes or backslashes, so it cannot forge log fields or headers.
 * Anything else (absent, too long, odd characters, sent twice) gets a fresh UUID.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** Fastify's genReqId: the id every log line of the request carries (`reqId`). */
export function requestIdFor(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
}

/** Echoes the request id on every answer (errors and 404s included) so a user's report can be found in the logs. */
export const requestIdPlugin = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      void reply.header(REQUEST_ID_HEADER, request.id);
    });
  },
  { name: 'request-id' },
);
