import {
  ASSET_CLASSES,
  COST_BASES,
  COST_POOLS,
  DRIVERS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  LINE_KINDS,
  PROVENANCES,
  UNIT_PRICE_PERIODS,
} from '@app/engine/vocabulary';
import type {
  AssetClass,
  CostBasis,
  CostPool,
  Driver,
  HireHoursPeriod,
  Indexation,
  LineKind,
  Provenance,
  StaffRatio,
  UnitPricePeriod,
} from '@app/engine';
import { BENCHMARK_UNITS, type BenchmarkUnit } from '../src/schema/enums.ts';
import type { AssumptionSource } from '../src/schema/reference-data.ts';

// Shapes of the seed files (briefs/seed-formats.md) and a strict reader for each: a malformed
// file stops the seed with the path of the offending field instead of loading half the data.

/** modelgemeente-catalog.json: verbatim copy of the published catalog. */
export interface CatalogFile {
  source: string;
  edition: string | null;
  editionNote: string | null;
  model: { inhabitants: number; employees: number; departments: number };
  domains: {
    key: string;
    name: string;
    description?: string | null;
    sourceUrl?: string | null;
    domainPageFound?: boolean;
    developments: {
      key: string;
      title: string;
      summary?: string | null;
      sourceUrl?: string | null;
      linesFound?: boolean | 'partial';
      titleVerbatim?: boolean;
      domainInferred?: boolean;
      subthemes?: string[];
      sourceNote?: string | null;
    }[];
  }[];
}

export interface CatalogLineFileEntry {
  key: string;
  developmentKey: string;
  provenance: Provenance;
  description: string;
  basis: string | null;
  notes: string | null;
  sourceUrl: string | null;
  kind: LineKind;
  costBasis: CostBasis;
  costPool: CostPool;
  taakveld: string | null;
  driver: Driver;
  elasticity: number | null;
  amountCents: number | null;
  hoursPerWeek: number | null;
  salaryScale: string | null;
  hours: number | null;
  hoursPeriod: HireHoursPeriod | null;
  hireRole: string | null;
  hourlyRateCents: number | null;
  units: number | null;
  unitPriceCents: number | null;
  unitPricePeriod: UnitPricePeriod | null;
  yearOffset: number;
  durationYears: number;
  depreciationYears: number | null;
  assetClass: AssetClass | null;
  contractYears: number | null;
  retenderCents: number | null;
  migrationCents: number | null;
  /** True: explicit re-tender/migration amounts are fixed (not rescaled); null = scaled. */
  contractEndFixed: boolean | null;
  /** True: the power law at every size, ignoring the validity range (ADR 0010). */
  extrapolate: boolean | null;
  indexation: Indexation | null;
}

/** catalog-lines.json */
export interface CatalogLinesFile {
  source: string;
  referenceDate: string | null;
  lines: CatalogLineFileEntry[];
}

interface SourcedTable {
  id: string;
  label: string;
  validFrom: string;
  source: string;
  sourceUrl: string | null;
  estimate: boolean;
  note: string | null;
}

/** reference-data.json */
export interface ReferenceDataFile {
  salaryTables: (SourcedTable & { scales: Record<string, number[]> })[];
  rateCards: (SourcedTable & { rates: Record<string, number> })[];
  benchmarks: {
    id: string;
    label: string;
    year: number;
    valueCents: number;
    unit: BenchmarkUnit;
    source: string;
    sourceUrl: string | null;
    note: string | null;
    sample: string | null;
    minInhabitants: number | null;
    maxInhabitants: number | null;
  }[];
  assumptionDefaults: {
    salaryTableId: string;
    salaryStep: number | 'max';
    employerCostPct: number;
    rateCardId: string;
    defaultHireRole: string;
    priceIndexationPct: number;
    wageIndexationPct: number;
    interestRatePct: number;
    activationThresholdCents: number;
    defaultDepreciationYears: number;
    defaultElasticity: Record<Driver, number>;
    retenderPct: number;
    migrationPct: number;
    scalingRange: { minRatio: number; maxRatio: number } | null;
    depreciationYearsByAssetClass: Partial<Record<AssetClass, number>>;
    externalFinancingPct: number;
    interestOnOwnEquity: boolean;
    writeOffAtOnce: boolean;
  };
  assumptionSources: Record<string, AssumptionSource>;
  staffRatios: StaffRatioEntry[];
  /** Known maxima of funds (e.g. the A&O-fonds), with source and date. */
  fundLimits: FundLimitEntry[];
}

