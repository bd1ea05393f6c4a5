/**
 * Dekking (funding): gross, funded and net per line, development, domain and year; the warnings a
 * controller gives; the BBV overview of incidental lasten and baten and the structural balance.
 * Pure and exact: integer euro cents, every funded cell rounded once (README "Funding").
 */
import { EngineInputError } from './errors.ts';
import { roundEuro } from './rounding.ts';
import type { CalculationInput, CalculationResult, Cents } from './types.ts';
import { FUNDING_SOURCE_TYPES, FUNDING_STATUSES } from './vocabulary.ts';

export type FundingSourceType = (typeof FUNDING_SOURCE_TYPES)[number];
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

/** Whether a funding counts as incidental or structural baten (BBV). */
export type FundingNature = 'incidental' | 'structural';

/** One source of dekking for one line or one development. Exactly one of lineId / developmentId, of amountCents / percentage. */
export interface FundingInput {
  id: string;
  sourceType: FundingSourceType;
  status: FundingStatus;
  /** The source's own name, e.g. "A&O-fonds" or "Woo-compensatie" (no personal data). */
  label?: string | null;
  lineId?: string | null;
  developmentId?: string | null;
  /** A fixed amount in each year the funding runs, in cents (rounded to whole euros per year). */
  amountCents?: Cents | null;
  /** Percent (0 < p ≤ 100) of the target's gross exploitation in each year the funding runs. */
  percentage?: number | null;
  /** First year the funding runs; must lie within the budget's horizon. */
  startYear: number;
  /** Last year the funding runs (inclusive); null = no end (runs past the horizon). */
  endYear?: number | null;
  /** A known maximum for the whole funding (e.g. A&O-fonds: € 25.000 per innovative project), in cents. */
  maxTotalCents?: Cents | null;
}

/**
 * The organisation's rule for what is incidental (Commissie BBV notitie, January 2012: at most
 * 3 years), and an optional threshold below which items are not listed one by one.
 */
export interface IncidentalRule {
  /** Costs and fundings running at most this many years are incidental (default 3). */
  maxYears: number;
  /** Items whose horizon total is below this amount are summed into one "overige" row; null = list everything. */
  thresholdCents?: Cents | null;
}

export const DEFAULT_INCIDENTAL_RULE: IncidentalRule = { maxYears: 3, thresholdCents: null };

/** Per year: gross exploitation cost, the part funded and what is left (net = gross − funded). */
export interface GrossFundedNet {
  gross: Record<number, Cents>;
  funded: Record<number, Cents>;
  net: Record<number, Cents>;
}

export interface FundingAmounts {
  fundingId: string;
  nature: FundingNature;
  /** The funded amount per year of the horizon (0 outside the funding's years). */
  amounts: Record<number, Cents>;
  total: Cents;
}

export type FundingTarget = { kind: 'line' | 'development'; id: string };

export const FUNDING_WARNING_KINDS = [
  'structural-by-incidental',
  'funding-ends',
  'above-maximum',
  'above-cost',
] as const;
export type FundingWarningKind = (typeof FUNDING_WARNING_KINDS)[number];

/**
 * A controller's warning. `amounts` per year of the horizon (0 where nothing):
 * structural-by-incidental — structural cost paid from incidental funding;
 * funding-ends — the structural gap each year after the funding's end year;
 * above-maximum — the funded amount per year (total above `limitCents`);
 * above-cost — funding above the target's gross cost.
 */
export interface FundingWarning {
  kind: FundingWarningKind;
  target: FundingTarget;
  /** The funding concerned (null when the warning is about all fundings of the target together). */
  fundingId: string | null;
  amounts: Record<number, Cents>;
  /** Sum of `amounts` (above-maximum: the excess over the limit). */
  totalCents: Cents;
  /** above-maximum: the known maximum; funding-ends: the end year. */
  limitCents?: Cents;
  endYear?: number;
}

