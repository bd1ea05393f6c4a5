import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { budgets } from './budgets.ts';
import { organisations } from './organisations.ts';

// Accounts, sessions, the budget workflow (comments, version lineage) and the audit trail.
// Everything here is organisation-scoped like the rest of the data: a row never crosses tenants.

export const USER_ROLES = ['advisor', 'manager', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const userRoleEnum = pgEnum('user_role', USER_ROLES);

/** A person who signs in. E-mail addresses are stored lower-case so uniqueness is case-insensitive. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text().notNull().unique(),
    /** `scrypt$N$r$p$<salt b64url>$<hash b64url>`: parameters travel with the hash so they can be raised later. */
    passwordHash: text().notNull(),
    role: userRoleEnum().notNull(),
    /**
     * Platform administrator: an administrator who may also change the reference data every
     * organisation shares (catalog editions, salary tables, rate cards, benchmarks). Granted only
     * outside the API (seed, `pnpm --filter @app/api platform-admin`), never by another user (ADR 0009).
     */
    platformAdmin: boolean().notNull().default(false),
    displayName: text().notNull(),
    /** Set when an administrator disables the account; sign-in and existing sessions stop working. */
    disabledAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId)],
);

/** Server-side session. Only a SHA-256 of the random cookie token is stored, so a database leak yields no usable cookies. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

export const COMMENT_KINDS = ['comment', 'submitted', 'adopted', 'sent-back'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];
export const commentKindEnum = pgEnum('budget_comment_kind', COMMENT_KINDS);

/** Remarks on a budget; workflow steps (submit, adopt, send back) leave a comment of their kind. */
export const budgetComments = pgTable(
  'budget_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    kind: commentKindEnum().notNull().default('comment'),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.budgetId), index().on(t.organisationId)],
);

/**
 * Version lineage: a new draft made from an adopted budget points at the budget it continues.
 * Kept beside `budgets` (one row per derived budget) so the budget aggregate stays unchanged.
 */
export const budgetVersions = pgTable(
  'budget_versions',
  {
    budgetId: uuid()
      .primaryKey()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    versionOfBudgetId: uuid().references(() => budgets.id, { onDelete: 'set null' }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.versionOfBudgetId)],
);

/**
 * Who changed what, when, with before/after values. budget_id has no foreign key on purpose:
 * the history of a deleted budget must survive its deletion.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    budgetId: uuid(),
    /** 'budget' | 'budget_line' | 'budget_development' | 'org_unit' | 'user' | … */
    entity: text().notNull(),
    entityId: text(),
    /** 'create' | 'update' | 'delete' | 'override' | 'reset' | 'submit' | 'adopt' | 'send-back' | … */
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    justification: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId), index().on(t.budgetId, t.at), index().on(t.entityId)],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type BudgetCommentRow = typeof budgetComments.$inferSelect;
export type BudgetVersionRow = typeof budgetVersions.$inferSelect;
export type AuditEntryRow = typeof auditEntries.$inferSelect;
export type NewAuditEntry = typeof auditEntries.$inferInsert;