export interface FundLimitEntry {
  id: string;
  label: string;
  maxCents: number;
  validFrom: string;
  source: string;
  sourceUrl: string | null;
  note: string | null;
}

/** Formatie per 1,000 inhabitants for one size class (minInhabitants ≤ n < maxInhabitants): the engine's StaffRatio. */
export type StaffRatioEntry = StaffRatio;

export class SeedFileError extends Error {
  constructor(file: string, path: string, problem: string) {
    super(`${file}: ${path} ${problem}`);
    this.name = 'SeedFileError';
  }
}

type Obj = Record<string, unknown>;

/** Small typed readers that name the field path on failure. */
class Reader {
  constructor(readonly file: string) {}

  fail(path: string, problem: string): never {
    throw new SeedFileError(this.file, path, problem);
  }

  obj(value: unknown, path: string): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'must be an object');
    return value as Obj;
  }

  arr(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'must be an array');
    return value;
  }

  str(o: Obj, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`${path}.${key}`, 'must be a non-empty string');
    return v;
  }

  optStr(o: Obj, key: string, path: string): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') this.fail(`${path}.${key}`, 'must be a string or null');
    return v;
  }

  num(o: Obj, key: string, path: string, opts: { integer?: boolean; min?: number } = {}): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'must be a number');
    if (opts.integer && !Number.isInteger(v)) this.fail(`${path}.${key}`, 'must be an integer');
    if (opts.min !== undefined && v < opts.min) this.fail(`${path}.${key}`, `must be ≥ ${opts.min}`);
    return v;
  }

  optNum(o: Obj, key: string, path: string, opts: { integer?: boolean; min?: number } = {}): number | null {
    if (o[key] === undefined || o[key] === null) return null;
    return this.num(o, key, path, opts);
  }

  bool(o: Obj, key: string, path: string, fallback: boolean): boolean {
    const v = o[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'boolean') this.fail(`${path}.${key}`, 'must be true or false');
    return v;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T {
    const v = o[key];
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
      this.fail(`${path}.${key}`, `must be one of ${values.join(', ')}`);
    return v as T;
  }

  optOneOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T | null {
    if (o[key] === undefined || o[key] === null) return null;
    return this.oneOf(o, key, path, values);
  }

  isoDate(o: Obj, key: string, path: string): string {
    const v = this.str(o, key, path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) this.fail(`${path}.${key}`, 'must be an ISO date (YYYY-MM-DD)');
    return v;
  }

  numberRecord(value: unknown, path: string, opts: { integer?: boolean; min?: number } = {}): Record<string, number> {
    const o = this.obj(value, path);
    const out: Record<string, number> = {};
    for (const key of Object.keys(o)) out[key] = this.num(o, key, path, opts);
    return out;
  }
}

export function parseCatalogFile(json: unknown, file = 'modelgemeente-catalog.json'): CatalogFile {
  const r = new Reader(file);
  const root = r.obj(json, '$');
  const model = r.obj(root.model, '$.model');
  return {
    source: r.str(root, 'source', '$'),
    edition: r.optStr(root, 'edition', '$'),
    editionNote: r.optStr(root, 'editionNote', '$'),
    model: {
      inhabitants: r.num(model, 'inhabitants', '$.model', { integer: true, min: 1 }),
      employees: r.num(model, 'employees', '$.model', { integer: true, min: 1 }),
      departments: r.num(model, 'departments', '$.model', { integer: true, min: 1 }),
    },
    domains: r.arr(root.domains, '$.domains').map((d, i) => {
      const p = `$.domains[${i}]`;
      const domain = r.obj(d, p);
      return {
        key: r.str(domain, 'key', p),
        name: r.str(domain, 'name', p),
        description: r.optStr(domain, 'description', p),
        sourceUrl: r.optStr(domain, 'sourceUrl', p),
        domainPageFound: r.bool(domain, 'domainPageFound', p, true),
        developments: r.arr(domain.developments, `${p}.developments`).map((v, j) => {
          const q = `${p}.developments[${j}]`;
          const dev = r.obj(v, q);
          const linesFound = dev.linesFound as boolean | 'partial' | undefined;
          if (linesFound !== undefined && linesFound !== true && linesFound !== false && linesFound !== 'partial') {
            r.fail(`${q}.linesFound`, "must be true, false or 'partial'");
          }
          const subthemes = dev.subthemes === undefined ? [] : r.arr(dev.subthemes, `${q}.subthemes`);
          return {
            key: r.str(dev, 'key', q),
            title: r.str(dev, 'title', q),
            summary: r.optStr(dev, 'summary', q),
            sourceUrl: r.optStr(dev, 'sourceUrl', q),
            ...(linesFound === undefined ? {} : { linesFound }),
            titleVerbatim: r.bool(dev, 'titleVerbatim', q, false),
            domainInferred: r.bool(dev, 'domainInferred', q, false),
            subthemes: subthemes.map((s, k) =>
              typeof s === 'string' ? s : r.fail(`${q}.subthemes[${k}]`, 'must be a string'),
            ),
            sourceNote: r.optStr(dev, 'sourceNote', q),
          };
        }),
      };
    }),
  };
}

