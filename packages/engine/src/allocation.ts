/**
 * Allocation of a shared (collaboration) budget over its members (samenwerking; README.md
 * "Allocation"). Pure and exact: shares are rational numbers held as BigInt numerator/denominator,
 * every line-year is split in whole euros by the largest-remainder rule, so the members' parts add
 * up to the line-year exactly.
 */
import { EngineInputError } from './errors.ts';
import { formatPct } from './format.ts';
import { emptyTotals, zeroByYear } from './subtotals.ts';
import type { CalculationResult, Category, Cents, Component, Totals } from './types.ts';

/** The key types used in Dutch practice (spec §6). */
export const ALLOCATION_KEY_TYPES = ['inhabitants', 'employees', 'equal', 'fixed', 'hybrid', 'usage'] as const;
export type AllocationKeyType = (typeof ALLOCATION_KEY_TYPES)[number];

/** The simple bases a hybrid key mixes. */
export const HYBRID_BASES = ['equal', 'inhabitants', 'employees'] as const;
export type HybridBasis = (typeof HYBRID_BASES)[number];

/**
 * A verdeelsleutel. Percentages have at most two decimals and total exactly 100; usage quantities
 * are ≥ 0 with at most two decimals and not all 0. Records are keyed by member id.
 */
export type AllocationKey =
  | { type: 'inhabitants' }
  | { type: 'employees' }
  | { type: 'equal' }
  | { type: 'fixed'; percentages: Record<string, number> }
  | { type: 'hybrid'; parts: { basis: HybridBasis; percentage: number }[] }
  | { type: 'usage'; quantities: Record<string, number>; unit?: string | null };

/** A member as the key sees it: its dated reference figures (CBS inhabitants, employees). */
export interface AllocationMember {
  id: string;
  name: string;
  inhabitants: number;
  employees: number;
}

export interface AllocationInput {
  /** In member order: the order that breaks ties in the remainder rule. */
  members: AllocationMember[];
  /** The key for every line without a more specific one. */
  defaultKey: AllocationKey;
  /** Development id → key (beats the default). */
  developmentKeys?: Record<string, AllocationKey>;
  /** Line id → key (beats the development's and the default key). */
  lineKeys?: Record<string, AllocationKey>;
}

/** A member's exact share: numerator / denominator (BigInt, so nothing is lost). */
export interface ExactShares {
  numerators: bigint[];
  denominator: bigint;
}

/** Whole-euro split of one amount: parts per member (cents) and which members got a remainder euro. */
export interface WholeEuroSplit {
  parts: Cents[];
  /** Member indexes that received one of the leftover euros (in the order they got them). */
  remainderTo: number[];
}

export type KeySource = 'line' | 'development' | 'budget';

/** One result row allocated: per member (by index) the amounts per year, and the remainder euros. */
export interface AllocatedRow {
  lineId: string;
  developmentId: string;
  domainKey: string;
  component: Component;
  category: Category;
  keySource: KeySource;
  /** members[i] → year → cents. */
  parts: Record<number, Cents>[];
  /** year → member indexes that got a remainder euro. */
  remainderTo: Record<number, number[]>;
}

export interface MemberAllocation {
  memberId: string;
  name: string;
  /** The member's share under the default key, in percent (for display; not used in the maths). */
  defaultSharePct: number;
  totals: Totals;
  byDomain: Record<string, Totals>;
  /** Development id → year → exploitation cents (investment excluded). */
  byDevelopment: Record<string, Record<number, Cents>>;
  /** Remainder euros this member received, summed over every line-year. */
  remainderEuros: number;
}

export interface AllocationResult {
  years: number[];
  members: MemberAllocation[];
  rows: AllocatedRow[];
}

const PCT_SCALE = 100n; // percentages in hundredths of a percent
const HUNDRED_PCT = 100n * PCT_SCALE;
const QTY_SCALE = 100; // usage quantities in hundredths

/** An integer count of `scale`ths, or an error when the number has more decimals than that. */
function scaled(value: unknown, scale: number, field: string): bigint {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new EngineInputError(field, 'moet een getal zijn');
  if (value < 0) throw new EngineInputError(field, 'mag niet negatief zijn');
  const n = Math.round(value * scale);
  if (Math.abs(n - value * scale) > 1e-6)
    throw new EngineInputError(field, `mag hoogstens ${Math.log10(scale)} decimalen hebben`);
  return BigInt(n);
}

