/**
 * @app/engine — the pure budget engine (rules: packages/engine/README.md). Money is integer euro cents throughout;
 * see README.md for the rules as implemented.
 */
export * from './types.ts';
export { calculate, calculateTotals } from './calculate.ts';
export {
  explainCell,
  explainAll,
  explainLineYear,
  ASSET_CLASS_NL,
  type CellExplanation,
  type CellPart,
  type ExplainOptions,
} from './explain.ts';
export { EngineInputError } from './errors.ts';
export { roundEuro, splitWholeEuros } from './rounding.ts';
export { scaleRatio, effectiveElasticity } from './scaling.ts';
export { monthlySalaryCents, salaryAtStep } from './salary.ts';
export {
  formatEuro,
  formatEuroCents,
  formatEuroDelta,
  formatEuroExact,
  formatNumber,
  formatNumberShort,
  formatPct,
} from './format.ts';
export {
  benchmarkShare,
  costPerCapita,
  inSizeClass,
  selectBenchmarks,
  type BenchmarkRef,
  type BenchmarkSelection,
  type CostPerCapita,
} from './benchmark.ts';
export {
  PLAUSIBLE_BAND,
  plausibility,
  type PerCapitaAmount,
  type Plausibility,
  type PlausibilityBand,
  type PlausibilityCheck,
  type PlausibilityDriver,
  type PlausibilityMeasure,
} from './plausibility.ts';
export { exampleShare, incompleteZeroLines, totalsByProvenance, type ExampleShare } from './provenance.ts';
export { exploitationByLine, sumByYear, totalsDifference, totalsOnYears } from './subtotals.ts';
export { CATEGORY_OF, defaultIndexation, isPerYearBase, linePlanSummary, type LinePlanSummary } from './plan.ts';
export { scaledQuantityOf } from './scale-line.ts';
export { staffRatioFor, suggestProfile, type StaffRatio } from './profile.ts';
export {
  ALLOCATION_KEY_TYPES,
  HYBRID_BASES,
  allocate,
  allocateWholeEuros,
  compareAloneTogether,
  keyShares,
  sharePct,
  type AllocatedRow,
  type AllocationInput,
  type AllocationKey,
  type AllocationKeyType,
  type AllocationMember,
  type AllocationResult,
  type AloneTogetherDevelopment,
  type AloneTogetherMember,
  type ExactShares,
  type HybridBasis,
  type KeySource,
  type MemberAllocation,
  type WholeEuroSplit,
} from './allocation.ts';
export {
  DEFAULT_INCIDENTAL_RULE,
  FUNDING_WARNING_KINDS,
  calculateFunding,
  fundingNature,
  type CapitalReserveCoverage,
  type FundingAmounts,
  type FundingOptions,
  type FundingInput,
  type FundingNature,
  type FundingResult,
  type FundingSourceType,
  type FundingStatus,
  type FundingTarget,
  type FundingWarning,
  type FundingWarningKind,
  type GrossFundedNet,
  type IncidentalItem,
  type IncidentalOverview,
  type IncidentalRule,
  type StructuralBalance,
} from './funding.ts';
export {
  budgetAmendment,
  reachesThreshold,
  type AmendmentRow,
  type BudgetAmendment,
  type LineBooking,
  type ReportingThreshold,
} from './funding-amendment.ts';
