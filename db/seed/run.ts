// `pnpm --filter @app/db seed`: migrate and seed the database the app would use
// (DATABASE_URL if set, else PGlite at PGLITE_DIR or <repo>/.data/pglite). The API does the same
// on start; this is for inspecting or resetting a database by hand.
import { migrate, openDb } from '../src/client.ts';
import { seed } from './index.ts';

const t0 = performance.now();
const handle = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
try {
  const t1 = performance.now();
  await migrate(handle);
  const t2 = performance.now();
  const summary = await seed(handle);
  const t3 = performance.now();
  const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
  console.log(`${handle.kind}: open ${ms(t0, t1)}, migrate ${ms(t1, t2)}, seed ${ms(t2, t3)}`, summary);
} finally {
  await handle.close();
}