/** A scaled percentage as Dutch text ("99,5 %"), for messages. */
const formatPercent = (scaledPct: bigint) => formatPct(Number(scaledPct) / Number(PCT_SCALE));

function wholeFigure(value: unknown, field: string): bigint {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new EngineInputError(field, 'moet een geheel getal van 0 of meer zijn');
  return BigInt(value);
}

function basisWeights(
  basis: HybridBasis | 'inhabitants' | 'employees',
  members: readonly AllocationMember[],
  field: string,
): bigint[] {
  if (basis === 'equal') return members.map(() => 1n);
  const weights = members.map((m, i) => wholeFigure(m[basis], `members[${i}].${basis}`));
  if (weights.every((w) => w === 0n))
    throw new EngineInputError(
      field,
      `elke deelnemer heeft 0 ${basis === 'inhabitants' ? 'inwoners' : 'medewerkers'}: verdelen kan niet`,
    );
  return weights;
}

function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

function validateMembers(members: readonly AllocationMember[]): void {
  if (members.length === 0) throw new EngineInputError('members', 'geef minstens één deelnemer');
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.id)) throw new EngineInputError(`members[${i}].id`, 'deze deelnemer staat er twee keer in');
    seen.add(m.id);
  });
}

/**
 * The exact share of each member (in member order) under `key`. `field` names the key in error
 * messages (e.g. `defaultKey`, `lineKeys.<id>`). Throws EngineInputError for percentages that do not
 * total 100, negative or unknown members' values, or a basis that is 0 for every member.
 */
export function keyShares(key: AllocationKey, members: readonly AllocationMember[], field = 'key'): ExactShares {
  validateMembers(members);
  const ids = new Set(members.map((m) => m.id));
  const unknownIn = (record: Record<string, number>, sub: string) => {
    for (const id of Object.keys(record))
      if (!ids.has(id)) throw new EngineInputError(`${field}.${sub}.${id}`, 'is geen deelnemer van deze samenwerking');
  };
  switch (key.type) {
    case 'equal':
      return { numerators: members.map(() => 1n), denominator: BigInt(members.length) };
    case 'inhabitants':
    case 'employees': {
      const weights = basisWeights(key.type, members, field);
      return { numerators: weights, denominator: sum(weights) };
    }
    case 'fixed': {
      unknownIn(key.percentages ?? {}, 'percentages');
      const weights = members.map((m) =>
        scaled(key.percentages?.[m.id] ?? 0, Number(PCT_SCALE), `${field}.percentages.${m.id}`),
      );
      const total = sum(weights);
      if (total !== HUNDRED_PCT)
        throw new EngineInputError(
          `${field}.percentages`,
          `de percentages moeten samen precies 100 % zijn (nu ${formatPercent(total)})`,
        );
      return { numerators: weights, denominator: HUNDRED_PCT };
    }
    case 'usage': {
      unknownIn(key.quantities ?? {}, 'quantities');
      const weights = members.map((m) => scaled(key.quantities?.[m.id] ?? 0, QTY_SCALE, `${field}.quantities.${m.id}`));
      const total = sum(weights);
      if (total === 0n)
        throw new EngineInputError(
          `${field}.quantities`,
          'geef voor minstens één deelnemer een hoeveelheid groter dan 0',
        );
      return { numerators: weights, denominator: total };
    }
    case 'hybrid': {
      if (!Array.isArray(key.parts) || key.parts.length === 0)
        throw new EngineInputError(`${field}.parts`, 'geef minstens één onderdeel');
      const parts = key.parts.map((part, k) => {
        if (!(HYBRID_BASES as readonly string[]).includes(part.basis))
          throw new EngineInputError(`${field}.parts[${k}].basis`, 'kies gelijk, inwoners of medewerkers');
        const pct = scaled(part.percentage, Number(PCT_SCALE), `${field}.parts[${k}].percentage`);
        const weights = basisWeights(part.basis, members, `${field}.parts[${k}].basis`);
        return { pct, weights, total: sum(weights) };
      });
      const pctTotal = sum(parts.map((p) => p.pct));
      if (pctTotal !== HUNDRED_PCT)
        throw new EngineInputError(
          `${field}.parts`,
          `de percentages moeten samen precies 100 % zijn (nu ${formatPercent(pctTotal)})`,
        );
      // share_i = Σ_k pct_k/100% × w_ik/S_k, over the common denominator 100% × Π S_k.
      let product = 1n;
      for (const p of parts) product *= p.total;
      const numerators = members.map((_, i) => {
        let n = 0n;
        for (const p of parts) n += p.pct * (p.weights[i] as bigint) * (product / p.total);
        return n;
      });
      return { numerators, denominator: HUNDRED_PCT * product };
    }
    default: {
      throw new EngineInputError(
        `${field}.type`,
        'kies een verdeelsleutel: inwoners, medewerkers, gelijk, vast, hybride of gebruik',
      );
    }
  }
}

