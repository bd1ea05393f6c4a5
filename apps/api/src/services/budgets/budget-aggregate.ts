import { type RequestScope } from '../request-scope.ts';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  budgetDevelopments,
  budgetLines,
  budgets,
  type BudgetDevelopmentRow,
  type BudgetLineRow,
  type BudgetRow,
  type Db,
} from '@app/db';
import type { CalculationInput } from '@app/engine';
import { CONTRIBUTION_DOMAIN, type BudgetDetail, type ContributionLine } from '@app/schemas';
import { notFound } from '../../errors.ts';
import type { EditionData, ReferenceCache } from '../reference-data/reference-cache.ts';
import { isUuid } from '../ids.ts';
import { listOrgUnits } from '../org-units/list-org-units.ts';
import { budgetState, childrenKey, childrenWeight, detailKey } from '../budget-read/budget-state.ts';
import { cachedJson, rememberBody } from '../budget-read/result-cache.ts';
import { buildCalculationInput, developmentLabel } from '../engine-input/build-input.ts';
import { overriddenFields, toBudgetLineInput, toLineInput, toModelProfile } from '../engine-input/mappers.ts';
import {
  CONTRIBUTION_DEVELOPMENT_ID,
  CONTRIBUTION_DOMAIN_KEY,
  contributionLineInput,
  loadContributionLines,
} from '../collaborations/contribution-lines.ts';

/** A budget with everything the engine and the detail view need. */
export interface BudgetAggregate {
  budget: BudgetRow;
  edition: EditionData;
  developments: BudgetDevelopmentRow[];
  lines: BudgetLineRow[];
  /** Contributions to collaborations (ADR 0023): one fixed-amount line each; [] when none. */
  contributions: ContributionLine[];
}

export interface AggregateOptions {
  /** false: leave contribution lines out (a shared budget, read for its allocation, never has them). */
  withContributions?: boolean;
}

/**
 * Loads budgets of one organisation with their developments and lines in three queries. Budgets of
 * another organisation are simply not found (same answer as an unknown id).
 */
export async function loadBudgetAggregates(
  db: Db,
  cache: ReferenceCache,
  organisationId: string,
  ids?: string[],
  options: AggregateOptions = {},
): Promise<BudgetAggregate[]> {
  const scope = ids
    ? and(eq(budgets.organisationId, organisationId), inArray(budgets.id, ids.filter(isUuid)))
    : eq(budgets.organisationId, organisationId);
  if (ids && ids.filter(isUuid).length === 0) return [];
  const budgetRows = await db.select().from(budgets).where(scope).orderBy(asc(budgets.createdAt), asc(budgets.id));
  if (budgetRows.length === 0) return [];
  const budgetIds = budgetRows.map((row) => row.id);
  const [developmentRows, lineRows] = await Promise.all([
    db.select().from(budgetDevelopments).where(inArray(budgetDevelopments.budgetId, budgetIds)),
    db
      .select()
      .from(budgetLines)
      .where(inArray(budgetLines.budgetId, budgetIds))
      .orderBy(asc(budgetLines.createdAt), asc(budgetLines.id)),
  ]);
  const contributions =
    options.withContributions === false
      ? new Map<string, ContributionLine[]>()
      : await loadContributionLines(db, cache, budgetRows);
  const aggregates: BudgetAggregate[] = [];
  for (const budget of budgetRows) {
    const edition = await cache.edition(db, budget.editionId);
    aggregates.push(
      assembleAggregate(
        budget,
        edition,
        developmentRows.filter((row) => row.budgetId === budget.id),
        lineRows.filter((row) => row.budgetId === budget.id),
        contributions.get(budget.id) ?? [],
      ),
    );
  }
  return aggregates;
}

/** The aggregate of rows already in hand (read or just written), children in catalog order. */
export function assembleAggregate(
  budget: BudgetRow,
  edition: EditionData,
  developments: BudgetDevelopmentRow[],
  lines: BudgetLineRow[],
  contributions: ContributionLine[] = [],
): BudgetAggregate {
  return {
    budget,
    edition,
    developments: sortByCatalogOrder(developments, edition),
    lines: sortLines(lines, edition),
    contributions,
  };
}

