/**
 * The per-line core shared by calculate() and the traces: validate one line, rescale it, and fill
 * one component's whole-euro amounts per horizon year. calculate() and explainCell() both go
 * through fillComponent(), so a trace can never state a different number than its cell.
 */
import { EngineInputError, requireFinite, requireInteger } from './errors.ts';
import { roundEuro, splitWholeEuros } from './rounding.ts';
import { monthlySalaryCents } from './salary.ts';
import { effectiveElasticity, scaleRatio } from './scaling.ts';
import {
  ASSET_CLASSES,
  COST_BASES,
  COST_POOLS,
  DRIVERS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  LINE_KINDS,
  UNIT_PRICE_PERIODS,
  type AssetClass,
  type CalculationInput,
  type Category,
  type Component,
  type CostBasis,
  type DevelopmentInput,
  type Driver,
  type Indexation,
  type LineInput,
  type LineKind,
  type ScalingRange,
  type ScalingRule,
} from './types.ts';

interface DriverScale {
  ratio: number;
  own: number;
  model: number;
}

/** Everything about the input that does not depend on a single line, validated once. */
export interface EngineContext {
  readonly input: CalculationInput;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly horizon: number;
  readonly years: number[];
  readonly developments: Map<string, { development: DevelopmentInput; index: number; start: number }>;
  /** (1 + pct/100)^k for horizon index k. */
  readonly wageFactors: number[];
  readonly priceFactors: number[];
  readonly driverScales: Partial<Record<Driver, DriverScale>>;
  /** Salary scale → monthly cents at the budget's step, filled as lines ask for them. */
  readonly monthlySalaries: Map<string, number>;
  /** The validated validity range of the rescaling, or null (power law everywhere). */
  readonly range: ScalingRange | null;
  /** Kapitaallasten settings, validated once (ADR 0027). */
  readonly capital: CapitalSettings;
}

/** How activated investments are charged: terms per asset class, which share bears interest, direct write-off. */
export interface CapitalSettings {
  termByClass: Partial<Record<AssetClass, number>>;
  /** Percent of the book value that bears interest: 100 with interest on own equity, else the external share. */
  interestSharePct: number;
  externalFinancingPct: number;
  interestOnOwnEquity: boolean;
  writeOffAtOnce: boolean;
}

function capitalSettings(a: CalculationInput['assumptions']): CapitalSettings {
  const termByClass: Partial<Record<AssetClass, number>> = {};
  const byClass = a.depreciationYearsByAssetClass;
  if (byClass != null) {
    if (typeof byClass !== 'object' || Array.isArray(byClass))
      throw new EngineInputError(
        'assumptions.depreciationYearsByAssetClass',
        'must be an object of asset class → years',
      );
    for (const [key, years] of Object.entries(byClass)) {
      if (!(ASSET_CLASSES as readonly string[]).includes(key))
        throw new EngineInputError(
          `assumptions.depreciationYearsByAssetClass.${key}`,
          `must be one of ${ASSET_CLASSES.join(', ')}`,
        );
      if (years == null) continue;
      termByClass[key as AssetClass] = requireInteger(years, `assumptions.depreciationYearsByAssetClass.${key}`, 1);
    }
  }
  const externalFinancingPct =
    a.externalFinancingPct == null ? 100 : requireFinite(a.externalFinancingPct, 'assumptions.externalFinancingPct');
  if (externalFinancingPct < 0 || externalFinancingPct > 100)
    throw new EngineInputError('assumptions.externalFinancingPct', 'must be between 0 and 100');
  const interestOnOwnEquity = a.interestOnOwnEquity === true;
  return {
    termByClass,
    externalFinancingPct,
    interestOnOwnEquity,
    interestSharePct: interestOnOwnEquity ? 100 : externalFinancingPct,
    writeOffAtOnce: a.writeOffAtOnce === true,
  };
}

