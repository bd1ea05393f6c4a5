import { describe, expect, it } from 'vitest';
import { resolveTestDatabaseUrl, testDatabaseKinds } from '../src/testing.ts';

describe('test database selection', () => {
  it('fails loudly in CI when TEST_DATABASE_URL is missing instead of skipping the real-PostgreSQL tests', () => {
    expect(() => resolveTestDatabaseUrl({ CI: 'true' })).toThrow(/TEST_DATABASE_URL is not set/);
    expect(() => resolveTestDatabaseUrl({ CI: '1', TEST_DATABASE_URL: '  ' })).toThrow(/TEST_DATABASE_URL/);
    expect(() => testDatabaseKinds({ CI: 'true' })).toThrow(/TEST_DATABASE_URL/);
  });

  it('runs PGlite only, locally, without a URL', () => {
    expect(resolveTestDatabaseUrl({})).toBeUndefined();
    expect(resolveTestDatabaseUrl({ CI: 'false' })).toBeUndefined();
    expect(testDatabaseKinds({})).toEqual(['pglite']);
  });

  it('adds real PostgreSQL when a URL is given', () => {
    const env = { CI: 'true', TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
    expect(resolveTestDatabaseUrl(env)).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(testDatabaseKinds(env)).toEqual(['pglite', 'postgres']);
  });
});
