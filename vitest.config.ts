import { defineConfig } from 'vitest/config';

// One runner for every package. Files that need a DOM opt in with
// `// @vitest-environment happy-dom`; the rest run in Node.
export default defineConfig({
  test: {
    include: ['{apps,packages,db}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'apps/web/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
