import { bigint, boolean, doublePrecision, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

/**
 * An organisation's P&C rules for dekking (issue 15): what counts as incidental (Commissie BBV
 * notitie, January 2012: at most 3 years; some municipalities add a euro threshold) and from when a
 * change is reported to the council in a begrotingswijziging (e.g. € 25.000, or 10 % and € 75.000).
 * No row = the defaults (3 years, no threshold, € 25.000).
 */
export const organisationFundingSettings = pgTable('organisation_funding_settings', {
  organisationId: uuid()
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  incidentalMaxYears: integer().notNull().default(3),
  incidentalThresholdCents: bigint({ mode: 'number' }),
  amendmentMinAmountCents: bigint({ mode: 'number' }).notNull().default(2_500_000),
  amendmentMinPct: doublePrecision(),
  /** Kapitaallasten of activated investments covered from a bestemmingsreserve (ADR 0027). */
  capitalFromReserve: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export type OrganisationFundingSettingsRow = typeof organisationFundingSettings.$inferSelect;