export async function loadBudgetAggregate(
  db: Db,
  cache: ReferenceCache,
  organisationId: string,
  id: string,
  options: AggregateOptions = {},
): Promise<BudgetAggregate> {
  if (!isUuid(id)) throw notFound('Begroting');
  const [aggregate] = await loadBudgetAggregates(db, cache, organisationId, [id], options);
  if (!aggregate) throw notFound('Begroting');
  return aggregate;
}

function sortByCatalogOrder(rows: BudgetDevelopmentRow[], edition: EditionData): BudgetDevelopmentRow[] {
  const order = new Map(edition.developments.map((development, index) => [development.id, index]));
  return rows.sort((a, b) => (order.get(a.developmentId) ?? 1e9) - (order.get(b.developmentId) ?? 1e9));
}

/** Catalog lines in catalog order, then custom lines in the order they were added. */
function sortLines(rows: BudgetLineRow[], edition: EditionData): BudgetLineRow[] {
  const order = new Map(edition.lines.map((line, index) => [line.id, index]));
  const rank = (row: BudgetLineRow) => (row.catalogLineId ? (order.get(row.catalogLineId) ?? 1e9) : 2e9);
  return rows.sort((a, b) => rank(a) - rank(b));
}

/** Exactly what the engine gets for a budget; the browser previews with the same input. */
export function buildBudgetCalculationInput(aggregate: BudgetAggregate): CalculationInput {
  const { budget, edition } = aggregate;
  const catalogById = new Map(edition.lines.map((row) => [row.id, row]));
  const input = buildCalculationInput(edition, {
    profile: {
      inhabitants: budget.profileInhabitants,
      employees: budget.profileEmployees,
      departments: budget.profileDepartments,
    },
    firstYear: budget.firstYear,
    horizonYears: budget.horizonYears,
    assumptions: budget.assumptions,
    includeExamples: budget.includeExamples,
    developments: aggregate.developments,
    lines: aggregate.lines.map((line) =>
      toBudgetLineInput(line, line.catalogLineId ? (catalogById.get(line.catalogLineId) ?? null) : null),
    ),
  });
  if (aggregate.contributions.length === 0) return input;
  // Contributions to collaborations: one development outside the catalog, one exact-amount line each.
  input.developments.push({
    id: CONTRIBUTION_DEVELOPMENT_ID,
    domainKey: CONTRIBUTION_DOMAIN_KEY,
    title: CONTRIBUTION_DOMAIN.developmentTitle,
    startYear: null,
    enabled: true,
  });
  input.lines.push(...aggregate.contributions.map(contributionLineInput));
  return input;
}

export function toBudgetDetail(
  aggregate: BudgetAggregate,
  extra: { scenarios: BudgetDetail['scenarios']; orgUnits: BudgetDetail['orgUnits'] },
): BudgetDetail {
  const { budget, edition } = aggregate;
  const catalogById = new Map(edition.lines.map((row) => [row.id, row]));
  return {
    id: budget.id,
    name: budget.name,
    status: budget.status,
    version: budget.version,
    firstYear: budget.firstYear,
    horizonYears: budget.horizonYears,
    edition: { id: edition.edition.id, name: edition.edition.name },
    profile: {
      cbsCode: budget.cbsCode,
      name: budget.profileName,
      inhabitants: budget.profileInhabitants,
      employees: budget.profileEmployees,
      departments: budget.profileDepartments,
      referenceDate: budget.profileReferenceDate,
    },
    modelProfile: toModelProfile(edition.edition),
    assumptions: budget.assumptions,
    includeExamples: budget.includeExamples,
    scenarioName: budget.scenarioName,
    baseBudgetId: budget.baseBudgetId,
    familyId: budget.familyId,
    archivedAt: budget.archivedAt?.toISOString() ?? null,
    scenarios: extra.scenarios,
    orgUnits: extra.orgUnits,
    developments: aggregate.developments.map((row) => {
      return {
        id: row.id,
        developmentId: row.developmentId,
        ...developmentLabel(edition, row.developmentId),
        enabled: row.enabled,
        startYear: row.startYear,
        ownerUnitId: row.ownerUnitId,
        priority: row.priority,
        note: row.note,
      };
    }),
    contributions: aggregate.contributions,
    lines: aggregate.lines.map((line) => toDetailLine(line, catalogById)),
    calculationInput: buildBudgetCalculationInput(aggregate),
    updatedAt: budget.updatedAt.toISOString(),
  };
}