export function parseCatalogLinesFile(json: unknown, file = 'catalog-lines.json'): CatalogLinesFile {
  const r = new Reader(file);
  const root = r.obj(json, '$');
  const referenceDate = r.optStr(root, 'referenceDate', '$');
  if (referenceDate !== null) r.isoDate(root, 'referenceDate', '$');
  const keys = new Set<string>();
  const lines = r.arr(root.lines, '$.lines').map((l, i): CatalogLineFileEntry => {
    const p = `$.lines[${i}]`;
    const o = r.obj(l, p);
    const key = r.str(o, 'key', p);
    if (keys.has(key)) r.fail(`${p}.key`, `"${key}" is not unique`);
    keys.add(key);
    return {
      key,
      developmentKey: r.str(o, 'developmentKey', p),
      provenance: r.oneOf(o, 'provenance', p, PROVENANCES),
      description: r.str(o, 'description', p),
      basis: r.optStr(o, 'basis', p),
      notes: r.optStr(o, 'notes', p),
      sourceUrl: r.optStr(o, 'sourceUrl', p),
      kind: r.oneOf(o, 'kind', p, LINE_KINDS),
      costBasis: r.oneOf(o, 'costBasis', p, COST_BASES),
      costPool: r.oneOf(o, 'costPool', p, COST_POOLS),
      taakveld: r.optStr(o, 'taakveld', p),
      driver: r.oneOf(o, 'driver', p, DRIVERS),
      elasticity: r.optNum(o, 'elasticity', p, { min: 0 }),
      amountCents: r.optNum(o, 'amountCents', p, { integer: true }),
      hoursPerWeek: r.optNum(o, 'hoursPerWeek', p, { min: 0 }),
      salaryScale: r.optStr(o, 'salaryScale', p),
      hours: r.optNum(o, 'hours', p, { min: 0 }),
      hoursPeriod: r.optOneOf(o, 'hoursPeriod', p, HIRE_HOURS_PERIODS),
      hireRole: r.optStr(o, 'hireRole', p),
      hourlyRateCents: r.optNum(o, 'hourlyRateCents', p, { integer: true, min: 0 }),
      units: r.optNum(o, 'units', p, { min: 0 }),
      unitPriceCents: r.optNum(o, 'unitPriceCents', p, { integer: true, min: 0 }),
      unitPricePeriod: r.optOneOf(o, 'unitPricePeriod', p, UNIT_PRICE_PERIODS),
      yearOffset: r.optNum(o, 'yearOffset', p, { integer: true, min: 0 }) ?? 0,
      durationYears: r.optNum(o, 'durationYears', p, { integer: true, min: 1 }) ?? 1,
      depreciationYears: r.optNum(o, 'depreciationYears', p, { integer: true, min: 1 }),
      assetClass: r.optOneOf(o, 'assetClass', p, ASSET_CLASSES),
      contractYears: r.optNum(o, 'contractYears', p, { integer: true, min: 1 }),
      retenderCents: r.optNum(o, 'retenderCents', p, { integer: true, min: 0 }),
      migrationCents: r.optNum(o, 'migrationCents', p, { integer: true, min: 0 }),
      contractEndFixed: o.contractEndFixed == null ? null : r.bool(o, 'contractEndFixed', p, false),
      extrapolate: o.extrapolate == null ? null : r.bool(o, 'extrapolate', p, false),
      indexation: r.optOneOf(o, 'indexation', p, INDEXATIONS),
    };
  });
  return { source: r.str(root, 'source', '$'), referenceDate, lines };
}

