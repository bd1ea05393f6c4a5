import { index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** Tenant. Everything a user creates belongs to exactly one organisation. */
export const organisations = pgTable('organisations', {
  id: uuid().primaryKey().defaultRandom(),
  /** Stable handle for seeding and URLs, e.g. 'demo'. */
  slug: text().notNull().unique(),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Eigen organisatie-eenheid: a budget holder inside the organisation. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('org_units_organisation_name_unique').on(t.organisationId, t.name), index().on(t.organisationId)],
);

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrgUnitRow = typeof orgUnits.$inferSelect;