export function createContext(input: CalculationInput): EngineContext {
  const firstYear = requireInteger(input.firstYear, 'firstYear', 1);
  const horizon = requireInteger(input.horizonYears, 'horizonYears', 0);
  // Structural guards so a malformed body becomes a 400 naming the part, not a TypeError (500).
  for (const key of ['assumptions', 'profile', 'modelProfile'] as const) {
    if (input[key] == null || typeof input[key] !== 'object') throw new EngineInputError(key, 'is required');
  }
  if (!Array.isArray(input.developments)) throw new EngineInputError('developments', 'must be a list');
  if (!Array.isArray(input.lines)) throw new EngineInputError('lines', 'must be a list');
  const a = input.assumptions;
  const wagePct = requireFinite(a.wageIndexationPct, 'assumptions.wageIndexationPct');
  const pricePct = requireFinite(a.priceIndexationPct, 'assumptions.priceIndexationPct');
  if (wagePct <= -100) throw new EngineInputError('assumptions.wageIndexationPct', 'must be above -100');
  if (pricePct <= -100) throw new EngineInputError('assumptions.priceIndexationPct', 'must be above -100');
  requireFinite(a.employerCostPct, 'assumptions.employerCostPct');
  requireFinite(a.interestRatePct, 'assumptions.interestRatePct');
  requireFinite(a.activationThresholdCents, 'assumptions.activationThresholdCents');

  let range: ScalingRange | null = null;
  if (a.scalingRange != null) {
    if (typeof a.scalingRange !== 'object')
      throw new EngineInputError('assumptions.scalingRange', 'must be an object with minRatio and maxRatio, or null');
    const minRatio = requireFinite(a.scalingRange.minRatio, 'assumptions.scalingRange.minRatio');
    const maxRatio = requireFinite(a.scalingRange.maxRatio, 'assumptions.scalingRange.maxRatio');
    if (minRatio <= 0) throw new EngineInputError('assumptions.scalingRange.minRatio', 'must be above 0');
    if (maxRatio < minRatio)
      throw new EngineInputError('assumptions.scalingRange.maxRatio', 'must be at least minRatio');
    range = { minRatio, maxRatio };
  }

  const years: number[] = [];
  const wageFactors: number[] = [];
  const priceFactors: number[] = [];
  for (let k = 0; k < horizon; k++) {
    years.push(firstYear + k);
    wageFactors.push(Math.pow(1 + wagePct / 100, k));
    priceFactors.push(Math.pow(1 + pricePct / 100, k));
  }

  const developments: EngineContext['developments'] = new Map();
  input.developments.forEach((development, index) => {
    if (developments.has(development.id)) {
      throw new EngineInputError(`developments[${index}].id`, `duplicate development id "${development.id}"`);
    }
    const start =
      development.startYear == null
        ? firstYear
        : requireInteger(development.startYear, `developments[${index}].startYear`, 1);
    developments.set(development.id, { development, index, start });
  });

  return {
    input,
    firstYear,
    lastYear: firstYear + horizon - 1,
    horizon,
    years,
    developments,
    wageFactors,
    priceFactors,
    driverScales: {},
    monthlySalaries: new Map(),
    range,
    capital: capitalSettings(a),
  };
}

function driverScale(ctx: EngineContext, driver: Driver): DriverScale {
  let scale = ctx.driverScales[driver];
  if (!scale) {
    const ratio = scaleRatio(driver, ctx.input.profile, ctx.input.modelProfile);
    scale =
      driver === 'fixed'
        ? { ratio, own: 1, model: 1 }
        : { ratio, own: ctx.input.profile[driver], model: ctx.input.modelProfile[driver] };
    ctx.driverScales[driver] = scale;
  }
  return scale;
}

function salaryFor(ctx: EngineContext, scale: string, index: number): number {
  const a = ctx.input.assumptions;
  if (a.salaryTable?.scales == null || typeof a.salaryTable.scales !== 'object') {
    throw new EngineInputError('assumptions.salaryTable', 'is required for staff lines');
  }
  const cents = requireFinite(
    monthlySalaryCents(a.salaryTable, scale, a.salaryStep, lineField(index, 'salaryScale')),
    `assumptions.salaryTable.scales.${scale}`,
  );
  ctx.monthlySalaries.set(scale, cents);
  return cents;
}

