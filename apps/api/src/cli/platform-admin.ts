import { migrate, openDb } from '@app/db';
import { loadEnv } from '../env.ts';
import { setPlatformAdmin } from '../services/auth/set-platform-admin.ts';

// `pnpm --filter @app/api platform-admin grant|revoke <e-mail>`: the only way to give an
// administrator the right to change shared reference data (docs/security.md, ADR 0009).
const [action, email] = process.argv.slice(2);
if ((action !== 'grant' && action !== 'revoke') || !email) {
  console.error('Gebruik: platform-admin grant|revoke <e-mailadres van een beheerder>');
  process.exit(2);
}
const env = loadEnv();
const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
try {
  await migrate(handle);
  const done = await setPlatformAdmin(handle.db, email, action === 'grant');
  console.log(
    done
      ? `${email}: platformbeheer ${action === 'grant' ? 'toegekend' : 'ingetrokken'}`
      : `${email}: geen beheerder met dit e-mailadres`,
  );
  process.exitCode = done ? 0 : 1;
} finally {
  await handle.close();
}
