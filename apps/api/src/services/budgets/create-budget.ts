import type { RequestScope } from '../request-scope.ts';
import { insertBudgetWithCatalog } from '@app/db';
import { suggestProfile, type Profile } from '@app/engine';
import type { BudgetCreate, BudgetDetail } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { requestedEdition, type EditionData } from '../reference-data/reference-cache.ts';
import { findMunicipality } from '../municipalities/find-municipality.ts';
import { assembleAggregate, describeBudget } from './budget-aggregate.ts';
import { assertAggregateComputes } from './budget-mutation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { toModelProfile } from '../engine-input/mappers.ts';

/**
 * A new budget on the current (or given) edition with every development enabled and every
 * non-retired catalog line, for a CBS municipality or a hand-entered profile. Each record is read
 * once (municipality, edition, defaults, staff ratios), the engine runs once on what was written,
 * and all of it is one transaction: nothing is left behind if any step (including that first
 * calculation) fails.
 */
export async function createBudget(scope: RequestScope, body: BudgetCreate): Promise<BudgetDetail> {
  const { db, cache, organisationId, userId } = scope;
  const municipality = body.cbsCode ? await findMunicipality(db, body.cbsCode) : undefined;
  if (body.cbsCode && !municipality) throw invalidField('body.cbsCode', `is geen bekende gemeente (${body.cbsCode})`);
  const edition = await requestedEdition(db, cache, body.editionId);
  const { assumptions } = await cache.defaultAssumptions(db, organisationId);
  const model = toModelProfile(edition.edition);

  const own: Partial<Profile> & { name?: string } = body.profile ?? {};
  const base = municipality
    ? { name: municipality.name, inhabitants: municipality.inhabitants, referenceDate: municipality.referenceDate }
    : { name: 'Modelgemeente', inhabitants: model.inhabitants, referenceDate: null };
  const inhabitants = own.inhabitants ?? base.inhabitants;
  // The Modelgemeente itself keeps its own employees and departments; any other size gets the
  // suggestion from the staff-ratio reference data (formatie per 1.000 inwoners by size class).
  const suggested: Profile =
    own.employees != null && own.departments != null
      ? { inhabitants, employees: own.employees, departments: own.departments }
      : !municipality && own.inhabitants == null
        ? model
        : suggestProfile(inhabitants, model, await cache.staffRatios(db));

  const created = await db.transaction(async (tx) => {
    const written = await insertBudgetWithCatalog(
      tx,
      {
        organisationId,
        name: body.name,
        firstYear: body.firstYear,
        horizonYears: body.horizonYears,
        editionId: edition.edition.id,
        cbsCode: body.cbsCode ?? null,
        profileName: own.name ?? base.name,
        profileInhabitants: inhabitants,
        profileEmployees: own.employees ?? suggested.employees,
        profileDepartments: own.departments ?? suggested.departments,
        profileReferenceDate: base.referenceDate,
        assumptions,
        includeExamples: true,
      },
      editionChildren(edition),
    );
    const aggregate = assembleAggregate(written.budget, edition, written.developments, written.lines);
    assertAggregateComputes(aggregate);
    const { budget } = written;
    await recordAudit(tx, {
      organisationId,
      userId,
      budgetId: budget.id,
      entity: 'budget',
      entityId: budget.id,
      action: 'create',
      after: { name: budget.name, firstYear: budget.firstYear, cbsCode: budget.cbsCode },
    });
    return aggregate;
  });
  return describeBudget(scope, created);
}

/** What a new budget copies: every development of the edition and every line still in the catalog. */
function editionChildren(edition: EditionData) {
  return { developments: edition.developments, lines: edition.lines.filter((line) => !line.retired) };
}
