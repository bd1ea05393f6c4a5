import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Assumptions, LineInput } from '@app/engine';
import { catalogEditions, catalogLines, developments } from './catalog.ts';
import { budgetStatusEnum, fundingSourceTypeEnum, fundingStatusEnum } from './enums.ts';
import { fundLimits } from './reference-data.ts';
import { organisations, orgUnits } from './organisations.ts';

/** LineInput fields a budget may override; identity fields never change. */
export type LineOverrides = Partial<Omit<LineInput, 'id' | 'developmentId' | 'provenance'>>;
/** A custom line is a full LineInput without its ids (they come from the row). */
export type CustomLine = Omit<LineInput, 'id' | 'developmentId' | 'provenance'> & {
  basis?: string | null;
  notes?: string | null;
  taakveld?: string | null;
};

/** ICT-begroting of one organisation; scenarios are budgets with a base_budget_id. */
export const budgets = pgTable(
  'budgets',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    status: budgetStatusEnum().notNull().default('draft'),
    /** Optimistic concurrency: every update must name the version it read and bump it. */
    version: integer().notNull().default(1),
    firstYear: integer().notNull(),
    horizonYears: integer().notNull().default(4),
    editionId: uuid()
      .notNull()
      .references(() => catalogEditions.id),

    /** Municipality profile, copied at creation so later CBS updates do not move a budget. */
    cbsCode: text(),
    profileName: text().notNull(),
    profileInhabitants: integer().notNull(),
    profileEmployees: integer().notNull(),
    profileDepartments: integer().notNull(),
    profileReferenceDate: date({ mode: 'string' }),

    /** The engine's Assumptions, salary table and rate card embedded (a snapshot, editable per budget). */
    assumptions: jsonb().$type<Assumptions>().notNull(),
    includeExamples: boolean().notNull().default(true),

    /** Set on scenarios: the budget this one is a variant of. Deleting the base keeps its scenarios. */
    baseBudgetId: uuid().references((): AnyPgColumn => budgets.id, { onDelete: 'set null' }),
    scenarioName: text(),

    /**
     * The budget family: a base, its scenarios and its later versions share one id, so one address
     * always finds the family's current base (a promote or a new version keeps the family).
     */
    familyId: uuid().notNull().defaultRandom(),
    /** Hidden from the default budget list (adopted or old versions); presentation only, not content. */
    archivedAt: timestamp({ withTimezone: true }),
    /**
     * The organisation's P&C rules for dekking (incidental rule, reporting threshold, kapitaallasten
     * from a reserve) as they were when this budget was frozen; null while it is a draft, which
     * follows the live rules (ADR 0008: a frozen budget does not change).
     */
    pinnedFundingSettings: jsonb().$type<Record<string, unknown>>(),

    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set by drizzle on every update through the ORM (not a database trigger). */
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index().on(t.organisationId),
    index().on(t.editionId),
    index().on(t.baseBudgetId),
    index().on(t.organisationId, t.familyId),
    check('budgets_horizon_years_check', sql`${t.horizonYears} between 1 and 10`),
  ],
);

/** A development as selected into a budget. */
export const budgetDevelopments = pgTable(
  'budget_developments',
  {
    id: uuid().primaryKey().defaultRandom(),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    developmentId: uuid()
      .notNull()
      .references(() => developments.id),
    enabled: boolean().notNull().default(true),
    /** null → the budget's first year. */
    startYear: integer(),
    ownerUnitId: uuid().references(() => orgUnits.id, { onDelete: 'set null' }),
    priority: integer(),
    note: text(),
  },
  (t) => [
    unique('budget_developments_budget_development_unique').on(t.budgetId, t.developmentId),
    index().on(t.budgetId),
    index().on(t.developmentId),
    index().on(t.ownerUnitId),
  ],
);

/**
 * A catalog line as applied in a budget (catalog_line_id set, optional overrides beside the
 * model values) or a custom line (custom_line set, no catalog line).
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    catalogLineId: uuid().references(() => catalogLines.id),
    developmentId: uuid()
      .notNull()
      .references(() => developments.id),
    customLine: jsonb().$type<CustomLine>(),
    /** Fields that differ from the model; the model values stay on the catalog line. */
    overrides: jsonb().$type<LineOverrides>().notNull().default({}),
    /** Toelichting: required by the API whenever overrides are set. */
    justification: text(),
    overriddenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('budget_lines_budget_catalog_line_unique').on(t.budgetId, t.catalogLineId),
    index().on(t.budgetId),
    index().on(t.catalogLineId),
    index().on(t.developmentId),
    check('budget_lines_catalog_xor_custom', sql`(${t.catalogLineId} is null) <> (${t.customLine} is null)`),
  ],
);

/**
 * Dekking: how part of a line or development is paid for, per year from start_year to end_year
 * (null = no end). Rules: packages/engine/README.md "Funding".
 */
export const funding = pgTable(
  'funding',
  {
    id: uuid().primaryKey().defaultRandom(),
    budgetId: uuid()
      .notNull()
      .references(() => budgets.id, { onDelete: 'cascade' }),
    budgetLineId: uuid().references(() => budgetLines.id, { onDelete: 'cascade' }),
    developmentId: uuid().references(() => developments.id),
    sourceType: fundingSourceTypeEnum().notNull(),
    status: fundingStatusEnum().notNull().default('expected'),
    /** The source's own name, e.g. "A&O-fonds" (no personal data). */
    label: text(),
    /** Either a fixed amount per year or a percentage of the target's gross per year. */
    amountCents: bigint({ mode: 'number' }),
    percentage: doublePrecision(),
    startYear: integer().notNull(),
    endYear: integer(),
    /** The fund's known maximum (reference data), for the "above its maximum" warning. */
    fundLimitId: text().references(() => fundLimits.id, { onDelete: 'set null' }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.budgetId),
    index().on(t.budgetLineId),
    index().on(t.developmentId),
    check('funding_line_xor_development', sql`(${t.budgetLineId} is null) <> (${t.developmentId} is null)`),
    check('funding_amount_xor_percentage', sql`(${t.amountCents} is null) <> (${t.percentage} is null)`),
    check('funding_percentage_range', sql`${t.percentage} is null or (${t.percentage} > 0 and ${t.percentage} <= 100)`),
    check('funding_amount_non_negative', sql`${t.amountCents} is null or ${t.amountCents} >= 0`),
    check('funding_years_order', sql`${t.endYear} is null or ${t.endYear} >= ${t.startYear}`),
  ],
);

export type BudgetRow = typeof budgets.$inferSelect;
export type NewBudgetRow = typeof budgets.$inferInsert;
export type BudgetDevelopmentRow = typeof budgetDevelopments.$inferSelect;
export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type FundingRow = typeof funding.$inferSelect;
