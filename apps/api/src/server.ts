import { migrate, openDb } from '@app/db';
import { seed } from '@app/db/seed';
import { buildApp } from './app.ts';
import { loadEnv } from './env.ts';

// Listen + graceful shutdown only; everything else is in app.ts. Operating it: docs/deployment.md.
const env = loadEnv();
const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: env.DATABASE_POOL_SIZE });
await migrate(handle);
await seed(handle.db);

const app = await buildApp({
  db: handle,
  webDist: env.WEB_DIST,
  // JSON lines on stdout (pino), one per event; each request's lines carry its `reqId`.
  logger: { level: env.LOG_LEVEL },
  demoPassword: env.DEMO_PASSWORD,
  trustProxy: env.TRUST_PROXY,
  signInAttemptsPerMinute: env.SIGN_IN_ATTEMPTS_PER_MINUTE,
  metricsToken: env.METRICS_TOKEN,
  demoCollaboration: env.DEMO_COLLABORATION,
});

/**
 * SIGTERM/SIGINT: stop accepting connections (new requests on kept-alive connections get 503 and
 * `Connection: close`), let the requests in flight finish, then close the pool (or PGlite, which
 * flushes its data) and exit 0. Requests still running after SHUTDOWN_TIMEOUT_SECONDS are cut off
 * and the process exits 1, so an orchestrator's own kill deadline is never the first to strike.
 */
let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal, timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, 'shutting down: finishing requests in flight');
  const deadline = setTimeout(() => {
    app.log.error(
      { timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS },
      'requests still running at the shutdown deadline; exiting without them',
    );
    process.exit(1);
  }, env.SHUTDOWN_TIMEOUT_SECONDS * 1000);
  deadline.unref();
  // A connection whose answer was already on its way when closing began stays open otherwise.
  setInterval(() => app.server.closeIdleConnections(), 250).unref();
  let code = 0;
  try {
    await app.close();
  } catch (error) {
    app.log.error({ err: error }, 'closing the server failed');
    code = 1;
  }
  try {
    await handle.close();
  } catch (error) {
    app.log.error({ err: error }, 'closing the database failed');
    code = 1;
  }
  app.log.info({ exitCode: code }, 'stopped');
  // pino writes stdout asynchronously; at process.exit a write still in flight can land after (or
  // instead of) the queued lines, so the "stopped" line would go missing. Drain first.
  await new Promise<void>((resolve) => (app.log as unknown as { flush(cb: () => void): void }).flush(() => resolve()));
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  await app.listen({ port: env.PORT, host: env.HOST });
} catch (error) {
  app.log.error({ err: error }, 'could not start the server');
  await handle.close();
  process.exit(1);
}
// The two human lines of the quick start (README); everything else on stdout is JSON.
const shownHost = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : env.PORT;
console.log(`ICT-begrotingsplanner draait op http://${shownHost}:${port} (database: ${handle.kind})`);
console.log(`Aanmelden: advisor@demo.example / ${env.DEMO_PASSWORD} (ook manager@demo.example en admin@demo.example)`);
