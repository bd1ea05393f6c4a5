import fp from 'fastify-plugin';

/**
 * Once app.close() has begun (SIGTERM, server.ts), every answer still going out says
 * `Connection: close`, so Node ends that connection after it. Without this a kept-alive connection
 * (a load balancer keeps them open) stays open after its last answer until the keep-alive timeout
 * (72 s), and the server cannot finish closing. New requests are answered 503 by Fastify meanwhile.
 */
export const gracefulClosePlugin = fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onSend', async (_request, reply) => {
      if (closing) void reply.header('connection', 'close');
    });
  },
  { name: 'graceful-close' },
);