/** A line after validation and rescaling; amounts are unrounded cents. */
export interface LinePlan {
  index: number;
  line: LineInput;
  development: DevelopmentInput;
  enabled: boolean;
  ratio: number;
  elasticity: number;
  /** Factor on the model quantity (scaleNum / scaleDen). */
  scaleFactor: number;
  scaleNum: number;
  scaleDen: number;
  /** Which rescaling rule gave the factor (ADR 0010). */
  scalingRule: ScalingRule;
  /** below-range / above-range: the range edge the line scales linearly from; shared-fixed: inhabitants ratio. */
  ruleRatio: number;
  /** Own and model driver values (1/1 for fixed). */
  own: number;
  model: number;
  /** The model quantity in the basis unit: cents, hours/week, hours, units. */
  modelQuantity: number;
  scaledQuantity: number;
  /** staff: monthly salary used; hire: hourly rate used; licence: unit price (cents). */
  unitCents: number;
  /** licence: 12 for monthly prices, else 1. */
  periodsPerYear: number;
  /** hire: rate-card role the rate came from (null when the line names its own rate). */
  hireRole: string | null;
  /** True when baseCents is one year's amount; false when it is a total (incidental/investment). */
  perYear: boolean;
  /** Unindexed, unrounded amount in cents: per year when perYear, else the line total. */
  baseCents: number;
  /** First year of the line: development start + yearOffset. */
  start: number;
  /** Incidental lines: number of years it falls in. */
  durationYears: number;
  indexation: Indexation;
  activated: boolean;
  /** published-incomplete line without its quantity: counts € 0 until completed. */
  incomplete: boolean;
  /** Investment lines: depreciation term in years (0 for other kinds). */
  term: number;
  /** Where the term comes from: the line itself, the organisation's term for its asset class, or the default. */
  termSource: TermSource;
  /** Investment lines with a licence basis (SaaS, licence rights): operating cost, never activated (CBS Kredo). */
  consumptive: boolean;
  /** Structural lines with a SaaS contract term (0 = none). */
  contractYears: number;
  retenderCents: number;
  migrationCents: number;
  /** True when explicit re-tender/migration amounts were rescaled with the line's factor. */
  contractEndScaled: boolean;
  /** Lines with fixedYearAmountsCents: the exact cents per horizon index (0 where the line names none); else null. */
  fixedYearCents: number[] | null;
}

function oneOf<T extends string>(value: T, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value)) throw new EngineInputError(field, `must be one of ${allowed.join(', ')}`);
  return value;
}

/** Error path of a line field; built only when something is wrong (this runs 10,000× per calculate()). */
function lineField(index: number, name: string): string {
  return `lines[${index}].${name}`;
}

function lineNumber(value: number | null | undefined, index: number, name: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : requireFinite(value, lineField(index, name));
}

function lineInteger(value: number | null | undefined, index: number, name: string, min: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min
    ? value
    : requireInteger(value, lineField(index, name), min);
}

function lineOneOf<T extends string>(value: T, allowed: readonly T[], index: number, name: string): T {
  return allowed.includes(value) ? value : oneOf(value, allowed, lineField(index, name));
}

/** The model quantity a cost basis scales: null when the line does not state it. */
function basisQuantity(line: LineInput, basis: LineInput['costBasis']): number | null | undefined {
  switch (basis) {
    case 'amount':
      return line.amountCents;
    case 'staff':
      return line.hoursPerWeek;
    case 'hire':
      return line.hours;
    case 'licence':
      return line.units;
  }
}

/** The indexation a line follows when it names none: wages for own staff, prices for the rest. */
export function defaultIndexation(basis: CostBasis): Indexation {
  return basis === 'staff' ? 'wage' : 'price';
}

/**
 * Whether a line's base is one year's amount (repeated each year of its duration) rather than a
 * total spread over it (packages/engine/README.md, "Incidental lines over several years").
 */
export function isPerYearBase(kind: LineKind, basis: CostBasis, hoursPeriod: LineInput['hoursPeriod']): boolean {
  switch (basis) {
    case 'amount':
      return kind === 'structural';
    case 'staff':
    case 'licence':
      return true;
    case 'hire':
      // A structural line has no end, so a "total" on it can only mean per year; the others
      // state their hours in total unless they say per year.
      return kind === 'structural' || hoursPeriod === 'year';
  }
}

/** The facts about a line an exporter needs beside its numbers, decided here so nobody re-derives them. */
export interface LinePlanSummary {
  perYear: boolean;
  indexation: Indexation;
  /** The first budget year the line costs anything: its development's start plus its offset. */
  startYear: number;
}

