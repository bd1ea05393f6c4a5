import type { Assumptions, Profile } from '@app/engine';
import { eq } from 'drizzle-orm';
import type { Db } from '../src/client.ts';
import { RecordNotFoundError } from '../src/errors.ts';
import { findCurrentEdition, insertBudgetWithCatalog, loadEditionChildren } from '../src/queries.ts';
import type { BudgetRow } from '../src/schema/budgets.ts';
import { catalogEditions } from '../src/schema/catalog.ts';
import { municipalities } from '../src/schema/municipalities.ts';

// A test factory: a budget with every development and line, with the values the test gives. It
// applies no rule: the production use case (suggested staff, the organisation's default
// assumptions) is the API's create-budget service.

export interface CreateModelBudgetInput {
  organisationId: string;
  /** Stored as given (tests: `makeAssumptions()` from @app/engine/testing, or the API's defaults). */
  assumptions: Assumptions;
  name?: string;
  firstYear?: number;
  horizonYears?: number;
  /** Default: the current published edition. */
  editionId?: string;
  /** Name and inhabitants from the CBS list; employees and departments stay the model's unless `profile` gives them. */
  cbsCode?: string;
  /** Own figures; beat the CBS list. Without either, the model municipality. */
  profile?: Partial<Profile> & { name?: string };
  includeExamples?: boolean;
}

/** Creates a budget on a catalog edition with every development and every non-retired catalog line, in one transaction. */
export async function createModelBudget(db: Db, input: CreateModelBudgetInput): Promise<BudgetRow> {
  return db.transaction(async (tx) => {
    const edition = input.editionId
      ? (await tx.select().from(catalogEditions).where(eq(catalogEditions.id, input.editionId)))[0]
      : await findCurrentEdition(tx);
    if (!edition) throw new RecordNotFoundError('catalog_edition', input.editionId ?? 'current');
    let base = { name: 'Modelgemeente', inhabitants: edition.modelInhabitants, referenceDate: null as string | null };
    if (input.cbsCode) {
      const [m] = await tx.select().from(municipalities).where(eq(municipalities.cbsCode, input.cbsCode));
      if (!m) throw new RecordNotFoundError('municipality', input.cbsCode);
      base = { name: m.name, inhabitants: m.inhabitants, referenceDate: m.referenceDate };
    }
    const own = input.profile ?? {};
    const firstYear = input.firstYear ?? new Date().getFullYear() + 1;
    const { budget } = await insertBudgetWithCatalog(
      tx,
      {
        organisationId: input.organisationId,
        name: input.name ?? `ICT-begroting ${firstYear}`,
        firstYear,
        horizonYears: input.horizonYears ?? 4,
        editionId: edition.id,
        cbsCode: input.cbsCode ?? null,
        profileName: own.name ?? base.name,
        profileInhabitants: own.inhabitants ?? base.inhabitants,
        profileEmployees: own.employees ?? edition.modelEmployees,
        profileDepartments: own.departments ?? edition.modelDepartments,
        profileReferenceDate: base.referenceDate,
        assumptions: input.assumptions,
        includeExamples: input.includeExamples ?? true,
      },
      await loadEditionChildren(tx, edition.id),
    );
    return budget;
  });
}
