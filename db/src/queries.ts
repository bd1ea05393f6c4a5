import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from './client.ts';
import { RecordNotFoundError } from './errors.ts';
import {
  budgetDevelopments,
  budgetLines,
  budgets,
  type BudgetDevelopmentRow,
  type BudgetLineRow,
  type BudgetRow,
  type NewBudgetRow,
} from './schema/budgets.ts';
import { catalogEditions, catalogLines, developments, type CatalogEditionRow } from './schema/catalog.ts';
import {
  assumptionDefaults,
  rateCards,
  salaryTables,
  staffRatios,
  type AssumptionDefaultsRow,
  type RateCardRow,
  type SalaryTableRow,
  type StaffRatioRow,
} from './schema/reference-data.ts';

// Small reads and writes that several callers need. They store and fetch rows only: what a row
// means to the engine (mappers, suggestions, defaults) is the API's and the engine's business.

/** The newest published edition (what "current" means in the API). */
export async function findCurrentEdition(db: Db): Promise<CatalogEditionRow | undefined> {
  const [edition] = await db
    .select()
    .from(catalogEditions)
    .where(eq(catalogEditions.status, 'published'))
    .orderBy(desc(catalogEditions.publishedAt), asc(catalogEditions.name))
    .limit(1);
  return edition;
}

/** The stored default assumptions a budget starts from, with the salary table and rate card they name. */
export interface DefaultAssumptionRows {
  defaults: AssumptionDefaultsRow;
  salaryTable: SalaryTableRow;
  rateCard: RateCardRow;
}

/** The organisation's own default-assumptions row if it has one, else the global row. */
export async function loadDefaultAssumptionRows(
  db: Db,
  organisationId?: string | null,
): Promise<DefaultAssumptionRows> {
  const scope = organisationId
    ? or(eq(assumptionDefaults.organisationId, organisationId), isNull(assumptionDefaults.organisationId))
    : isNull(assumptionDefaults.organisationId);
  const rows = await db
    .select({ defaults: assumptionDefaults, salaryTable: salaryTables, rateCard: rateCards })
    .from(assumptionDefaults)
    .innerJoin(salaryTables, eq(salaryTables.id, assumptionDefaults.salaryTableId))
    .innerJoin(rateCards, eq(rateCards.id, assumptionDefaults.rateCardId))
    .where(and(scope));
  // An organisation's own row beats the global one.
  const row = rows.find((r) => r.defaults.organisationId !== null) ?? rows[0];
  if (!row) throw new RecordNotFoundError('assumption_defaults', organisationId ?? 'global');
  return row;
}

/** The staff-ratio size classes (reference data), smallest class first. */
export async function loadStaffRatios(db: Db): Promise<StaffRatioRow[]> {
  return db.select().from(staffRatios).orderBy(asc(staffRatios.minInhabitants));
}

/** The rows insertBudgetWithCatalog wrote, as returned by the database. */
export interface InsertedBudget {
  budget: BudgetRow;
  developments: BudgetDevelopmentRow[];
  lines: BudgetLineRow[];
}

/** What a new budget copies from its edition: every development, every non-retired catalog line. */
export interface EditionChildren {
  developments: readonly { id: string }[];
  lines: readonly { id: string; developmentId: string }[];
}

/** The developments and non-retired catalog lines of an edition, in catalog order. */
export async function loadEditionChildren(db: Db, editionId: string): Promise<EditionChildren> {
  const [devs, lines] = await Promise.all([
    db
      .select({ id: developments.id })
      .from(developments)
      .where(eq(developments.editionId, editionId))
      .orderBy(asc(developments.position)),
    db
      .select({ id: catalogLines.id, developmentId: catalogLines.developmentId })
      .from(catalogLines)
      .where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.retired, false)))
      .orderBy(asc(catalogLines.position)),
  ]);
  return { developments: devs, lines };
}

/**
 * Writes a budget row as given plus one budget development per development and one budget line per
 * catalog line of `children` (no overrides). The caller decides every value (and runs this inside
 * its transaction); nothing is read.
 */
export async function insertBudgetWithCatalog(
  db: Db,
  values: NewBudgetRow,
  children: EditionChildren,
): Promise<InsertedBudget> {
  const [budget] = await db.insert(budgets).values(values).returning();
  if (!budget) throw new Error('inserting the budget returned no row');
  const developmentRows =
    children.developments.length > 0
      ? await db
          .insert(budgetDevelopments)
          .values(children.developments.map((d) => ({ budgetId: budget.id, developmentId: d.id })))
          .returning()
      : [];
  const lineRows =
    children.lines.length > 0
      ? await db
          .insert(budgetLines)
          .values(
            children.lines.map((l) => ({ budgetId: budget.id, catalogLineId: l.id, developmentId: l.developmentId })),
          )
          .returning()
      : [];
  return { budget, developments: developmentRows, lines: lineRows };
}