export interface IncidentalItem {
  /** A line id (lasten) or a funding id (baten). */
  id: string;
  developmentId: string | null;
  domainKey: string | null;
  amounts: Record<number, Cents>;
  total: Cents;
}

/** Overzicht incidentele lasten en baten (BBV art. 19 lid 1c), with the classification rule applied. */
export interface IncidentalOverview {
  rule: IncidentalRule;
  lasten: IncidentalItem[];
  /** Lines below the threshold, summed. */
  otherLasten: Record<number, Cents>;
  baten: IncidentalItem[];
  otherBaten: Record<number, Cents>;
  totalLasten: Record<number, Cents>;
  totalBaten: Record<number, Cents>;
  /** Incidental lines running longer than rule.maxYears: structural for the BBV (in the structural balance). */
  reclassified: IncidentalItem[];
}

/** Structureel evenwicht per year: structural cost against structural funding. */
export interface StructuralBalance {
  /** structural + kapitaallasten + incidental lines reclassified as structural. */
  cost: Record<number, Cents>;
  /** Funded by structural fundings. */
  funding: Record<number, Cents>;
  /** funding − cost: negative is a structural burden on the general budget. */
  balance: Record<number, Cents>;
}

export interface FundingResult {
  years: number[];
  fundings: FundingAmounts[];
  lines: Record<string, GrossFundedNet>;
  developments: Record<string, GrossFundedNet>;
  domains: Record<string, GrossFundedNet>;
  total: GrossFundedNet;
  warnings: FundingWarning[];
  incidental: IncidentalOverview;
  structuralBalance: StructuralBalance;
  /**
   * Kapitaallasten covered from a bestemmingsreserve (organisation setting, ADR 0027): per line and
   * in total, the depreciation and interest withdrawn from the reserve; null when the setting is off.
   */
  capitalReserve: CapitalReserveCoverage | null;
}

/** The automatic dekking of kapitaallasten from a bestemmingsreserve. */
export interface CapitalReserveCoverage {
  /** Always a bestemmingsreserve. */
  sourceType: 'earmarked-reserve';
  /**
   * Structural for the BBV: a withdrawal that covers the kapitaallasten of an investment for its
   * whole depreciation term is the Commissie BBV's exception to "reserves are incidental".
   */
  nature: 'structural';
  /** lineId → the line's kapitaallasten per year (only lines that have any). */
  lines: Record<string, Record<number, Cents>>;
  amounts: Record<number, Cents>;
  total: Cents;
}

/** Organisation settings that add dekking on their own. */
export interface FundingOptions {
  /** Kapitaallasten (depreciation + interest) of activated investments are covered from a bestemmingsreserve. */
  capitalFromReserve?: boolean;
}

const INCIDENTAL_SOURCES: ReadonlySet<FundingSourceType> = new Set(['general-reserve', 'earmarked-reserve', 'subsidy']);

/**
 * Incidental when the source is a reserve or a subsidy (a one-off withdrawal or grant), or when it
 * runs at most rule.maxYears years; otherwise structural.
 */
export function fundingNature(
  funding: Pick<FundingInput, 'sourceType' | 'startYear' | 'endYear'>,
  rule: IncidentalRule = DEFAULT_INCIDENTAL_RULE,
): FundingNature {
  if (INCIDENTAL_SOURCES.has(funding.sourceType)) return 'incidental';
  if (funding.endYear != null && funding.endYear - funding.startYear + 1 <= rule.maxYears) return 'incidental';
  return 'structural';
}

const zeros = (years: readonly number[]): Record<number, Cents> => Object.fromEntries(years.map((y) => [y, 0]));
const sum = (years: readonly number[], record: Record<number, Cents>) =>
  years.reduce((acc, y) => acc + (record[y] ?? 0), 0);
const addInto = (years: readonly number[], into: Record<number, Cents>, from: Record<number, Cents>) => {
  for (const y of years) into[y] = (into[y] ?? 0) + (from[y] ?? 0);
};

