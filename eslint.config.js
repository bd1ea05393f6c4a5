// Lint is mainly here to enforce the dependency direction of architecture.md:
// engine ← schemas ← {api, web}; db ← api. A wrong import fails `pnpm lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forbid = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tsbuild/**',
      'db/migrations/**',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain .mjs/.js tooling scripts run in Node; TypeScript files get their globals from tsc.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The web app's classic scripts (apps/web/public) run in the browser before the bundle.
    files: ['apps/web/public/**/*.js'],
    languageOptions: {
      globals: {
        document: 'readonly',
        location: 'readonly',
        requestAnimationFrame: 'readonly',
        setTimeout: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  forbid(
    ['packages/engine/**'],
    ['@app/*', 'node:*', 'fs', 'path', 'pg', 'drizzle-orm*', 'zod', 'react*', 'fastify*'],
    'The engine is pure: plain inputs, plain outputs, no I/O and no other workspace package.',
  ),
  forbid(
    ['packages/schemas/**'],
    ['@app/db', '@app/api', '@app/web', '@app/export', 'drizzle-orm*', 'pg'],
    'schemas may only depend on the engine and zod.',
  ),
  forbid(
    ['packages/export/**'],
    ['@app/db', '@app/api', '@app/web', 'drizzle-orm*', 'pg'],
    'export is fed by engine output; it never reads the database.',
  ),
  forbid(['db/**'], ['@app/api', '@app/web', '@app/export', 'fastify*', 'react*'], 'db sits below the API.'),
  {
    // db stores rows; what they mean to the engine (mappers, suggestions, defaults) lives in the API
    // or the engine (docs/adr/0014). So db takes only types and the enum value lists from the engine.
    // Tests may compute with the engine to check seed content.
    files: ['db/**'],
    ignores: ['db/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@app/engine',
              allowTypeImports: true,
              message: 'db may import only types from @app/engine (values: the enum lists in @app/engine/vocabulary).',
            },
          ],
          patterns: [
            {
              group: ['@app/engine/*', '!@app/engine/vocabulary'],
              message: 'db may import only the enum lists (@app/engine/vocabulary) and types from the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes are HTTP only: they parse with the shared schemas and call a service. Database access,
    // budget maths and file building live in services (architecture: routes call services only).
    files: ['apps/api/src/routes/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@app/db', allowTypeImports: true, message: 'routes call services; services use the db.' }],
          patterns: [
            {
              group: [
                '@app/db/*',
                '@app/engine',
                '@app/engine/*',
                '@app/export',
                '@app/export/*',
                'drizzle-orm*',
                'pg',
              ],
              message: 'routes call services only: no database, engine or export code in a route.',
            },
          ],
        },
      ],
    },
  },
  forbid(
    ['apps/web/**'],
    ['@app/db', '@app/api', '@app/export', '**/apps/api/**', '**/db/**', 'drizzle-orm*', 'pg', 'fastify*'],
    'the web app talks to the API over HTTP; it never imports db or api code.',
  ),
);