/** One line as the detail's `lines[]` holds it. */
export function toDetailLine(
  line: BudgetLineRow,
  catalogById: ReadonlyMap<string, EditionData['lines'][number]>,
): BudgetDetail['lines'][number] {
  const catalogLine = line.catalogLineId ? (catalogById.get(line.catalogLineId) ?? null) : null;
  return {
    id: line.id,
    catalogLineId: line.catalogLineId,
    developmentId: line.developmentId,
    custom: line.customLine !== null,
    model: catalogLine ? { ...toLineInput(catalogLine), id: line.id } : null,
    effective: toBudgetLineInput(line, catalogLine),
    overriddenFields: overriddenFields(line),
    justification: line.justification,
  };
}

/** The family of a budget: its base (if it is a scenario) and every scenario of that base. */
export async function loadScenarioFamily(
  db: Db,
  organisationId: string,
  budget: BudgetRow,
): Promise<BudgetDetail['scenarios']> {
  const baseId = budget.baseBudgetId ?? budget.id;
  const rows = await db
    .select({ id: budgets.id, scenarioName: budgets.scenarioName, baseBudgetId: budgets.baseBudgetId })
    .from(budgets)
    .where(
      and(
        eq(budgets.organisationId, organisationId),
        isNotNull(budgets.baseBudgetId),
        eq(budgets.baseBudgetId, baseId),
      ),
    )
    .orderBy(asc(budgets.createdAt));
  return rows.map((row) => ({ id: row.id, scenarioName: row.scenarioName }));
}

export async function getBudgetDetail(scope: RequestScope, id: string): Promise<BudgetDetail> {
  const { db, cache, organisationId } = scope;
  return describeBudget(scope, await loadBudgetAggregate(db, cache, organisationId, id));
}

/**
 * The detail view of an aggregate already loaded (e.g. the one a write just proved computes, after
 * its commit). Its scenarios and units come with the current budget row in one statement; when that
 * row is still the aggregate's version, the serialized detail is kept in the result cache (the next
 * GET is a hit) and remembered for the route to send as is.
 */
export async function describeBudget(
  scope: Pick<RequestScope, 'db' | 'organisationId' | 'results'>,
  aggregate: BudgetAggregate,
): Promise<BudgetDetail> {
  const { db, organisationId, results } = scope;
  const [state] = await budgetState(db).execute({ id: aggregate.budget.id, organisationId });
  if (!state || state.version !== aggregate.budget.version) {
    const [scenarios, units] = await Promise.all([
      loadScenarioFamily(db, organisationId, aggregate.budget),
      listOrgUnits({ db, organisationId }),
    ]);
    return toBudgetDetail(aggregate, { scenarios, orgUnits: units });
  }
  const { scenarios, orgUnits, ...budget } = state;
  const detail = toBudgetDetail({ ...aggregate, budget }, { scenarios, orgUnits });
  const key = detailKey(state, aggregate.contributions);
  const body = cachedJson(key, JSON.stringify(detail));
  if (aggregate.edition.edition.status === 'published') {
    results.set(key, body, Math.ceil(body.body.length * 1.25));
    // The next write on this budget starts from these rows instead of reading them again.
    results.set(
      childrenKey(budget),
      { developments: aggregate.developments, lines: aggregate.lines },
      childrenWeight(aggregate),
    );
  }
  rememberBody(detail, body);
  return detail;
}