/** The summary of a line of a valid input (the input calculate() accepted). */
export function linePlanSummary(input: CalculationInput, line: LineInput): LinePlanSummary {
  const dev = input.developments.find((d) => d.id === line.developmentId);
  return {
    perYear: isPerYearBase(line.kind, line.costBasis, line.hoursPeriod),
    indexation: line.indexation ?? defaultIndexation(line.costBasis),
    startYear: (dev?.startYear ?? input.firstYear) + line.yearOffset,
  };
}

/** How a line is rescaled: the factor scaleNum / scaleDen on its model quantity and the rule that gave it. */
interface LineScale {
  ratio: number;
  own: number;
  model: number;
  scaleNum: number;
  scaleDen: number;
  scalingRule: ScalingRule;
  ruleRatio: number;
}

function lineScale(ctx: EngineContext, line: LineInput, driver: Driver, elasticity: number): LineScale {
  const { ratio, own, model } = driverScale(ctx, driver);
  // Exact paths for e = 0 and e = 1 keep hand-checkable cents exact (one division at the end);
  // with the model profile ratio^e is exactly 1 for every e, so published amounts reproduce.
  const scale: LineScale = { ratio, own, model, scaleNum: 1, scaleDen: 1, scalingRule: 'power', ruleRatio: ratio };
  // An own value (ADR 0013) is this municipality's quantity: no power law and no validity range.
  const range = line.extrapolate === true || line.ownQuantity === true ? null : ctx.range;
  if (driver === 'fixed') {
    // Shared execution (ADR 0010): below the validity range a fixed piece of work is done together
    // with others, and the municipality pays its inhabitants' share of it.
    if (range) {
      const inh = driverScale(ctx, 'inhabitants');
      if (inh.ratio < range.minRatio) {
        scale.scalingRule = 'shared-fixed';
        scale.ruleRatio = inh.ratio;
        scale.scaleNum = inh.own;
        scale.scaleDen = inh.model * range.minRatio;
      }
    }
  } else if (elasticity === 1) {
    // Linear: the same inside and outside the range.
    scale.scaleNum = own;
    scale.scaleDen = model;
  } else {
    const edge =
      range == null ? ratio : ratio < range.minRatio ? range.minRatio : ratio > range.maxRatio ? range.maxRatio : ratio;
    if (edge !== ratio) {
      // Outside the range: the power law up to the edge, linear from there (edge^e × ratio/edge).
      scale.scalingRule = ratio < edge ? 'below-range' : 'above-range';
      scale.ruleRatio = edge;
      scale.scaleNum = Math.pow(edge, elasticity) * (ratio / edge);
    } else if (elasticity !== 0) {
      scale.scaleNum = Math.pow(ratio, elasticity);
      if (!Number.isFinite(scale.scaleNum))
        throw new EngineInputError(`profile.${driver}`, 'must be above 0 for a negative elasticity');
    }
  }
  return scale;
}

/** A cost basis's model quantity and its cost as one integer product (numerator) over one divisor. */
interface BasisCost {
  modelQuantity: number;
  numerator: number;
  divisor: number;
  unitCents: number;
  periodsPerYear: number;
  hireRole: string | null;
  perYear: boolean;
}

type BasisCostFn = (ctx: EngineContext, line: LineInput, kind: LineKind, index: number) => BasisCost;

const amountCost: BasisCostFn = (_ctx, line, kind, index) => {
  const modelQuantity = lineNumber(line.amountCents, index, 'amountCents');
  return {
    modelQuantity,
    numerator: modelQuantity,
    divisor: 1,
    unitCents: 0,
    periodsPerYear: 1,
    hireRole: null,
    perYear: isPerYearBase(kind, 'amount', null),
  };
};

const staffCost: BasisCostFn = (ctx, line, _kind, index) => {
  const modelQuantity = lineNumber(line.hoursPerWeek, index, 'hoursPerWeek');
  if (line.salaryScale == null || line.salaryScale === '')
    throw new EngineInputError(lineField(index, 'salaryScale'), 'is required for staff lines');
  const unitCents = ctx.monthlySalaries.get(line.salaryScale) ?? salaryFor(ctx, line.salaryScale, index);
  // hours/36 × monthly × 12 × (100 + pct)/100, as one integer product over one divisor.
  const numerator = modelQuantity * unitCents * 12 * (100 + ctx.input.assumptions.employerCostPct);
  return { modelQuantity, numerator, divisor: 3600, unitCents, periodsPerYear: 1, hireRole: null, perYear: true };
};

