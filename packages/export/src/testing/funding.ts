import {
  calculateFunding,
  fundingNature,
  type CalculationInput,
  type CalculationResult,
  type FundingInput,
  type FundingOptions,
  type IncidentalRule,
} from '@app/engine';
import {
  capitalReserveView,
  describeFundingWarning,
  FUNDING_SOURCE_TYPE_LABELS,
  type FundingOverview,
} from '@app/schemas';

/** Fundings on the sample budget: a percentage of a line, an amount on a development, a subsidy that ends, a structural grant. */
export function sampleFundingInputs(firstYear: number): FundingInput[] {
  return [
    {
      id: 'f0000001-pct',
      sourceType: 'decentralisation-grant',
      status: 'granted',
      label: 'Woo-compensatie',
      lineId: 'l-coord',
      percentage: 33.3,
      startYear: firstYear,
      endYear: firstYear + 1,
    },
    {
      id: 'f0000002-amt',
      sourceType: 'earmarked-reserve',
      status: 'expected',
      label: null,
      developmentId: 'dev-energie',
      amountCents: 1_234_500,
      startYear: firstYear + 1,
      endYear: firstYear + 2,
    },
    {
      id: 'f0000003-sub',
      sourceType: 'subsidy',
      status: 'received',
      label: 'A&O-fonds',
      lineId: 'l-training',
      amountCents: 2_000_000,
      startYear: firstYear,
      endYear: firstYear + 1,
      maxTotalCents: 2_500_000,
    },
    {
      id: 'f0000004-str',
      sourceType: 'general-funds',
      status: 'granted',
      label: null,
      developmentId: 'dev-saas',
      percentage: 50,
      startYear: firstYear,
      endYear: null,
    },
  ];
}

/** The API's overview shape for fundings on an engine result (what apps/api builds from stored rows). */
export function fundingOverviewFor(
  input: CalculationInput,
  result: CalculationResult,
  inputs: FundingInput[],
  rule: IncidentalRule = { maxYears: 3, thresholdCents: null },
  options: FundingOptions = {},
): FundingOverview {
  const computed = calculateFunding(input, result, inputs, rule, options);
  const lineName = new Map(input.lines.map((l) => [l.id, l.description]));
  const devName = new Map(input.developments.map((d) => [d.id, d.title]));
  const byId = new Map(inputs.map((f) => [f.id, f]));
  const name = (f: FundingInput) => f.label ?? FUNDING_SOURCE_TYPE_LABELS[f.sourceType];
  return {
    budgetId: 'sample',
    version: 1,
    status: 'draft',
    years: computed.years,
    sources: inputs.map((f) => ({
      id: f.id,
      budgetLineId: f.lineId ?? null,
      developmentId: f.developmentId ?? null,
      sourceType: f.sourceType,
      status: f.status,
      label: f.label ?? null,
      amountCents: f.amountCents ?? null,
      percentage: f.percentage ?? null,
      startYear: f.startYear,
      endYear: f.endYear ?? null,
      fundLimitId: null,
      note: null,
      nature: fundingNature(f, rule),
      active: true,
      createdAt: '2026-12-01T00:00:00.000Z',
    })),
    fundLimits: [],
    rule: { maxYears: rule.maxYears, thresholdCents: rule.thresholdCents ?? null },
    fundings: computed.fundings,
    lines: computed.lines,
    developments: computed.developments,
    domains: computed.domains,
    domainTitles: {},
    total: computed.total,
    warnings: computed.warnings.map((w) => ({
      ...w,
      message: describeFundingWarning(
        w,
        (w.target.kind === 'line' ? lineName.get(w.target.id) : devName.get(w.target.id)) ?? w.target.id,
        w.fundingId ? name(byId.get(w.fundingId)!) : null,
      ),
    })),
    incidental: {
      ...computed.incidental,
      rule: { maxYears: rule.maxYears, thresholdCents: rule.thresholdCents ?? null },
      lasten: computed.incidental.lasten.map((i) => ({ ...i, label: lineName.get(i.id) ?? i.id })),
      reclassified: computed.incidental.reclassified.map((i) => ({ ...i, label: lineName.get(i.id) ?? i.id })),
      baten: computed.incidental.baten.map((i) => ({ ...i, label: name(byId.get(i.id)!) })),
    },
    structuralBalance: computed.structuralBalance,
    capitalReserve: capitalReserveView(computed.capitalReserve, (id) => lineName.get(id) ?? id),
  };
}
