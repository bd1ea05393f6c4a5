/**
 * The engine's contract: plain data in, plain data out. All money is integer euro cents.
 * Every other package (schemas, db seed, api, web, export) builds on these types, so change
 * them deliberately.
 */

import {
  DRIVERS,
  LINE_KINDS,
  COST_BASES,
  COST_POOLS,
  PROVENANCES,
  UNIT_PRICE_PERIODS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  SCALING_RULES,
  COMPONENTS,
  ASSET_CLASSES,
} from './vocabulary.ts';

export * from './vocabulary.ts';

/** Integer euro cents. */
export type Cents = number;

/** Scaling basis of a line (packages/engine/README.md). */
export type Driver = (typeof DRIVERS)[number];

export type LineKind = (typeof LINE_KINDS)[number];

/** How a line's annual amount is built: euros, staff hours × scale, hire hours × rate, units × price. */
export type CostBasis = (typeof COST_BASES)[number];

/** Kostensoort: personeel eigen | inhuur | software/licenties (incl. SaaS) | hardware | diensten/advies | opleiding. */
export type CostPool = (typeof COST_POOLS)[number];

export type Provenance = (typeof PROVENANCES)[number];

/** Licence unit prices are quoted per month or per year; the engine annualises. */
export type UnitPricePeriod = (typeof UNIT_PRICE_PERIODS)[number];

/** Hire hours are either per year (structural) or a total for the whole line (incidental). */
export type HireHoursPeriod = (typeof HIRE_HOURS_PERIODS)[number];

export type Indexation = (typeof INDEXATIONS)[number];

/** Activaklasse of an investment line (depreciation term per class, ADR 0027). */
export type AssetClass = (typeof ASSET_CLASSES)[number];

/** Size of a municipality: the model's (100,000 / 1,000 / 40) or the user's own. */
export interface Profile {
  inhabitants: number;
  employees: number;
  departments: number;
}

/** Cao Gemeenten salary table: monthly gross salary per scale and step (periodiek), in cents. */
export interface SalaryTable {
  id: string;
  label: string;
  /** ISO date the amounts apply from. */
  validFrom: string;
  source: string;
  /** Scale key ("8", "10", "10A", …) → monthly amounts per step, ascending (index 0 = lowest step). */
  scales: Record<string, Cents[]>;
}

/** Hourly hire rates per role, in cents, excl. BTW. */
export interface RateCard {
  id: string;
  label: string;
  validFrom: string;
  source: string;
  rates: Record<string, Cents>;
}

/** Budget-level assumptions; every figure is an editable default with a source elsewhere. */
export interface Assumptions {
  salaryTable: SalaryTable;
  /** Which step of the scale: 'max' (default) or a step index into the scale's array. */
  salaryStep: number | 'max';
  /** Holiday pay/IKB + employer charges, in percent on 12 × monthly salary (e.g. 33 → +33 %). */
  employerCostPct: number;
  rateCard: RateCard;
  /** Role used for hire lines that name none. */
  defaultHireRole: string;
  /** Yearly price indexation in percent, compounding from the first year (non-wage structural lines). */
  priceIndexationPct: number;
  /** Yearly wage indexation in percent, compounding from the first year (staff lines). */
  wageIndexationPct: number;
  /** Omslagrente for kapitaallasten, percent on book value at 1 January. */
  interestRatePct: number;
  /** Investments below this amount are expensed as incidental cost. */
  activationThresholdCents: Cents;
  /** Default depreciation term for investment lines that name none and whose asset class has no term. */
  defaultDepreciationYears: number;
  /**
   * Depreciation term per asset class (the organisation's financial regulation); an investment
   * line's own depreciationYears wins, a class without a term falls back to defaultDepreciationYears.
   * Absent or null: no terms per class (budgets made before the setting existed).
   */
  depreciationYearsByAssetClass?: Partial<Record<AssetClass, number>> | null;
  /**
   * Share of the investments financed with borrowed money (vreemd vermogen), in percent (0–100).
   * Without interest on own equity only this share bears interest (ADR 0027). Absent: 100, which
   * is how budgets made before the setting were computed.
   */
  externalFinancingPct?: number | null;
  /** Interest is also charged on the share financed with own equity (Commissie BBV advises against). Absent: false. */
  interestOnOwnEquity?: boolean | null;
  /**
   * Activeren en direct afschrijven: an activated investment is written off in full in the year it
   * is made (one depreciation row, no interest after). Absent: false.
   */
  writeOffAtOnce?: boolean | null;
  /** Default elasticity per driver for lines without their own; `fixed` is always 0. */
  defaultElasticity: Record<Driver, number>;
  /** SaaS contract end: re-tender cost as percent of one year's contract value, for lines without an explicit amount. */
  retenderPct: number;
  /** SaaS contract end: migration cost as percent of one year's contract value, for lines without an explicit amount. */
  migrationPct: number;
  /**
   * Validity range of the rescaling (ADR 0010): the power law `model × ratio^e` holds for driver
   * ratios own/model within [minRatio, maxRatio]. Outside it a line scales linearly from the range
   * edge (shared execution below, no further economy of scale above), and a fixed line below the
   * range pays its share (inhabitants ratio / minRatio) of the fixed piece of work. null or absent:
   * the power law everywhere.
   */
  scalingRange?: ScalingRange | null;
}

