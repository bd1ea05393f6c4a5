// `pnpm --filter @app/db seed`: migrate and seed the database the app would use
// (DATABASE_URL if set, else PGlite at PGLITE_DIR or <repo>/.data/pglite). The API does the same
// on start; this is for inspecting or resetting a database by hand.
import { migrate, openDb } from '../src/client.ts';
import { seed } from './index.ts';

const started = performance.now();
const handle = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
try {
  await migrate(handle);
  const summary = await seed(handle);
  console.log(`seeded ${handle.kind} in ${Math.round(performance.now() - started)} ms`, summary);
} finally {
  await handle.close();
}
