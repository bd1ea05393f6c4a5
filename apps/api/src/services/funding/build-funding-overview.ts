import {
  calculateFunding,
  DEFAULT_INCIDENTAL_RULE,
  fundingNature,
  type FundingInput,
  type FundingOptions,
  type IncidentalRule,
} from '@app/engine';
import type { FundingRow, FundLimitRow } from '@app/db';
import { fundLimitView } from './load-funding.ts';
import {
  capitalReserveView,
  CONTRIBUTION_DOMAIN,
  describeFundingWarning,
  FUNDING_SOURCE_TYPE_LABELS,
  type Funding,
  type FundingOverview,
} from '@app/schemas';
import { buildBudgetCalculationInput, type BudgetAggregate } from '../budgets/budget-aggregate.ts';
import { runEngine } from '../run-engine.ts';

/** A funding's name in texts: its own label, else its source type. */
export function fundingName(row: Pick<FundingRow, 'label' | 'sourceType'>): string {
  return row.label ?? FUNDING_SOURCE_TYPE_LABELS[row.sourceType];
}

/**
 * Gross, funded and net of a budget with its fundings, the warnings and the BBV views — what the
 * funding screen, Excel and the PDF show. A funding that no longer falls in the budget (its years
 * outside the horizon after a change of years, or its line left out of the calculation) is listed
 * as inactive and counts € 0; one that started before the first year counts from the first year.
 */
export function buildFundingOverview(
  aggregate: BudgetAggregate,
  rows: readonly FundingRow[],
  limits: readonly FundLimitRow[],
  rule: IncidentalRule = DEFAULT_INCIDENTAL_RULE,
  options: FundingOptions = {},
): FundingOverview {
  const { budget, edition } = aggregate;
  const { input, result } = runEngine(buildBudgetCalculationInput(aggregate));
  const years = result.years;
  const first = years[0] ?? budget.firstYear;
  const last = years[years.length - 1] ?? budget.firstYear;
  // A funding of a switched-off development (or of a line in one) counts € 0: it is not active.
  const developmentIds = new Set(input.developments.filter((d) => d.enabled).map((d) => d.id));
  const lineIds = new Set(input.lines.filter((l) => developmentIds.has(l.developmentId)).map((l) => l.id));
  const limitById = new Map(limits.map((l) => [l.id, l]));
  const ordered = [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));

  const isActive = (row: FundingRow) =>
    (row.budgetLineId
      ? lineIds.has(row.budgetLineId)
      : row.developmentId
        ? developmentIds.has(row.developmentId)
        : false) &&
    row.startYear <= last &&
    (row.endYear == null || row.endYear >= first);
  const active = ordered.filter(isActive);
  // A funding entered before the budget's first year moved later runs from that first year.
  const startInBudget = (row: FundingRow) => Math.max(row.startYear, first);
  const fundingInputs: FundingInput[] = active.map((row) => ({
    id: row.id,
    sourceType: row.sourceType,
    status: row.status,
    label: row.label,
    lineId: row.budgetLineId,
    developmentId: row.budgetLineId ? null : row.developmentId,
    amountCents: row.amountCents,
    percentage: row.percentage,
    startYear: startInBudget(row),
    endYear: row.endYear,
    maxTotalCents: row.fundLimitId ? (limitById.get(row.fundLimitId)?.maxCents ?? null) : null,
  }));
  const computed = calculateFunding(input, result, fundingInputs, rule, options);

  const lineName = new Map(input.lines.map((l) => [l.id, l.description]));
  const developmentName = new Map(input.developments.map((d) => [d.id, d.title]));
  const rowById = new Map(ordered.map((r) => [r.id, r]));
  const targetName = (kind: 'line' | 'development', id: string) =>
    (kind === 'line' ? lineName.get(id) : developmentName.get(id)) ?? id;
  const domainTitles: Record<string, string> = {};
  for (const domain of edition.domains) domainTitles[domain.key] = domain.name;
  if (input.developments.some((d) => d.id === CONTRIBUTION_DOMAIN.developmentId))
    domainTitles[CONTRIBUTION_DOMAIN.key] = CONTRIBUTION_DOMAIN.name;

  const sources: Funding[] = ordered.map((row) => ({
    id: row.id,
    budgetLineId: row.budgetLineId,
    developmentId: row.developmentId,
    sourceType: row.sourceType,
    status: row.status,
    label: row.label,
    amountCents: row.amountCents,
    percentage: row.percentage,
    startYear: row.startYear,
    endYear: row.endYear,
    fundLimitId: row.fundLimitId,
    note: row.note,
    // As the totals classify it: from the first year it runs in this budget (a budget whose first
    // year moved past the stored start counts fewer years, and may then be incidental).
    nature: fundingNature({ ...row, startYear: startInBudget(row) }, rule),
    active: isActive(row),
    createdAt: row.createdAt.toISOString(),
  }));

  return {
    budgetId: budget.id,
    version: budget.version,
    status: budget.status,
    years: computed.years,
    sources,
    fundLimits: limits.map(fundLimitView),
    rule: { maxYears: rule.maxYears, thresholdCents: rule.thresholdCents ?? null },
    fundings: computed.fundings,
    lines: computed.lines,
    developments: computed.developments,
    domains: computed.domains,
    domainTitles,
    total: computed.total,
    warnings: computed.warnings.map((w) => {
      const row = w.fundingId ? rowById.get(w.fundingId) : undefined;
      return {
        ...w,
        message: describeFundingWarning(w, targetName(w.target.kind, w.target.id), row ? fundingName(row) : null),
      };
    }),
    incidental: {
      ...computed.incidental,
      rule: {
        maxYears: computed.incidental.rule.maxYears,
        thresholdCents: computed.incidental.rule.thresholdCents ?? null,
      },
      lasten: computed.incidental.lasten.map((item) => ({ ...item, label: lineName.get(item.id) ?? item.id })),
      reclassified: computed.incidental.reclassified.map((item) => ({
        ...item,
        label: lineName.get(item.id) ?? item.id,
      })),
      baten: computed.incidental.baten.map((item) => {
        const row = rowById.get(item.id);
        return { ...item, label: row ? fundingName(row) : item.id };
      }),
    },
    structuralBalance: computed.structuralBalance,
    capitalReserve: capitalReserveView(computed.capitalReserve, (id) => lineName.get(id) ?? id),
  };
}