/** Driver ratios (own/model) within which the Modelgemeente's power law is taken to hold. */
export interface ScalingRange {
  minRatio: number;
  maxRatio: number;
}

/**
 * Which rescaling rule produced a line's quantity: the power law, linear from the lower or upper
 * edge of the validity range, or a fixed line's share below the range.
 */
export type ScalingRule = (typeof SCALING_RULES)[number];

/** A line as the engine sees it: model values, with any budget override already applied. */
export interface LineInput {
  id: string;
  developmentId: string;
  description: string;
  kind: LineKind;
  costBasis: CostBasis;
  costPool: CostPool;
  provenance: Provenance;
  /** amount basis: euros per year (structural), total (incidental) or investment sum, in cents. */
  amountCents?: Cents | null;
  /** staff basis: hours per week in the model; 36 h = 1 FTE. */
  hoursPerWeek?: number | null;
  /** staff basis: Cao Gemeenten scale key. */
  salaryScale?: string | null;
  /** hire basis: hours (see hoursPeriod). */
  hours?: number | null;
  hoursPeriod?: HireHoursPeriod | null;
  /** hire basis: role key into the rate card; falls back to assumptions.defaultHireRole. */
  hireRole?: string | null;
  /** hire basis: explicit hourly rate, beats the rate card. */
  hourlyRateCents?: Cents | null;
  /** licence basis: number of units in the model. */
  units?: number | null;
  /** licence basis: price per unit per period. */
  unitPriceCents?: Cents | null;
  unitPricePeriod?: UnitPricePeriod | null;
  driver: Driver;
  /** null → assumptions.defaultElasticity[driver]. */
  elasticity?: number | null;
  /**
   * true: the basis quantity (amountCents, hoursPerWeek, hours or units) is this municipality's own
   * value, entered by the user, and is not rescaled (effective elasticity 0; ADR 0013).
   */
  ownQuantity?: boolean | null;
  /** 0 = the first year the development runs. */
  yearOffset: number;
  /** Incidental lines: spread evenly over this many years (≥ 1). */
  durationYears: number;
  /**
   * Investment lines: linear depreciation term; null → the organisation's term for assetClass,
   * else assumptions.defaultDepreciationYears.
   */
  depreciationYears?: number | null;
  /** Investment lines: activaklasse, which picks the organisation's depreciation term for the class. */
  assetClass?: AssetClass | null;
  /** SaaS lines: contract term in years; re-tender + migration fall in the year the contract ends. */
  contractYears?: number | null;
  /**
   * SaaS contract end costs (model values); rescaled with the line's own scale factor unless
   * contractEndFixed. null → percent of the (rescaled) annual value from assumptions.
   */
  retenderCents?: Cents | null;
  migrationCents?: Cents | null;
  /** True: the explicit re-tender and migration amounts are fixed (not rescaled). */
  contractEndFixed?: boolean | null;
  /** True: the power law applies at every size, ignoring assumptions.scalingRange for this line. */
  extrapolate?: boolean | null;
  /** null → staff lines 'wage', everything else 'price'. */
  indexation?: Indexation | null;
  /**
   * Structural amount-basis lines only: the exact whole-cent amount per budget year (year → cents),
   * e.g. a member's contribution to a collaboration as allocated in the shared budget (ADR 0023).
   * Passed through exactly: not rescaled, not indexed, not rounded; horizon years it does not name
   * count 0, years outside the horizon are ignored. amountCents and the scaling fields are ignored.
   */
  fixedYearAmountsCents?: Record<number, Cents> | null;
}