/** The hourly rate of a hire line: its own, or its role's on the rate card. */
function hireRate(ctx: EngineContext, line: LineInput, index: number): { unitCents: number; hireRole: string | null } {
  if (line.hourlyRateCents != null)
    return { unitCents: lineNumber(line.hourlyRateCents, index, 'hourlyRateCents'), hireRole: null };
  const a = ctx.input.assumptions;
  const hireRole = line.hireRole ?? a.defaultHireRole;
  if (a.rateCard?.rates == null || typeof a.rateCard.rates !== 'object') {
    throw new EngineInputError('assumptions.rateCard', 'is required for hire lines without their own hourly rate');
  }
  const rates = a.rateCard.rates;
  const rate = Object.prototype.hasOwnProperty.call(rates, hireRole) ? rates[hireRole] : undefined;
  if (rate == null) {
    throw new EngineInputError(
      line.hireRole != null ? lineField(index, 'hireRole') : 'assumptions.defaultHireRole',
      `role "${hireRole}" is not on rate card "${a.rateCard.label}"`,
    );
  }
  return {
    unitCents: Number.isFinite(rate) ? rate : requireFinite(rate, `assumptions.rateCard.rates.${hireRole}`),
    hireRole,
  };
}

const hireCost: BasisCostFn = (ctx, line, kind, index) => {
  const modelQuantity = lineNumber(line.hours, index, 'hours');
  const period =
    line.hoursPeriod == null ? null : lineOneOf(line.hoursPeriod, HIRE_HOURS_PERIODS, index, 'hoursPeriod');
  const { unitCents, hireRole } = hireRate(ctx, line, index);
  return {
    modelQuantity,
    numerator: modelQuantity * unitCents,
    divisor: 1,
    unitCents,
    periodsPerYear: 1,
    hireRole,
    perYear: isPerYearBase(kind, 'hire', period),
  };
};

const licenceCost: BasisCostFn = (_ctx, line, _kind, index) => {
  const modelQuantity = lineNumber(line.units, index, 'units');
  const unitCents = lineNumber(line.unitPriceCents, index, 'unitPriceCents');
  const period =
    line.unitPricePeriod == null
      ? 'year'
      : lineOneOf(line.unitPricePeriod, UNIT_PRICE_PERIODS, index, 'unitPricePeriod');
  const periodsPerYear = period === 'month' ? 12 : 1;
  return {
    modelQuantity,
    numerator: modelQuantity * unitCents * periodsPerYear,
    divisor: 1,
    unitCents,
    periodsPerYear,
    hireRole: null,
    perYear: true,
  };
};

const BASIS_COST: Readonly<Record<CostBasis, BasisCostFn>> = {
  amount: amountCost,
  staff: staffCost,
  hire: hireCost,
  licence: licenceCost,
};

export type TermSource = 'line' | 'asset-class' | 'default' | 'none';

/**
 * Depreciation term and activation of an investment line (0 / false for other kinds). The term is
 * the line's own, else the organisation's term for the line's asset class, else the default.
 */
function investmentTerms(
  ctx: EngineContext,
  line: LineInput,
  kind: LineKind,
  basis: CostBasis,
  index: number,
  baseCents: number,
): Pick<LinePlan, 'term' | 'termSource' | 'activated' | 'consumptive'> {
  if (kind !== 'investment') return { term: 0, termSource: 'none', activated: false, consumptive: false };
  const a = ctx.input.assumptions;
  const assetClass = line.assetClass == null ? null : lineOneOf(line.assetClass, ASSET_CLASSES, index, 'assetClass');
  const classTerm = assetClass == null ? undefined : ctx.capital.termByClass[assetClass];
  let term: number;
  let termSource: TermSource;
  if (line.depreciationYears != null) {
    term = lineInteger(line.depreciationYears, index, 'depreciationYears', 1);
    termSource = 'line';
  } else if (classTerm != null) {
    term = classTerm;
    termSource = 'asset-class';
  } else {
    term = requireInteger(a.defaultDepreciationYears, 'assumptions.defaultDepreciationYears', 1);
    termSource = 'default';
  }
  // SaaS and licence rights are consumptive (CBS Kredo): operating cost whatever the amount.
  const consumptive = basis === 'licence';
  // The threshold compares the amount as budgeted: whole euros (the rounded amount).
  return {
    term,
    termSource,
    consumptive,
    activated: !consumptive && roundEuro(baseCents) >= a.activationThresholdCents,
  };
}

