import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  assetClassEnum,
  costBasisEnum,
  costPoolEnum,
  driverEnum,
  editionStatusEnum,
  hireHoursPeriodEnum,
  indexationEnum,
  lineKindEnum,
  provenanceEnum,
  unitPricePeriodEnum,
} from './enums.ts';

/** Money columns: integer cents, read back as JS numbers (safe up to 2^53 cents ≈ € 90 trillion). */
const cents = () => bigint({ mode: 'number' });

/** A versioned edition of the Modelgemeente catalog (editie); read-only once published. */
export const catalogEditions = pgTable('catalog_editions', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  status: editionStatusEnum().notNull().default('draft'),
  publishedAt: timestamp({ withTimezone: true }),
  /** The model municipality the catalog amounts are written for (100,000 / 1,000 / 40). */
  modelInhabitants: integer().notNull(),
  modelEmployees: integer().notNull(),
  modelDepartments: integer().notNull(),
  source: text().notNull(),
  /** What is known (and not) about the edition's date and completeness. */
  sourceNote: text(),
  referenceDate: date({ mode: 'string' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Domein: a group of developments within one edition. */
export const domains = pgTable(
  'domains',
  {
    id: uuid().primaryKey().defaultRandom(),
    editionId: uuid()
      .notNull()
      .references(() => catalogEditions.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    sourceUrl: text(),
    /** False when the source has no overview page for the domain. */
    domainPageFound: boolean(),
    position: integer().notNull().default(0),
  },
  (t) => [unique('domains_edition_key_unique').on(t.editionId, t.key), index().on(t.editionId)],
);

/** Ontwikkeling: a development in a domain, the unit a budget switches on or off. */
export const developments = pgTable(
  'developments',
  {
    id: uuid().primaryKey().defaultRandom(),
    editionId: uuid()
      .notNull()
      .references(() => catalogEditions.id, { onDelete: 'cascade' }),
    domainId: uuid()
      .notNull()
      .references(() => domains.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    title: text().notNull(),
    summary: text(),
    sourceUrl: text(),
    /** Subthemes as published (e.g. "Samenwerken"). */
    tags: text().array().notNull().default([]),
    /** True when the title is the published text, false for a descriptive label. */
    titleVerbatim: boolean().notNull().default(false),
    /** True when the domain assignment was inferred rather than published. */
    domainInferred: boolean().notNull().default(false),
    /** 'true' | 'partial' | 'false': whether the source showed budget lines for it. */
    linesFound: text(),
    sourceNote: text(),
    position: integer().notNull().default(0),
  },
  (t) => [
    unique('developments_edition_key_unique').on(t.editionId, t.key),
    index().on(t.editionId),
    index().on(t.domainId),
  ],
);

/**
 * Begrotingsregel in het model. Carries every LineInput field of the engine (see
 * packages/engine/src/types.ts for meanings and units) plus provenance and sources.
 */
export const catalogLines = pgTable(
  'catalog_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    editionId: uuid()
      .notNull()
      .references(() => catalogEditions.id, { onDelete: 'cascade' }),
    developmentId: uuid()
      .notNull()
      .references(() => developments.id, { onDelete: 'cascade' }),
    /** Stable key `<developmentKey>/<slug>`, unique within the edition. */
    key: text().notNull(),
    position: integer().notNull().default(0),
    description: text().notNull(),
    /** Written-out assumption behind an example line ("aanname: …"). */
    basis: text(),
    notes: text(),
    sourceUrl: text(),
    provenance: provenanceEnum().notNull(),
    /** Iv3 taakveld; 0.4 = Overhead. */
    taakveld: text().notNull().default('0.4'),
    /** Retired lines stay for budgets that use them but are not added to new budgets. */
    retired: boolean().notNull().default(false),

    kind: lineKindEnum().notNull(),
    costBasis: costBasisEnum().notNull(),
    costPool: costPoolEnum().notNull(),
    amountCents: cents(),
    hoursPerWeek: doublePrecision(),
    salaryScale: text(),
    hours: doublePrecision(),
    hoursPeriod: hireHoursPeriodEnum(),
    hireRole: text(),
    hourlyRateCents: cents(),
    units: doublePrecision(),
    unitPriceCents: cents(),
    unitPricePeriod: unitPricePeriodEnum(),
    driver: driverEnum().notNull(),
    elasticity: doublePrecision(),
    yearOffset: integer().notNull().default(0),
    durationYears: integer().notNull().default(1),
    depreciationYears: integer(),
    /** Investment lines: activaklasse, picks the organisation's term when depreciationYears is null (ADR 0027). */
    assetClass: assetClassEnum(),
    contractYears: integer(),
    retenderCents: cents(),
    migrationCents: cents(),
    /** True: explicit re-tender/migration amounts are fixed, not rescaled (docs/scaling-drivers.md); null/false: scaled with the line. */
    contractEndFixed: boolean(),
    /** True: the power law at every size, ignoring the validity range of the rescaling (ADR 0010). */
    extrapolate: boolean(),
    indexation: indexationEnum(),
  },
  (t) => [
    unique('catalog_lines_edition_key_unique').on(t.editionId, t.key),
    index().on(t.editionId),
    index().on(t.developmentId),
  ],
);

export type CatalogEditionRow = typeof catalogEditions.$inferSelect;
export type DomainRow = typeof domains.$inferSelect;
export type DevelopmentRow = typeof developments.$inferSelect;
export type CatalogLineRow = typeof catalogLines.$inferSelect;
export type NewCatalogLineRow = typeof catalogLines.$inferInsert;