/**
 * Splits a whole-euro amount (cents, a multiple of 100) over members by exact shares, in whole
 * euros, so the parts add up to the amount exactly (the largest-remainder rule):
 *  1. each member gets the whole euros of its exact share, rounded down: floor(E × n_i / d);
 *  2. the euros left over (fewer than the number of members) go one each to the members with the
 *     largest fractional part (E × n_i mod d); ties go to the member that comes first in member order.
 * A member with share 0 never gets a euro. Negative amounts split symmetrically (the rule on |E|).
 */
export function allocateWholeEuros(cents: Cents, shares: ExactShares): WholeEuroSplit {
  const euros = Math.round(Math.abs(cents) / 100);
  const sign = cents < 0 ? -1 : 1;
  const e = BigInt(euros);
  const { numerators, denominator } = shares;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const n of numerators) {
    const product = e * n;
    const floor = product / denominator;
    floors.push(floor);
    remainders.push(product % denominator);
    given += floor;
  }
  const leftover = Number(e - given);
  const order = numerators.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  const remainderTo = order.slice(0, leftover);
  const extra = new Set(remainderTo);
  const parts = floors.map((floor, i) => {
    const value = Number(floor + (extra.has(i) ? 1n : 0n)) * 100;
    return value === 0 ? 0 : sign * value;
  });
  return { parts, remainderTo };
}

/** A share as a percentage with `decimals` decimals (display only). */
export function sharePct(shares: ExactShares, index: number, decimals = 2): number {
  const scale = 10n ** BigInt(decimals);
  const n = (shares.numerators[index] as bigint) * 100n * scale * 2n;
  const rounded = (n / shares.denominator + 1n) / 2n; // half up
  return Number(rounded) / Number(scale);
}

function addToTotals(totals: Totals, category: Category, year: number, cents: Cents): void {
  totals[category][year] = (totals[category][year] ?? 0) + cents;
  if (category !== 'investment') totals.total[year] = (totals.total[year] ?? 0) + cents;
}

/**
 * Allocates every row-year of a computed budget over the members: the line's key if it has one,
 * else its development's, else the budget's default key. Every member total is a sum of allocated
 * cells, so the members' totals add up to the budget's totals exactly, per year and per category.
 * Throws EngineInputError naming the key (`defaultKey`, `developmentKeys.<id>`, `lineKeys.<id>`).
 */
export function allocate(input: AllocationInput, result: CalculationResult): AllocationResult {
  const { members } = input;
  validateMembers(members);
  const { years } = result;
  const defaultShares = keyShares(input.defaultKey, members, 'defaultKey');
  const developmentShares = new Map<string, ExactShares>();
  for (const [id, key] of Object.entries(input.developmentKeys ?? {}))
    developmentShares.set(id, keyShares(key, members, `developmentKeys.${id}`));
  const lineShares = new Map<string, ExactShares>();
  for (const [id, key] of Object.entries(input.lineKeys ?? {}))
    lineShares.set(id, keyShares(key, members, `lineKeys.${id}`));

  const out: MemberAllocation[] = members.map((m, i) => ({
    memberId: m.id,
    name: m.name,
    defaultSharePct: sharePct(defaultShares, i),
    totals: emptyTotals(years),
    byDomain: {},
    byDevelopment: {},
    remainderEuros: 0,
  }));
  const rows: AllocatedRow[] = [];
  for (const row of result.rows) {
    const line = lineShares.get(row.lineId);
    const development = line ? undefined : developmentShares.get(row.developmentId);
    const shares = line ?? development ?? defaultShares;
    const keySource: KeySource = line ? 'line' : development ? 'development' : 'budget';
    const parts = members.map(() => zeroByYear(years));
    const remainderTo: Record<number, number[]> = {};
    for (const year of years) {
      const split = allocateWholeEuros(row.amounts[year] ?? 0, shares);
      remainderTo[year] = split.remainderTo;
      split.parts.forEach((cents, i) => {
        (parts[i] as Record<number, Cents>)[year] = cents;
        const member = out[i] as MemberAllocation;
        addToTotals(member.totals, row.category, year, cents);
        const domain = (member.byDomain[row.domainKey] ??= emptyTotals(years));
        addToTotals(domain, row.category, year, cents);
        if (row.category !== 'investment') {
          const dev = (member.byDevelopment[row.developmentId] ??= zeroByYear(years));
          dev[year] = (dev[year] ?? 0) + cents;
        }
      });
      for (const i of split.remainderTo) (out[i] as MemberAllocation).remainderEuros += 1;
    }
    rows.push({
      lineId: row.lineId,
      developmentId: row.developmentId,
      domainKey: row.domainKey,
      component: row.component,
      category: row.category,
      keySource,
      parts,
      remainderTo,
    });
  }
  return { years, members: out, rows };
}

