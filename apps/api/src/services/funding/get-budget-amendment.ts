import { budgetAmendment, type LineBooking } from '@app/engine';
import { CONTRIBUTION_DOMAIN, type AmendmentQuery, type AmendmentResponse } from '@app/schemas';
import { AppError } from '../../errors.ts';
import { buildBudgetCalculationInput, loadBudgetAggregate, type BudgetAggregate } from '../budgets/budget-aggregate.ts';
import { getBudgetVersions } from '../workflow/get-budget-versions.ts';
import type { RequestScope } from '../request-scope.ts';
import { runEngine } from '../run-engine.ts';
import { fundingSettingsOf } from './funding-settings.ts';

/** Iv3 taakveld of every line: the catalog line's, a custom line's own, else 0.4 Overhead. */
function bookingsOf(aggregate: BudgetAggregate, domainOf: ReadonlyMap<string, string>): Map<string, LineBooking> {
  const catalog = new Map(aggregate.edition.lines.map((l) => [l.id, l]));
  const out = new Map<string, LineBooking>();
  for (const line of aggregate.lines) {
    const taakveld =
      (line.catalogLineId ? catalog.get(line.catalogLineId)?.taakveld : line.customLine?.taakveld) ?? '0.4';
    out.set(line.id, { domainKey: domainOf.get(line.developmentId) ?? '', taakveld: taakveld || '0.4' });
  }
  return out;
}

/**
 * Begrotingswijziging: the budget beside its last adopted version (the nearest adopted budget in
 * its version lineage, itself excluded) per domain and taakveld per year, flagged against the
 * reporting threshold.
 */
export async function getBudgetAmendment(
  scope: RequestScope,
  budgetId: string,
  query: AmendmentQuery,
): Promise<AmendmentResponse> {
  const { db, cache, organisationId } = scope;
  const current = await loadBudgetAggregate(db, cache, organisationId, budgetId);
  const { lineage } = await getBudgetVersions(scope, current.budget.id);
  const adoptedRef = [...lineage].reverse().find((b) => b.id !== current.budget.id && b.status === 'adopted') ?? null;
  // An explicit threshold in the query wins; otherwise the organisation's own.
  const settings = await fundingSettingsOf(db, current.budget);
  const threshold =
    query.minAmount !== undefined
      ? { minAmountCents: query.minAmount * 100, minPct: query.minPct ?? null }
      : { minAmountCents: settings.amendmentMinAmountCents, minPct: settings.amendmentMinPct };
  const now = runEngine(buildBudgetCalculationInput(current));
  const domainNames = new Map(current.edition.domains.map((d) => [d.key, d.name]));
  const domainKeyOf = (aggregate: BudgetAggregate) => {
    const byDomainId = new Map(aggregate.edition.domains.map((d) => [d.id, d.key]));
    return new Map(aggregate.edition.developments.map((d) => [d.id, byDomainId.get(d.domainId) ?? '']));
  };
  const empty = { adopted: {}, current: {}, difference: {} };
  if (!adoptedRef) {
    return {
      budgetId: current.budget.id,
      budgetName: current.budget.name,
      adoptedBudget: null,
      years: now.result.years,
      threshold,
      rows: [],
      total: empty,
    };
  }
  const adopted = await loadBudgetAggregate(db, cache, organisationId, adoptedRef.id);
  const before = runEngine(buildBudgetCalculationInput(adopted));
  let amendment;
  try {
    amendment = budgetAmendment(
      { result: now.result, bookings: bookingsOf(current, domainKeyOf(current)) },
      { result: before.result, bookings: bookingsOf(adopted, domainKeyOf(adopted)) },
      threshold,
    );
  } catch (error) {
    throw new AppError('VALIDATION_ERROR', 'Ongeldige drempel voor de begrotingswijziging.', {
      fields: [{ path: 'query.minAmount', message: 'ongeldige drempel' }],
      cause: error,
    });
  }
  for (const d of adopted.edition.domains) if (!domainNames.has(d.key)) domainNames.set(d.key, d.name);
  domainNames.set(CONTRIBUTION_DOMAIN.key, CONTRIBUTION_DOMAIN.name);
  return {
    budgetId: current.budget.id,
    budgetName: current.budget.name,
    adoptedBudget: { id: adopted.budget.id, name: adopted.budget.name },
    years: amendment.years,
    threshold: { minAmountCents: amendment.threshold.minAmountCents, minPct: amendment.threshold.minPct ?? null },
    rows: amendment.rows.map((r) => ({ ...r, domainName: domainNames.get(r.domainKey) ?? r.domainKey })),
    total: amendment.total,
  };
}
