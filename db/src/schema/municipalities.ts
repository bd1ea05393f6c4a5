import { date, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** CBS municipality list (gemeenten.csv): the profiles a user can pick. */
export const municipalities = pgTable('municipalities', {
  /** CBS code, e.g. GM0310. */
  cbsCode: text().primaryKey(),
  name: text().notNull(),
  province: text().notNull(),
  inhabitants: integer().notNull(),
  /** Date the inhabitant count applies to. */
  referenceDate: date({ mode: 'string' }).notNull(),
  source: text().notNull(),
});

export type MunicipalityRow = typeof municipalities.$inferSelect;
