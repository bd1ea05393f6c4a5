import {
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AllocationKey } from '@app/engine';
import { budgets } from './budgets.ts';
import { organisations } from './organisations.ts';

/** Samenwerkingsvorm: shown on the collaboration, not enforced. */
export const COLLABORATION_FORMS = [
  'informal',
  'centrumgemeente',
  'bedrijfsvoeringsorganisatie',
  'openbaar-lichaam',
] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];
export const collaborationFormEnum = pgEnum('collaboration_form', COLLABORATION_FORMS);

/**
 * Samenwerkingsverband, owned by its host organisation (the tenant that owns the shared budget).
 * The shared budget is an ordinary budget of the host; `budget_family_id` marks its family (base,
 * scenarios and later versions), so every budget feature works on it unchanged.
 */
export const collaborations = pgTable(
  'collaborations',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    form: collaborationFormEnum().notNull().default('informal'),
    /** The period the keys are fixed for (often a council term). */
    keyValidFrom: date({ mode: 'string' }).notNull(),
    keyValidTo: date({ mode: 'string' }),
    budgetFamilyId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('collaborations_organisation_name_unique').on(t.organisationId, t.name),
    index().on(t.organisationId),
    index().on(t.budgetFamilyId),
  ],
);

/** A member municipality (CBS or hand-entered profile); it may or may not be a tenant of its own. */
export const collaborationMembers = pgTable(
  'collaboration_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    /** Member order: breaks ties in the remainder rule. */
    position: integer().notNull(),
    cbsCode: text(),
    name: text().notNull(),
    inhabitants: integer().notNull(),
    employees: integer().notNull(),
    departments: integer().notNull(),
    referenceDate: date({ mode: 'string' }),
    /** Where the figures come from, e.g. "CBS, voorlopige cijfers 1 januari 2026" or "Handmatig ingevoerd". */
    source: text().notNull(),
    /**
     * The member's own organisation (tenant), when the host granted it the partner role: it may read
     * this member's contribution, nothing else of the host. Revocable (null), audited.
     */
    partnerOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
    partnerGrantedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('collaboration_members_collaboration_cbs_unique').on(t.collaborationId, t.cbsCode),
    unique('collaboration_members_collaboration_name_unique').on(t.collaborationId, t.name),
    index().on(t.collaborationId),
    index().on(t.partnerOrganisationId),
  ],
);

/** A member's figures as one budget's keys use them (dated; versioned with the budget). */
export interface AllocationMemberFigures {
  memberId: string;
  name: string;
  cbsCode: string | null;
  inhabitants: number;
  employees: number;
  departments: number;
  referenceDate: string | null;
}

export interface AllocationKeys {
  defaultKey: AllocationKey;
  developmentKeys: Record<string, AllocationKey>;
  lineKeys: Record<string, AllocationKey>;
}

/**
 * The allocation keys of one shared budget (base, scenario or version), with the member figures
 * they use: copied with the budget, frozen with it (ADR 0008).
 */
export const budgetAllocations = pgTable(
  'budget_allocations',
  {
    budgetId: uuid()
      .primaryKey()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    keys: jsonb().$type<AllocationKeys>().notNull(),
    members: jsonb().$type<AllocationMemberFigures[]>().notNull(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.collaborationId)],
);

/** What a frozen (submitted/adopted) member budget keeps of its contribution line (ADR 0023). */
export interface PinnedContribution {
  /** year → cents, as allocated when the budget was frozen. */
  amounts: Record<string, number>;
  sharedBudgetName: string;
  sharedUpdatedAt: string | null;
  /** The line's state when frozen ('revoked' pins € 0). */
  state: 'active' | 'revoked' | 'no-budget';
  pinnedAt: string;
}

/**
 * A member organisation's budget includes its contribution to a collaboration as one line: a link,
 * not copied amounts; the amounts follow the host's current shared budget at compute time, and are
 * pinned into `pinned` when the member budget is submitted or adopted (ADR 0023).
 */
export const budgetContributions = pgTable(
  'budget_contributions',
  {
    id: uuid().primaryKey().defaultRandom(),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    collaborationId: uuid()
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => collaborationMembers.id, { onDelete: 'cascade' }),
    /** Name at the time the link was made, shown if the collaboration can no longer be read. */
    collaborationName: text().notNull(),
    pinned: jsonb().$type<PinnedContribution>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.budgetId, t.collaborationId), index().on(t.collaborationId)],
);

export type BudgetContributionRow = typeof budgetContributions.$inferSelect;
export type CollaborationRow = typeof collaborations.$inferSelect;
export type CollaborationMemberRow = typeof collaborationMembers.$inferSelect;
export type BudgetAllocationRow = typeof budgetAllocations.$inferSelect;
