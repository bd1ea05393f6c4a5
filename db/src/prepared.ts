import type { Query } from 'drizzle-orm';
import type { PgPreparedQuery, PreparedQueryConfig, SelectedFieldsOrdered } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** A query builder (select, insert … returning, update … returning) that drizzle can prepare. */
interface Preparable<R> {
  prepare(name: string): PgPreparedQuery<PreparedQueryConfig & { execute: R }>;
}

/** Runs a statement made by preparedStatement in `db` (a database or a transaction). */
export type PreparedStatement<R> = (db: Db, values: Record<string, unknown>) => Promise<R>;

/**
 * A statement whose SQL is built once and that then runs, with `sql.placeholder` values, in
 * whichever database or transaction it is handed — as a named prepared statement: PostgreSQL
 * parses and plans it once per connection (node-postgres remembers the names per connection),
 * PGlite ignores the name. For the statements of a hot write path, where drizzle would otherwise
 * build the same SQL on every call.
 *
 * Why not drizzle's own `.prepare(name)` kept per database (as the session lookup does): the
 * statement it returns is bound to the client it was built on — the pool, or one transaction's
 * connection — so it cannot run inside another transaction. This keeps what building produced (the
 * SQL text, its parameters and placeholders, and the selected fields the rows are mapped by) and
 * hands it to the session of the transaction at hand (`PgSession.prepareQuery`, as the builders'
 * own prepare does), which costs an object, not a build.
 *
 * The SQL is built on the first database it runs on and reused on every other: every `Db` is
 * opened by openDb with the same dialect and casing. Names must be unique in the process
 * (node-postgres refuses one name for two texts on a connection).
 *
 * Placeholders bound to a column (`set({ col: sql.placeholder('x') })`, `values({ col: … })`)
 * get the column's encoding *also for null*: a nullable jsonb column would store the JSON value
 * `null` and a nullable timestamp would throw. Write those as `sql\`${sql.placeholder('x')}::jsonb\``
 * with the value encoded by the caller (see jsonParam).
 */
export function preparedStatement<R>(name: string, build: (db: Db) => Preparable<R>): PreparedStatement<R> {
  let built: { query: Query; fields: SelectedFieldsOrdered | undefined } | undefined;
  return (db, values) => {
    if (!built) {
      const prototype = build(db).prepare(name);
      // `fields` (what the rows are mapped by) is not part of drizzle's typed surface.
      built = {
        query: prototype.getQuery(),
        fields: (prototype as unknown as { fields?: SelectedFieldsOrdered }).fields,
      };
    }
    return db._.session
      .prepareQuery<PreparedQueryConfig & { execute: R }>(built.query, built.fields, name, true)
      .execute(values);
  };
}

/** A jsonb value for a placeholder written as `${sql.placeholder('x')}::jsonb`: null stays SQL NULL. */
export function jsonParam(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** A timestamp value for a placeholder written as `${sql.placeholder('x')}::timestamptz`, as drizzle sends it. */
export function timestampParam(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
