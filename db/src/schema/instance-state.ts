import { index, integer, json, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

// State that used to live in one API process, kept here so N instances behind a load balancer
// behave as one: imports waiting between preview and commit, and the sign-in throttle's counters.

export const PENDING_UPLOAD_KINDS = ['catalog', 'budget'] as const;
export type PendingUploadKind = (typeof PENDING_UPLOAD_KINDS)[number];
export const pendingUploadKindEnum = pgEnum('pending_upload_kind', PENDING_UPLOAD_KINDS);

/**
 * A read upload (catalog table or budget workbook changes) waiting for its commit. Short-lived:
 * bounded per kind by count, age and bytes (apps/api/src/services/imports/pending-uploads.ts); expired
 * rows are removed whenever a new one is added. `organisationId` is null for a platform-wide
 * catalog import without an organisation context.
 */
export const pendingUploads = pgTable(
  'pending_uploads',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: pendingUploadKindEnum().notNull(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    /**
     * The parsed preview, exactly what the commit step needs. `json`, not `jsonb`: it is never
     * queried into, and json keeps the text as written (key order, and a NUL inside an uploaded
     * cell, which jsonb refuses and the commit then reports as today).
     */
    payload: json().notNull(),
    /** Estimated bytes of the payload, for the per-kind byte budget. */
    bytes: integer().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 6 }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.kind, t.createdAt), index().on(t.expiresAt)],
);

/**
 * Counters of rate-limiter-flexible's RateLimiterDrizzle (sign-in throttle): `key` is the limit's
 * prefix and a SHA-256 of the address and/or account, never the address or e-mail itself.
 * `expire` null means no expiry (not used here).
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.expire)],
);

export type PendingUploadRow = typeof pendingUploads.$inferSelect;
