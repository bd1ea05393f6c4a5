import type { Assumptions, Profile } from '@app/engine';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../src/client.ts';
import { RecordNotFoundError } from '../src/errors.ts';
import { suggestProfile, toModelProfile } from '../src/mappers.ts';
import { findCurrentEdition, loadDefaultAssumptions, loadStaffRatios } from '../src/queries.ts';
import { budgetDevelopments, budgetLines, budgets, type BudgetRow } from '../src/schema/budgets.ts';
import { catalogEditions, catalogLines, developments } from '../src/schema/catalog.ts';
import { municipalities } from '../src/schema/municipalities.ts';

// Shared by the API's "create budget" use case and by tests, so both build budgets the same way.

export interface CreateModelBudgetInput {
  organisationId: string;
  name?: string;
  firstYear?: number;
  horizonYears?: number;
  /** Default: the current published edition. */
  editionId?: string;
  /** Pick the profile from the CBS list; employees/departments are suggested unless `profile` gives them. */
  cbsCode?: string;
  /** Own figures; beat the CBS list. Without cbsCode or profile the model municipality is used. */
  profile?: Partial<Profile> & { name?: string };
  /** Default: the organisation's (or global) default assumptions. */
  assumptions?: Assumptions;
  includeExamples?: boolean;
}

/**
 * Creates a budget on a catalog edition with every development (enabled) and every
 * non-retired catalog line, without overrides. Runs in one transaction.
 */
export async function createModelBudget(db: Db, input: CreateModelBudgetInput): Promise<BudgetRow> {
  return db.transaction(async (tx) => {
    const edition = input.editionId
      ? (await tx.select().from(catalogEditions).where(eq(catalogEditions.id, input.editionId)))[0]
      : await findCurrentEdition(tx);
    if (!edition) throw new RecordNotFoundError('catalog_edition', input.editionId ?? 'current');
    const model = toModelProfile(edition);

    let base: Profile & { name: string; referenceDate: string | null } = { ...model, name: 'Modelgemeente', referenceDate: null };
    if (input.cbsCode) {
      const [m] = await tx.select().from(municipalities).where(eq(municipalities.cbsCode, input.cbsCode));
      if (!m) throw new RecordNotFoundError('municipality', input.cbsCode);
      base = { ...model, inhabitants: m.inhabitants, name: m.name, referenceDate: m.referenceDate };
    }
    const own = input.profile ?? {};
    const inhabitants = own.inhabitants ?? base.inhabitants;
    // The Modelgemeente itself keeps its own employees and departments; any other size gets the
    // suggestion from the staff-ratio reference data (formatie per 1.000 inwoners by size class).
    const suggested = !input.cbsCode && own.inhabitants == null ? model : suggestProfile(inhabitants, model, await loadStaffRatios(tx));

    const assumptions = input.assumptions ?? (await loadDefaultAssumptions(tx, input.organisationId)).assumptions;
    const firstYear = input.firstYear ?? new Date().getFullYear() + 1;

    const [budget] = await tx
      .insert(budgets)
      .values({
        organisationId: input.organisationId,
        name: input.name ?? `ICT-begroting ${firstYear}`,
        firstYear,
        horizonYears: input.horizonYears ?? 4,
        editionId: edition.id,
        cbsCode: input.cbsCode ?? null,
        profileName: own.name ?? base.name,
        profileInhabitants: inhabitants,
        profileEmployees: own.employees ?? suggested.employees,
        profileDepartments: own.departments ?? suggested.departments,
        profileReferenceDate: base.referenceDate,
        assumptions,
        includeExamples: input.includeExamples ?? true,
      })
      .returning();
    if (!budget) throw new Error('inserting the budget returned no row');

    const devs = await tx
      .select({ id: developments.id })
      .from(developments)
      .where(eq(developments.editionId, edition.id))
      .orderBy(asc(developments.position));
    if (devs.length > 0) {
      await tx.insert(budgetDevelopments).values(devs.map((d) => ({ budgetId: budget.id, developmentId: d.id })));
    }
    const lines = await tx
      .select({ id: catalogLines.id, developmentId: catalogLines.developmentId })
      .from(catalogLines)
      .where(and(eq(catalogLines.editionId, edition.id), eq(catalogLines.retired, false)))
      .orderBy(asc(catalogLines.position));
    if (lines.length > 0) {
      await tx.insert(budgetLines).values(lines.map((l) => ({ budgetId: budget.id, catalogLineId: l.id, developmentId: l.developmentId })));
    }
    return budget;
  });
}
