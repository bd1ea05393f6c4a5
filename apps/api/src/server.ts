import { migrate, openDb } from '@app/db';
import { seed } from '@app/db/seed';
import { buildApp } from './app.ts';
import { loadEnv } from './env.ts';

// Listen + graceful shutdown only; everything else is in app.ts.
const env = loadEnv();
const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
await migrate(handle);
await seed(handle.db);

const app = await buildApp({ db: handle, webDist: env.WEB_DIST, logger: { level: env.LOG_LEVEL }, demoPassword: env.DEMO_PASSWORD, trustProxy: env.TRUST_PROXY, signInAttemptsPerMinute: env.SIGN_IN_ATTEMPTS_PER_MINUTE, demoCollaboration: env.DEMO_COLLABORATION });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  try {
    await app.close();
  } finally {
    await handle.close();
  }
  process.exit(0);
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
const shownHost = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
console.log(`ICT-begrotingsplanner draait op http://${shownHost}:${env.PORT} (database: ${handle.kind})`);
console.log(`Aanmelden: advisor@demo.example / ${env.DEMO_PASSWORD} (ook manager@demo.example en admin@demo.example)`);
