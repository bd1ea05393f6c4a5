import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * `SET col = excluded.col` for the given columns of a multi-row upsert. Column names follow the
 * snake_case casing the client uses, since `excluded` is raw SQL that drizzle does not rename.
 */
export function excludedSet<T extends PgTable>(
  table: T,
  keys: (keyof T['_']['columns'] & string)[],
): Record<string, SQL> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const key of keys) {
    const column = columns[key];
    if (!column) throw new Error(`unknown column ${key}`);
    set[key] = sql.raw(`excluded."${column.keyAsName ? toSnakeCase(column.name) : column.name}"`);
  }
  return set;
}