interface TargetGross {
  incidental: Record<number, Cents>;
  /** structural + kapitaallasten */
  structural: Record<number, Cents>;
  total: Record<number, Cents>;
}

function emptyGross(years: readonly number[]): TargetGross {
  return { incidental: zeros(years), structural: zeros(years), total: zeros(years) };
}

function gfn(years: readonly number[], gross: Record<number, Cents>, funded: Record<number, Cents>): GrossFundedNet {
  const net = zeros(years);
  for (const y of years) net[y] = (gross[y] ?? 0) - (funded[y] ?? 0);
  return { gross: { ...gross }, funded: { ...funded }, net };
}

/** Checks one funding against the budget; throws EngineInputError naming `funding[i].<field>`. */
function validateFunding(
  f: FundingInput,
  i: number,
  years: readonly number[],
  lineIds: ReadonlySet<string>,
  developmentIds: ReadonlySet<string>,
): void {
  const at = (field: string) => `funding[${i}].${field}`;
  if (!(FUNDING_SOURCE_TYPES as readonly string[]).includes(f.sourceType))
    throw new EngineInputError(at('sourceType'), 'is not a known source type');
  if (!(FUNDING_STATUSES as readonly string[]).includes(f.status))
    throw new EngineInputError(at('status'), 'is not a known status');
  const hasLine = f.lineId != null;
  const hasDevelopment = f.developmentId != null;
  if (hasLine === hasDevelopment)
    throw new EngineInputError(at('lineId'), 'name exactly one of lineId and developmentId');
  if (hasLine && !lineIds.has(f.lineId as string))
    throw new EngineInputError(at('lineId'), `unknown line "${f.lineId}"`);
  if (hasDevelopment && !developmentIds.has(f.developmentId as string))
    throw new EngineInputError(at('developmentId'), `unknown development "${f.developmentId}"`);
  const hasAmount = f.amountCents != null;
  const hasPct = f.percentage != null;
  if (hasAmount === hasPct)
    throw new EngineInputError(at('amountCents'), 'give exactly one of amountCents and percentage');
  if (hasAmount && (!Number.isInteger(f.amountCents) || (f.amountCents as number) < 0))
    throw new EngineInputError(at('amountCents'), 'must be whole cents ≥ 0');
  if (hasPct && (!Number.isFinite(f.percentage) || (f.percentage as number) <= 0 || (f.percentage as number) > 100)) {
    throw new EngineInputError(at('percentage'), 'must be more than 0 and at most 100');
  }
  const first = years[0];
  const last = years[years.length - 1];
  if (
    !Number.isInteger(f.startYear) ||
    first === undefined ||
    last === undefined ||
    f.startYear < first ||
    f.startYear > last
  ) {
    throw new EngineInputError(at('startYear'), `must be a year of the budget (${first ?? '–'}–${last ?? '–'})`);
  }
  if (f.endYear != null && (!Number.isInteger(f.endYear) || f.endYear < f.startYear))
    throw new EngineInputError(at('endYear'), 'must be a whole year ≥ startYear');
  if (f.maxTotalCents != null && (!Number.isInteger(f.maxTotalCents) || f.maxTotalCents < 0))
    throw new EngineInputError(at('maxTotalCents'), 'must be whole cents ≥ 0');
}

/** What a funding yields in year y against the target's gross that year (before the year filter). */
function yearAmount(f: FundingInput, grossThatYear: Cents): Cents {
  if (f.amountCents != null) return roundEuro(f.amountCents);
  return roundEuro((grossThatYear * (f.percentage as number)) / 100);
}

const runsIn = (f: FundingInput, y: number) => y >= f.startYear && (f.endYear == null || y <= f.endYear);

/**
 * Applies the fundings to a calculated budget. `input` and `result` are the engine's own
 * (calculate(input) === result). Funding of a line or development that is switched off counts € 0.
 */
