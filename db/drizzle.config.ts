import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this (no database needed). Migrations are applied at run time
// by `migrate()` in src/client.ts, for PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  casing: 'snake_case',
});