/** Re-tender and migration at the end of each SaaS contract term (structural lines with a term). */
function contractEnd(
  ctx: EngineContext,
  line: LineInput,
  kind: LineKind,
  index: number,
  baseCents: number,
  scale: LineScale,
): Pick<LinePlan, 'contractYears' | 'retenderCents' | 'migrationCents' | 'contractEndScaled'> {
  // Explicit contract-end amounts scale with the line's own factor unless marked fixed (README).
  const contractEndScaled = line.contractEndFixed !== true;
  if (kind !== 'structural' || line.contractYears == null || line.contractYears === 0) {
    return { contractYears: 0, retenderCents: 0, migrationCents: 0, contractEndScaled };
  }
  const a = ctx.input.assumptions;
  const amount = (
    explicit: number | null | undefined,
    field: 'retenderCents' | 'migrationCents',
    pct: number,
    pctField: string,
  ) => {
    if (explicit == null) return (baseCents * requireFinite(pct, pctField)) / 100;
    const cents = lineNumber(explicit, index, field);
    return contractEndScaled ? (cents * scale.scaleNum) / scale.scaleDen : cents;
  };
  return {
    contractYears: lineInteger(line.contractYears, index, 'contractYears', 1),
    retenderCents: amount(line.retenderCents, 'retenderCents', a.retenderPct, 'assumptions.retenderPct'),
    migrationCents: amount(line.migrationCents, 'migrationCents', a.migrationPct, 'assumptions.migrationPct'),
    contractEndScaled,
  };
}

/** The exact cents per horizon index of a line with fixed amounts per year, validated (null for other lines). */
function fixedYearCents(
  ctx: EngineContext,
  line: LineInput,
  kind: LineKind,
  basis: CostBasis,
  index: number,
): number[] | null {
  const fixed = line.fixedYearAmountsCents;
  if (fixed == null) return null;
  const field = lineField(index, 'fixedYearAmountsCents');
  if (typeof fixed !== 'object' || Array.isArray(fixed))
    throw new EngineInputError(field, 'must be an object of year → cents');
  if (kind !== 'structural' || basis !== 'amount')
    throw new EngineInputError(field, 'is only allowed on structural amount lines');
  const out = new Array<number>(ctx.horizon).fill(0);
  for (const [key, value] of Object.entries(fixed)) {
    const year = Number(key);
    if (!Number.isInteger(year) || String(year) !== key)
      throw new EngineInputError(`${field}.${key}`, 'must be keyed by a year');
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      throw new EngineInputError(`${field}.${key}`, 'must be a whole number of cents');
    if (year >= ctx.firstYear && year <= ctx.lastYear) out[year - ctx.firstYear] = value;
  }
  return out;
}

/**
 * What every line is checked for first, in this order (the first bad field is the one named): a
 * known development, kind, cost basis, cost pool, driver and the start offset.
 */
function lineBasics(ctx: EngineContext, line: LineInput, index: number) {
  const dev = ctx.developments.get(line.developmentId);
  if (!dev)
    throw new EngineInputError(lineField(index, 'developmentId'), `unknown development "${line.developmentId}"`);
  const kind = lineOneOf(line.kind, LINE_KINDS, index, 'kind');
  const basis = lineOneOf(line.costBasis, COST_BASES, index, 'costBasis');
  lineOneOf(line.costPool, COST_POOLS, index, 'costPool');
  const driver = lineOneOf(line.driver, DRIVERS, index, 'driver');
  const yearOffset = lineInteger(line.yearOffset, index, 'yearOffset', 0);
  return { dev, kind, basis, driver, yearOffset };
}