export function calculateFunding(
  input: Pick<CalculationInput, 'developments' | 'lines'>,
  result: Pick<CalculationResult, 'years' | 'rows' | 'totals'>,
  funding: readonly FundingInput[],
  rule: IncidentalRule = DEFAULT_INCIDENTAL_RULE,
  options: FundingOptions = {},
): FundingResult {
  const years = result.years;
  if (!Number.isInteger(rule.maxYears) || rule.maxYears < 1)
    throw new EngineInputError('rule.maxYears', 'must be a whole number ≥ 1');
  if (rule.thresholdCents != null && (!Number.isInteger(rule.thresholdCents) || rule.thresholdCents < 0))
    throw new EngineInputError('rule.thresholdCents', 'must be whole cents ≥ 0');

  const developmentOf = new Map(input.developments.map((d) => [d.id, d]));
  const lineOf = new Map(input.lines.map((l) => [l.id, l]));
  funding.forEach((f, i) => validateFunding(f, i, years, new Set(lineOf.keys()), new Set(developmentOf.keys())));

  // Gross per line and per development, by category (investment capex is not exploitation).
  const lineGross = new Map<string, TargetGross>();
  for (const line of input.lines) lineGross.set(line.id, emptyGross(years));
  const lineIncidentalRows = new Map<string, Record<number, Cents>>();
  for (const row of result.rows) {
    if (row.category === 'investment') continue;
    const g = lineGross.get(row.lineId);
    if (!g) continue;
    const bucket = row.category === 'incidental' ? g.incidental : g.structural;
    addInto(years, bucket, row.amounts);
    addInto(years, g.total, row.amounts);
    if (row.category === 'incidental') {
      let rec = lineIncidentalRows.get(row.lineId);
      if (!rec) lineIncidentalRows.set(row.lineId, (rec = zeros(years)));
      addInto(years, rec, row.amounts);
    }
  }
  const developmentGross = new Map<string, TargetGross>();
  for (const d of input.developments) developmentGross.set(d.id, emptyGross(years));
  for (const line of input.lines) {
    const dg = developmentGross.get(line.developmentId);
    const lg = lineGross.get(line.id) as TargetGross;
    if (!dg) continue;
    addInto(years, dg.incidental, lg.incidental);
    addInto(years, dg.structural, lg.structural);
    addInto(years, dg.total, lg.total);
  }

  const targetOf = (f: FundingInput): FundingTarget =>
    f.lineId != null ? { kind: 'line', id: f.lineId } : { kind: 'development', id: f.developmentId as string };
  const grossOf = (t: FundingTarget) => (t.kind === 'line' ? lineGross : developmentGross).get(t.id) as TargetGross;
  const enabled = (t: FundingTarget) => {
    const developmentId = t.kind === 'line' ? (lineOf.get(t.id)?.developmentId as string) : t.id;
    return developmentOf.get(developmentId)?.enabled !== false;
  };

  // Funded amounts per funding, year by year, rounded once per funding-year.
  const fundings: FundingAmounts[] = funding.map((f) => {
    const target = targetOf(f);
    const gross = grossOf(target).total;
    const amounts = zeros(years);
    if (enabled(target)) for (const y of years) if (runsIn(f, y)) amounts[y] = yearAmount(f, gross[y] ?? 0);
    return { fundingId: f.id, nature: fundingNature(f, rule), amounts, total: sum(years, amounts) };
  });

  // Funded per target.
  const fundedByLine = new Map<string, Record<number, Cents>>();
  const fundedByDevelopment = new Map<string, Record<number, Cents>>();
  const perTarget = new Map<
    string,
    { target: FundingTarget; incidental: Record<number, Cents>; structural: Record<number, Cents> }
  >();
  funding.forEach((f, i) => {
    const target = targetOf(f);
    const amounts = (fundings[i] as FundingAmounts).amounts;
    const map = target.kind === 'line' ? fundedByLine : fundedByDevelopment;
    let rec = map.get(target.id);
    if (!rec) map.set(target.id, (rec = zeros(years)));
    addInto(years, rec, amounts);
    const key = `${target.kind}:${target.id}`;
    let t = perTarget.get(key);
    if (!t) perTarget.set(key, (t = { target, incidental: zeros(years), structural: zeros(years) }));
    addInto(years, (fundings[i] as FundingAmounts).nature === 'incidental' ? t.incidental : t.structural, amounts);
  });

  // Kapitaallasten from a bestemmingsreserve: each line's depreciation and interest rows, funded
  // exactly (whole euros already), counted as structural dekking of the line.
  let capitalReserve: CapitalReserveCoverage | null = null;
  if (options.capitalFromReserve === true) {
    capitalReserve = {
      sourceType: 'earmarked-reserve',
      nature: 'structural',
      lines: {},
      amounts: zeros(years),
      total: 0,
    };
    for (const row of result.rows) {
      if (row.category !== 'capital' || !lineOf.has(row.lineId)) continue;
      const rec = (capitalReserve.lines[row.lineId] ??= zeros(years));
      addInto(years, rec, row.amounts);
      addInto(years, capitalReserve.amounts, row.amounts);
    }
    for (const [lineId, amounts] of Object.entries(capitalReserve.lines)) {
      if (years.every((y) => (amounts[y] ?? 0) === 0)) {
        delete capitalReserve.lines[lineId];
        continue;
      }
      let rec = fundedByLine.get(lineId);
      if (!rec) fundedByLine.set(lineId, (rec = zeros(years)));
      addInto(years, rec, amounts);
      const key = `line:${lineId}`;
      let t = perTarget.get(key);
      if (!t)
        perTarget.set(
          key,
          (t = { target: { kind: 'line', id: lineId }, incidental: zeros(years), structural: zeros(years) }),
        );
      addInto(years, t.structural, amounts);
    }
    capitalReserve.total = sum(years, capitalReserve.amounts);
  }

  const lines: Record<string, GrossFundedNet> = {};
  for (const line of input.lines)
    lines[line.id] = gfn(
      years,
      (lineGross.get(line.id) as TargetGross).total,
      fundedByLine.get(line.id) ?? zeros(years),
    );

  const developments: Record<string, GrossFundedNet> = {};
  const developmentFunded = new Map<string, Record<number, Cents>>();
  for (const d of input.developments)
    developmentFunded.set(d.id, { ...(fundedByDevelopment.get(d.id) ?? zeros(years)) });
  for (const line of input.lines) {
    const rec = developmentFunded.get(line.developmentId);
    if (rec) addInto(years, rec, fundedByLine.get(line.id) ?? zeros(years));
  }
  for (const d of input.developments)
    developments[d.id] = gfn(
      years,
      (developmentGross.get(d.id) as TargetGross).total,
      developmentFunded.get(d.id) as Record<number, Cents>,
    );

  const domains: Record<string, GrossFundedNet> = {};
  const domainGross = new Map<string, Record<number, Cents>>();
  const domainFunded = new Map<string, Record<number, Cents>>();
  for (const d of input.developments) {
    if (!domainGross.has(d.domainKey)) {
      domainGross.set(d.domainKey, zeros(years));
      domainFunded.set(d.domainKey, zeros(years));
    }
    addInto(years, domainGross.get(d.domainKey) as Record<number, Cents>, (developments[d.id] as GrossFundedNet).gross);
    addInto(
      years,
      domainFunded.get(d.domainKey) as Record<number, Cents>,
      (developments[d.id] as GrossFundedNet).funded,
    );
  }
  for (const [key, gross] of domainGross)
    domains[key] = gfn(years, gross, domainFunded.get(key) as Record<number, Cents>);

  const totalGross = zeros(years);
  const totalFunded = zeros(years);
  for (const d of Object.values(developments)) {
    addInto(years, totalGross, d.gross);
    addInto(years, totalFunded, d.funded);
  }
  const total = gfn(years, totalGross, totalFunded);

  const warnings = fundingWarnings(
    years,
    funding,
    fundings,
    perTarget,
    grossOf,
    enabled,
    capitalReserve,
    (id) => lineOf.get(id)?.developmentId,
  );
  const incidental = incidentalOverview(years, input, rule, lineIncidentalRows, funding, fundings);
  const structuralBalance = balanceOf(years, result.totals, incidental.reclassified, fundings, capitalReserve);
  return {
    years: [...years],
    fundings,
    lines,
    developments,
    domains,
    total,
    warnings,
    incidental,
    structuralBalance,
    capitalReserve,
  };
}