function parseSourcedTable(r: Reader, o: Obj, p: string): SourcedTable {
  return {
    id: r.str(o, 'id', p),
    label: r.str(o, 'label', p),
    validFrom: r.isoDate(o, 'validFrom', p),
    source: r.str(o, 'source', p),
    sourceUrl: r.optStr(o, 'sourceUrl', p),
    estimate: r.bool(o, 'estimate', p, false),
    note: r.optStr(o, 'note', p),
  };
}

export function parseReferenceDataFile(json: unknown, file = 'reference-data.json'): ReferenceDataFile {
  const r = new Reader(file);
  const root = r.obj(json, '$');
  const salaryTables = r.arr(root.salaryTables, '$.salaryTables').map((t, i) => {
    const p = `$.salaryTables[${i}]`;
    const o = r.obj(t, p);
    const scalesObj = r.obj(o.scales, `${p}.scales`);
    const scales: Record<string, number[]> = {};
    for (const [scale, steps] of Object.entries(scalesObj)) {
      const q = `${p}.scales.${scale}`;
      const arr = r.arr(steps, q);
      if (arr.length === 0) r.fail(q, 'must list at least one step');
      scales[scale] = arr.map((_, k) => r.num(arr as unknown as Obj, String(k), q, { integer: true, min: 0 }));
    }
    return { ...parseSourcedTable(r, o, p), scales };
  });
  const rateCards = r.arr(root.rateCards, '$.rateCards').map((t, i) => {
    const p = `$.rateCards[${i}]`;
    const o = r.obj(t, p);
    return { ...parseSourcedTable(r, o, p), rates: r.numberRecord(o.rates, `${p}.rates`, { integer: true, min: 0 }) };
  });
  const benchmarks = r.arr(root.benchmarks, '$.benchmarks').map((b, i) => {
    const p = `$.benchmarks[${i}]`;
    const o = r.obj(b, p);
    return {
      id: r.str(o, 'id', p),
      label: r.str(o, 'label', p),
      year: r.num(o, 'year', p, { integer: true }),
      valueCents: r.num(o, 'valueCents', p, { integer: true }),
      unit: r.oneOf(o, 'unit', p, BENCHMARK_UNITS),
      source: r.str(o, 'source', p),
      sourceUrl: r.optStr(o, 'sourceUrl', p),
      note: r.optStr(o, 'note', p),
      sample: r.optStr(o, 'sample', p),
      minInhabitants: r.optNum(o, 'minInhabitants', p, { integer: true, min: 0 }),
      maxInhabitants: r.optNum(o, 'maxInhabitants', p, { integer: true, min: 1 }),
    };
  });

  const p = '$.assumptionDefaults';
  const d = r.obj(root.assumptionDefaults, p);
  const step = d.salaryStep;
  if (step !== 'max' && !(typeof step === 'number' && Number.isInteger(step) && step >= 0)) {
    r.fail(`${p}.salaryStep`, "must be 'max' or a step index ≥ 0");
  }
  const elasticity = r.numberRecord(d.defaultElasticity, `${p}.defaultElasticity`, { min: 0 });
  for (const driver of DRIVERS) {
    if (elasticity[driver] === undefined) r.fail(`${p}.defaultElasticity.${driver}`, 'is missing');
  }
  const assumptionDefaults: ReferenceDataFile['assumptionDefaults'] = {
    salaryTableId: r.str(d, 'salaryTableId', p),
    salaryStep: step as number | 'max',
    employerCostPct: r.num(d, 'employerCostPct', p, { min: 0 }),
    rateCardId: r.str(d, 'rateCardId', p),
    defaultHireRole: r.str(d, 'defaultHireRole', p),
    priceIndexationPct: r.num(d, 'priceIndexationPct', p),
    wageIndexationPct: r.num(d, 'wageIndexationPct', p),
    interestRatePct: r.num(d, 'interestRatePct', p, { min: 0 }),
    activationThresholdCents: r.num(d, 'activationThresholdCents', p, { integer: true, min: 0 }),
    defaultDepreciationYears: r.num(d, 'defaultDepreciationYears', p, { integer: true, min: 1 }),
    defaultElasticity: elasticity as Record<Driver, number>,
    retenderPct: r.num(d, 'retenderPct', p, { min: 0 }),
    migrationPct: r.num(d, 'migrationPct', p, { min: 0 }),
    scalingRange: null,
    depreciationYearsByAssetClass: {},
    externalFinancingPct: d.externalFinancingPct == null ? 100 : r.num(d, 'externalFinancingPct', p, { min: 0 }),
    interestOnOwnEquity: d.interestOnOwnEquity == null ? false : r.bool(d, 'interestOnOwnEquity', p, false),
    writeOffAtOnce: d.writeOffAtOnce == null ? false : r.bool(d, 'writeOffAtOnce', p, false),
  };
  if (assumptionDefaults.externalFinancingPct > 100) r.fail(`${p}.externalFinancingPct`, 'must be at most 100');
  if (d.depreciationYearsByAssetClass != null) {
    const q = `${p}.depreciationYearsByAssetClass`;
    const terms = r.numberRecord(d.depreciationYearsByAssetClass, q, { min: 1 });
    for (const [cls, years] of Object.entries(terms)) {
      if (!(ASSET_CLASSES as readonly string[]).includes(cls))
        r.fail(`${q}.${cls}`, `must be one of ${ASSET_CLASSES.join(', ')}`);
      else if (!Number.isInteger(years)) r.fail(`${q}.${cls}`, 'must be whole years');
      else assumptionDefaults.depreciationYearsByAssetClass[cls as AssetClass] = years;
    }
  }
  if (d.scalingRange != null) {
    const q = `${p}.scalingRange`;
    const range = r.obj(d.scalingRange, q);
    const minRatio = r.num(range, 'minRatio', q, { min: 0 });
    const maxRatio = r.num(range, 'maxRatio', q, { min: 0 });
    if (minRatio <= 0) r.fail(`${q}.minRatio`, 'must be above 0');
    if (maxRatio < minRatio) r.fail(`${q}.maxRatio`, 'must be at least minRatio');
    assumptionDefaults.scalingRange = { minRatio, maxRatio };
  }
  if (!salaryTables.some((t) => t.id === assumptionDefaults.salaryTableId))
    r.fail(`${p}.salaryTableId`, 'names no salary table in this file');
  if (!rateCards.some((c) => c.id === assumptionDefaults.rateCardId))
    r.fail(`${p}.rateCardId`, 'names no rate card in this file');

  const sourcesObj = root.assumptionSources === undefined ? {} : r.obj(root.assumptionSources, '$.assumptionSources');
  const assumptionSources: Record<string, AssumptionSource> = {};
  for (const [key, value] of Object.entries(sourcesObj)) {
    const q = `$.assumptionSources.${key}`;
    const o = r.obj(value, q);
    assumptionSources[key] = {
      source: r.str(o, 'source', q),
      sourceUrl: r.optStr(o, 'sourceUrl', q),
      date: r.optStr(o, 'date', q),
      note: r.optStr(o, 'note', q),
      estimate: r.bool(o, 'estimate', q, false),
    };
    if (o.parts !== undefined && o.parts !== null) {
      const parts = r.arr(o.parts, `${q}.parts`).map((value, i) => {
        const pq = `${q}.parts[${i}]`;
        const po = r.obj(value, pq);
        return {
          key: r.str(po, 'key', pq),
          label: r.str(po, 'label', pq),
          pct: r.num(po, 'pct', pq),
          source: r.str(po, 'source', pq),
          sourceUrl: r.optStr(po, 'sourceUrl', pq),
          date: r.optStr(po, 'date', pq),
          note: r.optStr(po, 'note', pq),
          estimate: r.bool(po, 'estimate', pq, false),
        };
      });
      // The parts explain the default, so they must add up to it (to the hundredth).
      const value = (assumptionDefaults as unknown as Record<string, unknown>)[key];
      const sum = parts.reduce((total, part) => total + part.pct, 0);
      if (typeof value !== 'number' || Math.abs(sum - value) > 0.005 + 1e-9)
        r.fail(`${q}.parts`, `must add up to the default (${String(value)}), not ${sum.toFixed(2)}`);
      assumptionSources[key]!.parts = parts;
    }
  }
  const staffRatios: StaffRatioEntry[] = (
    root.staffRatios === undefined ? [] : r.arr(root.staffRatios, '$.staffRatios')
  ).map((t, i) => {
    const q = `$.staffRatios[${i}]`;
    const o = r.obj(t, q);
    const maxInhabitants = r.optNum(o, 'maxInhabitants', q, { integer: true, min: 1 });
    return {
      id: r.str(o, 'id', q),
      label: r.str(o, 'label', q),
      minInhabitants: r.num(o, 'minInhabitants', q, { integer: true, min: 0 }),
      maxInhabitants,
      ftePer1000: r.num(o, 'ftePer1000', q, { min: 0 }),
      year: r.num(o, 'year', q, { integer: true }),
      source: r.str(o, 'source', q),
      sourceUrl: r.optStr(o, 'sourceUrl', q),
      estimate: r.bool(o, 'estimate', q, false),
      note: r.optStr(o, 'note', q),
    };
  });
  // The classes must tile 0…∞ without gaps or overlaps, so every municipality finds exactly one.
  const sorted = [...staffRatios].sort((a, b) => a.minInhabitants - b.minInhabitants);
  sorted.forEach((ratio, i) => {
    const q = `$.staffRatios[${staffRatios.indexOf(ratio)}]`;
    const expectedMin = i === 0 ? 0 : sorted[i - 1]!.maxInhabitants;
    if (ratio.minInhabitants !== expectedMin)
      r.fail(
        `${q}.minInhabitants`,
        `must be ${expectedMin ?? 'the previous class maximum'} so the size classes have no gap or overlap`,
      );
    if (ratio.maxInhabitants != null && ratio.maxInhabitants <= ratio.minInhabitants)
      r.fail(`${q}.maxInhabitants`, 'must be above minInhabitants');
    if (i === sorted.length - 1 && ratio.maxInhabitants != null)
      r.fail(`${q}.maxInhabitants`, 'must be null for the largest class');
  });
  const fundLimits: FundLimitEntry[] = (
    root.fundLimits === undefined ? [] : r.arr(root.fundLimits, '$.fundLimits')
  ).map((t, i) => {
    const q = `$.fundLimits[${i}]`;
    const o = r.obj(t, q);
    return {
      id: r.str(o, 'id', q),
      label: r.str(o, 'label', q),
      maxCents: r.num(o, 'maxCents', q, { integer: true, min: 0 }),
      validFrom: r.str(o, 'validFrom', q),
      source: r.str(o, 'source', q),
      sourceUrl: r.optStr(o, 'sourceUrl', q),
      note: r.optStr(o, 'note', q),
    };
  });
  return { salaryTables, rateCards, benchmarks, assumptionDefaults, assumptionSources, staffRatios, fundLimits };
}