export interface DevelopmentInput {
  id: string;
  domainKey: string;
  title: string;
  /** null → the budget's first year. */
  startYear?: number | null;
  enabled: boolean;
}

export interface CalculationInput {
  modelProfile: Profile;
  profile: Profile;
  firstYear: number;
  /** Number of years: begrotingsjaar + meerjarenraming (default 4). */
  horizonYears: number;
  assumptions: Assumptions;
  developments: DevelopmentInput[];
  lines: LineInput[];
}

/**
 * What a computed amount is. incidental/structural/depreciation/interest/retender/migration are
 * exploitation costs (they add up to the totals); `investment` is the activated capex itself,
 * shown beside the totals but never added to them.
 */
export type Component = (typeof COMPONENTS)[number];

/** Subtotal bucket a component falls in. */
export type Category = 'incidental' | 'structural' | 'capital' | 'investment';

export interface TraceInput {
  label: string;
  value: string;
  source?: string;
}

/** "Hoe berekend": the formula in words and the inputs behind one cell. */
export interface Trace {
  formula: string;
  inputs: TraceInput[];
}

/** One output row: one component of one line, amounts per year (whole euros, in cents). */
export interface ResultRow {
  lineId: string;
  developmentId: string;
  domainKey: string;
  component: Component;
  category: Category;
  costPool: CostPool;
  provenance: Provenance;
  /** year → cents, every year of the horizon present (0 where nothing falls). */
  amounts: Record<number, Cents>;
}

/** Line-level facts after rescaling: what the trace and the UI show beside the model value. */
export interface LineResult {
  lineId: string;
  developmentId: string;
  domainKey: string;
  /** ratio own/model for the line's driver (1 for fixed). */
  ratio: number;
  elasticity: number;
  /** Scale factor applied to the model quantity (ratio^e inside the validity range). */
  scaleFactor: number;
  /** Which rescaling rule produced scaleFactor. */
  scalingRule: ScalingRule;
  /** scaled quantity in the line's basis unit (cents, hours/week, hours, units). */
  scaledQuantity: number;
  /** Unindexed amount for one year (structural) or in total (incidental/investment), in cents before rounding. */
  baseAmountCents: number;
  /** True when an investment reached the activation threshold. */
  activated: boolean;
  /** True for a published-incomplete line without its quantity: it counts € 0 until the user completes it. */
  incomplete: boolean;
}

export interface Totals {
  incidental: Record<number, Cents>;
  structural: Record<number, Cents>;
  /** kapitaallasten = depreciation + interest */
  capital: Record<number, Cents>;
  /** activated investments (capex), beside the totals */
  investment: Record<number, Cents>;
  /** incidental + structural + capital */
  total: Record<number, Cents>;
}

export interface CalculationResult {
  years: number[];
  rows: ResultRow[];
  lines: LineResult[];
  totals: Totals;
  byDomain: Record<string, Totals>;
  byCostPool: Record<string, Totals>;
}

/** Traces for every cell, as the API serves them: lineId → component → year → Trace. */
export type TraceMap = Record<string, Partial<Record<Component, Record<number, Trace>>>>;