function fundingWarnings(
  years: readonly number[],
  funding: readonly FundingInput[],
  fundings: readonly FundingAmounts[],
  perTarget: Map<
    string,
    { target: FundingTarget; incidental: Record<number, Cents>; structural: Record<number, Cents> }
  >,
  grossOf: (t: FundingTarget) => TargetGross,
  enabled: (t: FundingTarget) => boolean,
  capitalReserve: CapitalReserveCoverage | null,
  developmentOfLine: (lineId: string) => string | undefined,
): FundingWarning[] {
  const warnings: FundingWarning[] = [];
  const reserveOf = (t: FundingTarget): Record<number, Cents> => {
    if (t.kind === 'line') return capitalReserve?.lines[t.id] ?? {};
    const out = zeros(years);
    for (const [lineId, amounts] of Object.entries(capitalReserve?.lines ?? {}))
      if (developmentOfLine(lineId) === t.id) addInto(years, out, amounts);
    return out;
  };
  const push = (w: Omit<FundingWarning, 'totalCents'> & { totalCents?: Cents }) => {
    const totalCents = w.totalCents ?? sum(years, w.amounts);
    if (totalCents > 0) warnings.push({ ...w, totalCents });
  };

  // Per target: structural cost covered by incidental funding, and funding above the cost.
  // Structural funding is taken to cover structural cost first, incidental funding incidental cost
  // first; what incidental funding has left over and structural cost still lacks is the overlap.
  for (const { target, incidental, structural } of perTarget.values()) {
    const gross = grossOf(target);
    const byIncidental = zeros(years);
    const aboveCost = zeros(years);
    for (const y of years) {
      const uncoveredStructural = Math.max(0, (gross.structural[y] ?? 0) - (structural[y] ?? 0));
      const spareIncidental = Math.max(0, (incidental[y] ?? 0) - (gross.incidental[y] ?? 0));
      byIncidental[y] = Math.min(uncoveredStructural, spareIncidental);
      aboveCost[y] = Math.max(0, (incidental[y] ?? 0) + (structural[y] ?? 0) - (gross.total[y] ?? 0));
    }
    push({ kind: 'structural-by-incidental', target, fundingId: null, amounts: byIncidental });
    push({ kind: 'above-cost', target, fundingId: null, amounts: aboveCost });
  }

  funding.forEach((f, i) => {
    const target: FundingTarget =
      f.lineId != null ? { kind: 'line', id: f.lineId } : { kind: 'development', id: f.developmentId as string };
    const computed = fundings[i] as FundingAmounts;
    // The structural gap after the funding ends: what it would have paid had it continued,
    // up to the target's structural cost that year.
    if (f.endYear != null && enabled(target)) {
      const gross = grossOf(target);
      const gap = zeros(years);
      // Kapitaallasten the bestemmingsreserve covers leave no gap when a funding ends.
      const reserve = capitalReserve ? reserveOf(target) : undefined;
      for (const y of years) {
        if (y <= f.endYear) continue;
        const open = Math.max(0, (gross.structural[y] ?? 0) - (reserve?.[y] ?? 0));
        gap[y] = Math.min(open, yearAmount(f, gross.total[y] ?? 0));
      }
      push({ kind: 'funding-ends', target, fundingId: f.id, amounts: gap, endYear: f.endYear });
    }
    if (f.maxTotalCents != null && computed.total > f.maxTotalCents) {
      push({
        kind: 'above-maximum',
        target,
        fundingId: f.id,
        amounts: { ...computed.amounts },
        totalCents: computed.total - f.maxTotalCents,
        limitCents: f.maxTotalCents,
      });
    }
  });
  return warnings;
}

