/**
 * calculate(): the budget engine's rules, in brief — README.md has the full text.
 *  1. scaled quantity = quantity × (own_d / model_d)^e; e = line ?? budget default ?? 1; fixed or ownQuantity ⇒ e = 0.
 *  2. staff = hours/36 × monthly(scale, step) × 12 × (1 + employerCostPct/100).
 *  3. hire = hours × (own rate ?? rate card[role ?? default role]); 'total' hours are for the whole line.
 *  4. licence = units × price × (12 if per month).
 *  5. line start = (development start ?? firstYear) + yearOffset. Incidental totals: rounded once,
 *     split in whole euros over durationYears (leftover euros to the first years); annual bases
 *     (staff, hire per year, licence) repeat each of those years. Structural: start → horizon end.
 *     Outside the horizon is dropped; disabled developments give no rows.
 *  6. structural × (1 + pct/100)^(year − firstYear): wage for staff, price otherwise, line override.
 *  7. investment A ≥ threshold: capex in Y (beside the totals), then per year Y+1…Y+term
 *     depreciation A/term and interest on the 1 January book value; below: incidental in Y.
 *  8. SaaS (structural + contractYears): retender/migration in each contract-end year.
 *  9. each row-year rounded once (half away from zero); every total is a sum of rounded cells.
 * 10. pure and deterministic: no Date, Math.random, Intl, I/O or env.
 */
import { EngineInputError } from './errors.ts';
import { CATEGORY_OF, componentsOf, createContext, fillComponent, planLine } from './plan.ts';
import {
  COST_POOLS,
  type CalculationInput,
  type CalculationResult,
  type Cents,
  type LineResult,
  type ResultRow,
  type Totals,
} from './types.ts';

/** Running sums per horizon index, one array per category. */
interface Accumulator {
  incidental: number[];
  structural: number[];
  capital: number[];
  investment: number[];
}

function newAccumulator(horizon: number): Accumulator {
  return {
    incidental: new Array<number>(horizon).fill(0),
    structural: new Array<number>(horizon).fill(0),
    capital: new Array<number>(horizon).fill(0),
    investment: new Array<number>(horizon).fill(0),
  };
}

function toRecord(years: number[], values: number[]): Record<number, Cents> {
  const record: Record<number, Cents> = {};
  for (let k = 0; k < years.length; k++) record[years[k] as number] = values[k] as number;
  return record;
}

function toTotals(years: number[], acc: Accumulator): Totals {
  const total = acc.incidental.map((value, k) => value + (acc.structural[k] as number) + (acc.capital[k] as number));
  return {
    incidental: toRecord(years, acc.incidental),
    structural: toRecord(years, acc.structural),
    capital: toRecord(years, acc.capital),
    investment: toRecord(years, acc.investment),
    total: toRecord(years, total),
  };
}

/**
 * Computes the multi-year budget (packages/engine/README.md). All amounts are integer euro cents, rounded to whole
 * euros once per row-year; every subtotal is a sum of those rounded cells. Pure and deterministic.
 * Throws EngineInputError (with a `field` path) for inputs it cannot compute.
 */
export function calculate(input: CalculationInput): CalculationResult {
  const detail: Detail = { rows: [], lines: [], byDomain: new Map(), byCostPool: new Map() };
  const { years, grand } = run(input, detail);
  const domainTotals: Record<string, Totals> = {};
  for (const [key, acc] of detail.byDomain) domainTotals[key] = toTotals(years, acc);
  const poolTotals: Record<string, Totals> = {};
  for (const [key, acc] of detail.byCostPool) poolTotals[key] = toTotals(years, acc);

  return {
    years: [...years],
    rows: detail.rows,
    lines: detail.lines,
    totals: toTotals(years, grand),
    byDomain: domainTotals,
    byCostPool: poolTotals,
  };
}

/**
 * calculate() for a caller that needs only the years and the budget's totals (a write that proves
 * the budget still computes and answers its totals): the same rules, checks and errors, and the
 * same `years` and `totals` as calculate(input) — without building the rows, the line results and
 * the totals per domain and cost pool, which are most of calculate()'s own time (each row's
 * amounts are a record keyed by year, which V8 stores as a slow dictionary).
 */
export function calculateTotals(input: CalculationInput): Pick<CalculationResult, 'years' | 'totals'> {
  const { years, grand } = run(input, null);
  return { years: [...years], totals: toTotals(years, grand) };
}

/** What calculate() collects besides the grand totals; calculateTotals() skips it. */
interface Detail {
  rows: ResultRow[];
  lines: LineResult[];
  byDomain: Map<string, Accumulator>;
  byCostPool: Map<string, Accumulator>;
}

/** Plans and fills every line into the grand totals, and into `detail` when given. */
function run(input: CalculationInput, detail: Detail | null): { years: number[]; grand: Accumulator } {
  const ctx = createContext(input);
  const { years, horizon } = ctx;
  const grand = newAccumulator(horizon);
  if (detail) {
    for (const development of input.developments) {
      if (!detail.byDomain.has(development.domainKey))
        detail.byDomain.set(development.domainKey, newAccumulator(horizon));
    }
    for (const pool of COST_POOLS) detail.byCostPool.set(pool, newAccumulator(horizon));
  }
  const seenIds = new Set<string>();
  // One scratch array for every row; each row's cells are copied out into its Record.
  const amounts = new Array<number>(horizon).fill(0);

  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i] as (typeof input.lines)[number];
    if (seenIds.has(line.id)) throw new EngineInputError(`lines[${i}].id`, `duplicate line id "${line.id}"`);
    seenIds.add(line.id);
    const plan = planLine(ctx, line, i);
    const domainKey = plan.development.domainKey;
    detail?.lines.push({
      lineId: line.id,
      developmentId: line.developmentId,
      domainKey,
      ratio: plan.ratio,
      elasticity: plan.elasticity,
      scaleFactor: plan.scaleFactor,
      scalingRule: plan.scalingRule,
      scaledQuantity: plan.scaledQuantity,
      baseAmountCents: plan.baseCents,
      activated: plan.activated,
      incomplete: plan.incomplete,
    });
    if (!plan.enabled) continue;

    const domain = detail?.byDomain.get(domainKey) as Accumulator;
    const pool = detail?.byCostPool.get(line.costPool) as Accumulator;
    for (const component of componentsOf(plan)) {
      amounts.fill(0);
      fillComponent(ctx, plan, component, amounts);
      const category = CATEGORY_OF[component];
      const g = grand[category];
      for (let k = 0; k < horizon; k++) g[k] = (g[k] as number) + (amounts[k] as number);
      if (!detail) continue;
      const d = domain[category];
      const p = pool[category];
      for (let k = 0; k < horizon; k++) {
        const cents = amounts[k] as number;
        d[k] = (d[k] as number) + cents;
        p[k] = (p[k] as number) + cents;
      }
      detail.rows.push({
        lineId: line.id,
        developmentId: line.developmentId,
        domainKey,
        component,
        category,
        costPool: line.costPool,
        provenance: line.provenance,
        amounts: toRecord(years, amounts),
      });
    }
  }
  return { years, grand };
}
