import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';

/**
 * Once app.close() has begun (SIGTERM, server.ts):
 * - a request that still arrives on an open connection is answered 503 UNAVAILABLE with
 *   Retry-After in the API's error shape (Fastify's own 503 is bare; app.ts turns it off), so a
 *   client or load balancer retries on another instance;
 * - every answer still going out says `Connection: close`, so Node ends that connection after it.
 *   Without this a kept-alive connection (a load balancer keeps them open) stays open after its
 *   last answer until the keep-alive timeout (72 s), and the server cannot finish closing.
 */
export const gracefulClosePlugin = fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', async () => {
      if (closing)
        throw new AppError('UNAVAILABLE', 'De server wordt herstart. Probeer het over enkele seconden opnieuw.');
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) void reply.header('connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