function incidentalOverview(
  years: readonly number[],
  input: Pick<CalculationInput, 'developments' | 'lines'>,
  rule: IncidentalRule,
  lineIncidentalRows: Map<string, Record<number, Cents>>,
  funding: readonly FundingInput[],
  fundings: readonly FundingAmounts[],
): IncidentalOverview {
  const threshold = rule.thresholdCents ?? null;
  const below = (total: Cents) => threshold != null && Math.abs(total) < threshold;
  const domainOf = new Map(input.developments.map((d) => [d.id, d.domainKey]));
  const lasten: IncidentalItem[] = [];
  const reclassified: IncidentalItem[] = [];
  const otherLasten = zeros(years);
  for (const line of input.lines) {
    const amounts = lineIncidentalRows.get(line.id);
    if (!amounts || years.every((y) => (amounts[y] ?? 0) === 0)) continue;
    const item: IncidentalItem = {
      id: line.id,
      developmentId: line.developmentId,
      domainKey: domainOf.get(line.developmentId) ?? null,
      amounts: { ...amounts },
      total: sum(years, amounts),
    };
    // An incidental line running longer than the rule allows is structural for the BBV. Re-tender,
    // migration and an investment below the activation threshold are one-off and stay incidental.
    if (line.kind === 'incidental' && line.durationYears > rule.maxYears) reclassified.push(item);
    else if (below(item.total)) addInto(years, otherLasten, amounts);
    else lasten.push(item);
  }
  const baten: IncidentalItem[] = [];
  const otherBaten = zeros(years);
  const lineOf = new Map(input.lines.map((l) => [l.id, l]));
  funding.forEach((f, i) => {
    const computed = fundings[i] as FundingAmounts;
    if (computed.nature !== 'incidental' || computed.total === 0) return;
    const developmentId = f.developmentId ?? lineOf.get(f.lineId as string)?.developmentId ?? null;
    const item: IncidentalItem = {
      id: f.id,
      developmentId,
      domainKey: developmentId ? (domainOf.get(developmentId) ?? null) : null,
      amounts: { ...computed.amounts },
      total: computed.total,
    };
    if (below(item.total)) addInto(years, otherBaten, computed.amounts);
    else baten.push(item);
  });
  const totalLasten = { ...otherLasten };
  for (const item of lasten) addInto(years, totalLasten, item.amounts);
  const totalBaten = { ...otherBaten };
  for (const item of baten) addInto(years, totalBaten, item.amounts);
  return {
    rule: { maxYears: rule.maxYears, thresholdCents: threshold },
    lasten,
    otherLasten,
    baten,
    otherBaten,
    totalLasten,
    totalBaten,
    reclassified,
  };
}

function balanceOf(
  years: readonly number[],
  totals: CalculationResult['totals'],
  reclassified: readonly IncidentalItem[],
  fundings: readonly FundingAmounts[],
  capitalReserve: CapitalReserveCoverage | null,
): StructuralBalance {
  const cost = zeros(years);
  const funding = zeros(years);
  const balance = zeros(years);
  for (const y of years) cost[y] = (totals.structural[y] ?? 0) + (totals.capital[y] ?? 0);
  for (const item of reclassified) addInto(years, cost, item.amounts);
  for (const f of fundings) if (f.nature === 'structural') addInto(years, funding, f.amounts);
  if (capitalReserve) addInto(years, funding, capitalReserve.amounts);
  for (const y of years) balance[y] = (funding[y] ?? 0) - (cost[y] ?? 0);
  return { cost, funding, balance };
}