/** One development for one member: alone (own budget) vs its share together, over the horizon. */
export interface AloneTogetherDevelopment {
  developmentId: string;
  domainKey: string;
  /** Exploitation over all years, cents. */
  aloneCents: Cents;
  togetherCents: Cents;
  /** alone − together: positive is a saving from working together, negative an extra cost. */
  savingCents: Cents;
}

export interface AloneTogetherMember {
  memberId: string;
  name: string;
  /** year → exploitation cents of the member's own budget for the same developments. */
  alone: Record<number, Cents>;
  /** year → the member's contribution in the collaboration. */
  together: Record<number, Cents>;
  /** year → alone − together. */
  saving: Record<number, Cents>;
  aloneTotalCents: Cents;
  togetherTotalCents: Cents;
  savingTotalCents: Cents;
  developments: AloneTogetherDevelopment[];
}

/**
 * "Alone vs together": for each member, its own budget for the same developments (the shared
 * budget's input computed with the member's own profile: `alone[memberId]`) beside its share in the
 * collaboration. Exploitation only (incidental + structural + kapitaallasten); the investment itself
 * is beside the totals as everywhere. Developments in the order of the shared budget's result.
 */
export function compareAloneTogether(
  allocation: AllocationResult,
  alone: Record<string, CalculationResult>,
): AloneTogetherMember[] {
  const { years } = allocation;
  const developmentOrder: { id: string; domainKey: string }[] = [];
  const seen = new Set<string>();
  for (const row of allocation.rows) {
    if (seen.has(row.developmentId)) continue;
    seen.add(row.developmentId);
    developmentOrder.push({ id: row.developmentId, domainKey: row.domainKey });
  }
  return allocation.members.map((member) => {
    const own = alone[member.memberId];
    if (!own) throw new EngineInputError(`alone.${member.memberId}`, 'geen eigen begroting voor deze deelnemer');
    const aloneByDevelopment = new Map<string, Cents>();
    const aloneYears = zeroByYear(years);
    for (const row of own.rows) {
      if (row.category === 'investment') continue;
      for (const y of years) {
        const cents = row.amounts[y] ?? 0;
        aloneYears[y] = (aloneYears[y] ?? 0) + cents;
        aloneByDevelopment.set(row.developmentId, (aloneByDevelopment.get(row.developmentId) ?? 0) + cents);
      }
    }
    const together = { ...member.totals.total };
    const saving = zeroByYear(years);
    for (const y of years) saving[y] = (aloneYears[y] ?? 0) - (together[y] ?? 0);
    const developments = developmentOrder.map(({ id, domainKey }) => {
      const togetherCents = Object.values(member.byDevelopment[id] ?? {}).reduce((a, b) => a + b, 0);
      const aloneCents = aloneByDevelopment.get(id) ?? 0;
      return { developmentId: id, domainKey, aloneCents, togetherCents, savingCents: aloneCents - togetherCents };
    });
    const total = (r: Record<number, Cents>) => years.reduce((a, y) => a + (r[y] ?? 0), 0);
    return {
      memberId: member.memberId,
      name: member.name,
      alone: aloneYears,
      together,
      saving,
      aloneTotalCents: total(aloneYears),
      togetherTotalCents: total(together),
      savingTotalCents: total(saving),
      developments,
    };
  });
}
