import type pg from 'pg';

/**
 * Keeps a node-postgres pool usable through a database restart or failover.
 *
 * 1. A checked-out client whose connection dies between queries emits 'error'; with no listener
 *    that event would crash the process. The failed query surfaces as a normal error instead and
 *    the pool discards the client when it is released.
 * 2. drizzle-orm (0.45) runs `begin` before its try/finally, so when `begin` fails on a dead
 *    connection the client is never released: after a few such failures the pool is exhausted and
 *    every request waits forever. A failed `begin` therefore releases (and destroys) the client here.
 */
export function makePoolResilient(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    client.on('error', () => {});
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (!isBegin(args[0]) || !(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        const checkedOut = client as pg.PoolClient;
        if (typeof checkedOut.release === 'function')
          checkedOut.release(error instanceof Error ? error : new Error(String(error)));
        throw error;
      });
    };
  });
}

function isBegin(query: unknown): boolean {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' && /^\s*begin\b/i.test(text);
}