/** Validates and rescales one line (index = its position in input.lines, for error paths). */
export function planLine(ctx: EngineContext, line: LineInput, index: number): LinePlan {
  if (line.fixedYearAmountsCents != null) return planFixedYearsLine(ctx, line, index);
  const { dev, kind, basis, driver, yearOffset } = lineBasics(ctx, line, index);
  const durationYears = kind === 'incidental' ? lineInteger(line.durationYears, index, 'durationYears', 1) : 1;

  let elasticity = effectiveElasticity(line, ctx.input.assumptions);
  if (!Number.isFinite(elasticity)) {
    elasticity = requireFinite(
      elasticity,
      line.elasticity != null ? lineField(index, 'elasticity') : `assumptions.defaultElasticity.${driver}`,
    );
  }
  const scale = lineScale(ctx, line, driver, elasticity);

  const incomplete = line.provenance === 'published-incomplete' && basisQuantity(line, basis) == null;
  // A line cut off in the published source is shown but counts € 0 until the user completes it
  // (an override). Computing it must not fail the whole budget.
  const cost: BasisCost = incomplete
    ? {
        modelQuantity: 0,
        numerator: 0,
        divisor: 1,
        unitCents: 0,
        periodsPerYear: 1,
        hireRole: null,
        perYear: kind === 'structural',
      }
    : BASIS_COST[basis](ctx, line, kind, index);

  const baseCents = (cost.numerator * scale.scaleNum) / (cost.divisor * scale.scaleDen);
  const indexation =
    line.indexation == null ? defaultIndexation(basis) : lineOneOf(line.indexation, INDEXATIONS, index, 'indexation');

  return {
    index,
    line,
    development: dev.development,
    enabled: dev.development.enabled,
    ratio: scale.ratio,
    elasticity,
    scaleFactor: scale.scaleNum / scale.scaleDen,
    scaleNum: scale.scaleNum,
    scaleDen: scale.scaleDen,
    scalingRule: scale.scalingRule,
    ruleRatio: scale.ruleRatio,
    own: scale.own,
    model: scale.model,
    modelQuantity: cost.modelQuantity,
    scaledQuantity: (cost.modelQuantity * scale.scaleNum) / scale.scaleDen,
    unitCents: cost.unitCents,
    periodsPerYear: cost.periodsPerYear,
    hireRole: cost.hireRole,
    perYear: cost.perYear,
    baseCents,
    start: dev.start + yearOffset,
    durationYears,
    indexation,
    incomplete,
    ...investmentTerms(ctx, line, kind, basis, index, baseCents),
    ...contractEnd(ctx, line, kind, index, baseCents, scale),
    fixedYearCents: null,
  };
}

/**
 * A line with exact amounts per year (a collaboration contribution): no rescaling, no indexation,
 * no rounding; one structural row whose cells are the given cents.
 */
function planFixedYearsLine(ctx: EngineContext, line: LineInput, index: number): LinePlan {
  const { dev, kind, basis, yearOffset } = lineBasics(ctx, line, index);
  const fixed = fixedYearCents(ctx, line, kind, basis, index) as number[];
  return {
    index,
    line,
    development: dev.development,
    enabled: dev.development.enabled,
    ratio: 1,
    elasticity: 0,
    scaleFactor: 1,
    scaleNum: 1,
    scaleDen: 1,
    scalingRule: 'power',
    ruleRatio: 1,
    own: 1,
    model: 1,
    modelQuantity: fixed[0] ?? 0,
    scaledQuantity: fixed[0] ?? 0,
    unitCents: 0,
    periodsPerYear: 1,
    hireRole: null,
    perYear: true,
    baseCents: fixed[0] ?? 0,
    start: dev.start + yearOffset,
    durationYears: 1,
    indexation: 'none',
    incomplete: false,
    term: 0,
    termSource: 'none',
    consumptive: false,
    activated: false,
    contractYears: 0,
    retenderCents: 0,
    migrationCents: 0,
    contractEndScaled: false,
    fixedYearCents: fixed,
  };
}

const INCIDENTAL: readonly Component[] = ['incidental'];
const STRUCTURAL: readonly Component[] = ['structural'];
const SAAS: readonly Component[] = ['structural', 'retender', 'migration'];
const CAPITAL: readonly Component[] = ['investment', 'depreciation', 'interest'];