/** Municipalities from gemeenten.csv (header `cbs_code,name,province,inhabitants,reference_date`). */
export interface MunicipalityEntry {
  cbsCode: string;
  name: string;
  province: string;
  inhabitants: number;
  referenceDate: string;
}

/** RFC 4180 fields: quoted fields may contain commas and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

export function parseMunicipalitiesCsv(text: string, file = 'gemeenten.csv'): MunicipalityEntry[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'cbs_code,name,province,inhabitants,reference_date')
    throw new SeedFileError(file, 'line 1', `has an unexpected header "${header}"`);
  return lines.map((line, i) => {
    const at = `line ${i + 2}`;
    const [cbsCode, name, province, inhabitants, referenceDate, ...rest] = splitCsvLine(line);
    if (rest.length > 0 || referenceDate === undefined) throw new SeedFileError(file, at, 'must have exactly 5 fields');
    if (!/^GM\d{4}$/.test(cbsCode ?? '')) throw new SeedFileError(file, at, `has an invalid CBS code "${cbsCode}"`);
    const count = Number(inhabitants);
    if (!Number.isInteger(count) || count <= 0)
      throw new SeedFileError(file, at, `has an invalid inhabitant count "${inhabitants}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))
      throw new SeedFileError(file, at, `has an invalid reference date "${referenceDate}"`);
    return {
      cbsCode: cbsCode as string,
      name: name as string,
      province: province as string,
      inhabitants: count,
      referenceDate,
    };
  });
}
