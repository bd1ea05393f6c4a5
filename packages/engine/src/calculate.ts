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
  const ctx = createContext(input);
  const { years, horizon } = ctx;
  const rows: ResultRow[] = [];
  const lines: LineResult[] = [];
  const grand = newAccumulator(horizon);
  const byDomain = new Map<string, Accumulator>();
  for (const development of input.developments) {
    if (!byDomain.has(development.domainKey)) byDomain.set(development.domainKey, newAccumulator(horizon));
  }
  const byCostPool = new Map<string, Accumulator>(COST_POOLS.map((pool) => [pool, newAccumulator(horizon)]));
  const seenIds = new Set<string>();
  // One scratch array for every row; each row's cells are copied out into its Record.
  const amounts = new Array<number>(horizon).fill(0);

  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i] as (typeof input.lines)[number];
    if (seenIds.has(line.id)) throw new EngineInputError(`lines[${i}].id`, `duplicate line id "${line.id}"`);
    seenIds.add(line.id);
    const plan = planLine(ctx, line, i);
    const domainKey = plan.development.domainKey;
    lines.push({
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

    const domain = byDomain.get(domainKey) as Accumulator;
    const pool = byCostPool.get(line.costPool) as Accumulator;
    for (const component of componentsOf(plan)) {
      amounts.fill(0);
      fillComponent(ctx, plan, component, amounts);
      const category = CATEGORY_OF[component];
      const g = grand[category];
      const d = domain[category];
      const p = pool[category];
      for (let k = 0; k < horizon; k++) {
        const cents = amounts[k] as number;
        g[k] = (g[k] as number) + cents;
        d[k] = (d[k] as number) + cents;
        p[k] = (p[k] as number) + cents;
      }
      rows.push({
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

  const domainTotals: Record<string, Totals> = {};
  for (const [key, acc] of byDomain) domainTotals[key] = toTotals(years, acc);
  const poolTotals: Record<string, Totals> = {};
  for (const [key, acc] of byCostPool) poolTotals[key] = toTotals(years, acc);

  return {
    years: [...years],
    rows,
    lines,
    totals: toTotals(years, grand),
    byDomain: domainTotals,
    byCostPool: poolTotals,
  };
}