/** The rows a line produces, in display order. */
export function componentsOf(plan: LinePlan): readonly Component[] {
  switch (plan.line.kind) {
    case 'incidental':
      return INCIDENTAL;
    case 'structural':
      return plan.contractYears > 0 ? SAAS : STRUCTURAL;
    case 'investment':
      return plan.activated ? CAPITAL : INCIDENTAL;
  }
}

export const CATEGORY_OF: Readonly<Record<Component, Category>> = {
  incidental: 'incidental',
  retender: 'incidental',
  migration: 'incidental',
  structural: 'structural',
  depreciation: 'capital',
  interest: 'capital',
  investment: 'investment',
};

/** Indexation factor for horizon index k. */
function indexFactor(ctx: EngineContext, plan: LinePlan, k: number): number {
  if (plan.indexation === 'none') return 1;
  return (plan.indexation === 'wage' ? ctx.wageFactors : ctx.priceFactors)[k] as number;
}

/**
 * Writes one component's whole-euro cents into out[k] for horizon index k (out is zero-filled,
 * length = horizon). Every cell is rounded exactly once; spread incidental totals are rounded once
 * and then split into whole euros so the parts add up to the rounded total.
 */
export function fillComponent(ctx: EngineContext, plan: LinePlan, component: Component, out: number[]): void {
  const { firstYear, lastYear, horizon } = ctx;
  const start = plan.start;
  switch (component) {
    case 'incidental': {
      const years = plan.line.kind === 'investment' ? 1 : plan.durationYears;
      if (plan.perYear || years === 1) {
        const cents = roundEuro(plan.baseCents);
        for (let year = Math.max(start, firstYear); year < start + years && year <= lastYear; year++)
          out[year - firstYear] = cents;
      } else {
        const parts = splitWholeEuros(roundEuro(plan.baseCents), years);
        for (let d = 0; d < years; d++) {
          const year = start + d;
          if (year >= firstYear && year <= lastYear) out[year - firstYear] = parts[d] as number;
        }
      }
      return;
    }
    case 'structural': {
      if (plan.fixedYearCents) {
        // Exact amounts per year (a collaboration contribution): passed through, every year of the horizon.
        for (let k = 0; k < horizon; k++) out[k] = plan.fixedYearCents[k] as number;
        return;
      }
      for (let k = Math.max(0, start - firstYear); k < horizon; k++) {
        out[k] = roundEuro(plan.baseCents * indexFactor(ctx, plan, k));
      }
      return;
    }
    case 'retender':
    case 'migration': {
      const cents = roundEuro(component === 'retender' ? plan.retenderCents : plan.migrationCents);
      for (let end = start + plan.contractYears - 1; end <= lastYear; end += plan.contractYears) {
        if (end >= firstYear) out[end - firstYear] = cents;
      }
      return;
    }
    case 'investment':
      if (start >= firstYear && start <= lastYear) out[start - firstYear] = roundEuro(plan.baseCents);
      return;
    case 'depreciation':
    case 'interest': {
      if (ctx.capital.writeOffAtOnce) {
        // Activeren en direct afschrijven: the whole amount is written off in the year of the
        // investment, so the book value on every later 1 January is 0 and no interest falls.
        if (component === 'depreciation' && start >= firstYear && start <= lastYear)
          out[start - firstYear] = roundEuro(plan.baseCents);
        return;
      }
      const term = plan.term;
      const rate = ctx.input.assumptions.interestRatePct;
      const share = ctx.capital.interestSharePct;
      const from = Math.max(1, firstYear - start);
      const to = Math.min(term, lastYear - start);
      for (let j = from; j <= to; j++) {
        // Book value on 1 January of depreciation year j is A × (term − j + 1) / term. Only the
        // share that bears interest is charged (ADR 0027); at 100 % the product is the one
        // budgets were always computed with, so their cents stay exactly the same.
        const cents =
          component === 'depreciation'
            ? plan.baseCents / term
            : share === 100
              ? (plan.baseCents * (term - j + 1) * rate) / (term * 100)
              : (plan.baseCents * (term - j + 1) * rate * share) / (term * 10_000);
        out[start + j - firstYear] = roundEuro(cents);
      }
      return;
    }
  }
}
