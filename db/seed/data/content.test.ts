// Content checks for the two seed files this folder ships: catalog-lines.json and
// reference-data.json. The db loader validates shapes; these tests guard the content itself
// (coverage of the catalog, the fields each cost basis needs, sources, no personal data) and
// compute the Modelgemeente budget with the engine to pin the published amounts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calculate,
  COST_BASES,
  COST_POOLS,
  DRIVERS,
  HIRE_HOURS_PERIODS,
  INDEXATIONS,
  LINE_KINDS,
  PROVENANCES,
  UNIT_PRICE_PERIODS,
  type Assumptions,
  type CalculationInput,
  type CostBasis,
  type Driver,
  type LineInput,
  type Profile,
} from '@app/engine';

const here = (name: string) => new URL(`./${name}`, import.meta.url);
const rawLines = readFileSync(here('catalog-lines.json'), 'utf8');
const rawReference = readFileSync(here('reference-data.json'), 'utf8');

interface SeedLine extends Omit<LineInput, 'id' | 'developmentId'> {
  key: string;
  developmentKey: string;
  basis: string | null;
  notes: string | null;
  sourceUrl: string | null;
  taakveld: string | null;
  [field: string]: unknown;
}
interface Sourced {
  id: string;
  label: string;
  validFrom: string;
  source: string;
  sourceUrl: string | null;
  estimate: boolean;
  note: string | null;
}
interface ReferenceData {
  salaryTables: (Sourced & { scales: Record<string, number[]> })[];
  rateCards: (Sourced & { rates: Record<string, number> })[];
  benchmarks: {
    id: string;
    label: string;
    year: number;
    valueCents: number;
    unit: string;
    source: string;
    sourceUrl: string | null;
    note: string | null;
    sample: string | null;
    minInhabitants: number | null;
    maxInhabitants: number | null;
  }[];
  assumptionDefaults: Omit<Assumptions, 'salaryTable' | 'rateCard'> & { salaryTableId: string; rateCardId: string };
  assumptionSources: Record<
    string,
    { source: string; sourceUrl: string | null; date: string | null; note: string | null; estimate: boolean }
  >;
}
interface CatalogFile {
  model: Profile;
  domains: { key: string; developments: { key: string; budgetLines?: unknown[] }[] }[];
}

const seed = JSON.parse(rawLines) as { source: string; referenceDate: string; lines: SeedLine[] };
const reference = JSON.parse(rawReference) as ReferenceData;
// The verbatim catalog copy the db loader reads; the lines must hang off its developments.
const catalog = JSON.parse(readFileSync(here('modelgemeente-catalog.json'), 'utf8')) as CatalogFile;
const MODEL: Profile = {
  inhabitants: catalog.model.inhabitants,
  employees: catalog.model.employees,
  departments: catalog.model.departments,
};
const catalogDevelopments = catalog.domains.flatMap((d) => d.developments.map((v) => ({ ...v, domainKey: d.key })));
const lines = seed.lines;

/** Quantity fields per cost basis; every other quantity field must be null. */
const QUANTITY_FIELDS = [
  'amountCents',
  'hoursPerWeek',
  'salaryScale',
  'hours',
  'hoursPeriod',
  'hireRole',
  'hourlyRateCents',
  'units',
  'unitPriceCents',
  'unitPricePeriod',
] as const;
const REQUIRED: Record<CostBasis, readonly (typeof QUANTITY_FIELDS)[number][]> = {
  amount: ['amountCents'],
  staff: ['hoursPerWeek', 'salaryScale'],
  hire: ['hours', 'hoursPeriod', 'hireRole'],
  licence: ['units', 'unitPriceCents', 'unitPricePeriod'],
};

describe('catalog-lines.json', () => {
  it('hangs every line off a development of the catalog, and gives every development a line', () => {
    const known = new Set(catalogDevelopments.map((d) => d.key));
    expect(known.size).toBe(40);
    expect(lines.filter((l) => !known.has(l.developmentKey)).map((l) => l.key)).toEqual([]);
    const covered = new Set(lines.map((l) => l.developmentKey));
    expect([...known].filter((k) => !covered.has(k))).toEqual([]);
  });

  it('uses unique keys of the form <developmentKey>/<slug>', () => {
    const keys = lines.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const l of lines) expect(l.key).toMatch(new RegExp(`^${l.developmentKey}/[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('uses only the engine enum values', () => {
    for (const l of lines) {
      expect(PROVENANCES).toContain(l.provenance);
      expect(LINE_KINDS).toContain(l.kind);
      expect(COST_BASES).toContain(l.costBasis);
      expect(COST_POOLS).toContain(l.costPool);
      expect(DRIVERS).toContain(l.driver);
      if (l.hoursPeriod != null) expect(HIRE_HOURS_PERIODS).toContain(l.hoursPeriod);
      if (l.unitPricePeriod != null) expect(UNIT_PRICE_PERIODS).toContain(l.unitPricePeriod);
      if (l.indexation != null) expect(INDEXATIONS).toContain(l.indexation);
      expect(['published', 'published-incomplete', 'secondhand', 'example']).toContain(l.provenance);
    }
  });

  it('fills exactly the quantity fields of each cost basis (incomplete published lines: none)', () => {
    for (const l of lines) {
      const required: readonly string[] = l.provenance === 'published-incomplete' ? [] : REQUIRED[l.costBasis];
      const filled = QUANTITY_FIELDS.filter((f) => l[f] != null);
      expect({ key: l.key, filled }).toEqual({ key: l.key, filled: [...required] });
    }
  });

  it('keeps kind-specific fields on the kinds they belong to', () => {
    for (const l of lines) {
      const ctx = { key: l.key };
      expect({ ...ctx, dep: l.depreciationYears != null }).toEqual({ ...ctx, dep: l.kind === 'investment' });
      if (l.kind === 'investment') expect({ ...ctx, basis: l.costBasis }).toEqual({ ...ctx, basis: 'amount' });
      if (l.contractYears != null) expect({ ...ctx, kind: l.kind }).toEqual({ ...ctx, kind: 'structural' });
      if (l.retenderCents != null || l.migrationCents != null)
        expect({ ...ctx, contract: l.contractYears != null }).toEqual({ ...ctx, contract: true });
      if (l.kind !== 'incidental') expect({ ...ctx, duration: l.durationYears }).toEqual({ ...ctx, duration: 1 });
      expect(Number.isInteger(l.yearOffset) && l.yearOffset >= 0).toBe(true);
      if (l.driver === 'fixed') expect({ ...ctx, e: l.elasticity }).toEqual({ ...ctx, e: null });
      if (l.elasticity != null) expect(l.elasticity > 0 && l.elasticity <= 1).toBe(true);
      for (const f of [
        'amountCents',
        'unitPriceCents',
        'hourlyRateCents',
        'retenderCents',
        'migrationCents',
      ] as const) {
        if (l[f] != null) expect({ ...ctx, f, integer: Number.isInteger(l[f]) }).toEqual({ ...ctx, f, integer: true });
      }
    }
  });

  it('writes out the basis of every example line and carries the source of every catalog line', () => {
    for (const l of lines) {
      expect(l.description.trim()).not.toBe('');
      if (l.provenance === 'example') {
        expect({ key: l.key, basis: l.basis?.startsWith('aanname: ') }).toEqual({ key: l.key, basis: true });
        expect({ key: l.key, sourceUrl: l.sourceUrl }).toEqual({ key: l.key, sourceUrl: null });
      } else {
        expect({ key: l.key, sourceUrl: l.sourceUrl?.startsWith('https://mxi.nl/') }).toEqual({
          key: l.key,
          sourceUrl: true,
        });
        expect(l.notes).toBeTruthy();
      }
    }
  });

  it('maps the catalog lines faithfully: every published description verbatim, nothing invented', () => {
    const published = catalogDevelopments.flatMap((d) =>
      (d.budgetLines ?? []).map((b) => `${d.key}|${(b as { description: string }).description}`),
    );
    const ours = lines.filter((l) => l.provenance !== 'example').map((l) => `${l.developmentKey}|${l.description}`);
    expect(ours.sort()).toEqual(published.sort());
    const byDescription = (d: string) => lines.find((l) => l.description === d);
    expect(byDescription('Dashboard ontwikkelen energietranistie')).toMatchObject({
      provenance: 'published',
      kind: 'incidental',
      amountCents: 500_000,
    });
    expect(byDescription('Opleiding in VNG methodiek klantreizen')).toMatchObject({
      provenance: 'published',
      kind: 'incidental',
      amountCents: 300_000,
    });
    expect(byDescription('Coördinator klantreizen 16 uur per week schaal 10')).toMatchObject({
      provenance: 'published',
      kind: 'structural',
      costBasis: 'staff',
      hoursPerWeek: 16,
      salaryScale: '10',
    });
    expect(byDescription('Projectleiders en -medewerkers klantreis …')).toMatchObject({
      provenance: 'published-incomplete',
    });
    expect(byDescription('Opstellen …')).toMatchObject({
      provenance: 'published-incomplete',
      developmentKey: 'cyberdomein',
    });
    expect(byDescription('software voor architectuur, €25.000/jr')).toMatchObject({
      provenance: 'secondhand',
      kind: 'structural',
      amountCents: 2_500_000,
    });
    expect(byDescription('2 fte architecten')).toMatchObject({
      provenance: 'secondhand',
      costBasis: 'staff',
      hoursPerWeek: 72,
    });
  });

  it('exercises every engine rule with real seed data', () => {
    const examples = lines.filter((l) => l.provenance === 'example');
    for (const basis of COST_BASES) expect(examples.some((l) => l.costBasis === basis)).toBe(true);
    for (const driver of DRIVERS) expect(examples.some((l) => l.driver === driver)).toBe(true);
    for (const period of HIRE_HOURS_PERIODS) expect(examples.some((l) => l.hoursPeriod === period)).toBe(true);
    for (const period of UNIT_PRICE_PERIODS) expect(examples.some((l) => l.unitPricePeriod === period)).toBe(true);
    const threshold = reference.assumptionDefaults.activationThresholdCents;
    const investments = examples.filter((l) => l.kind === 'investment');
    expect(investments.some((l) => (l.amountCents as number) >= threshold)).toBe(true);
    expect(investments.some((l) => (l.amountCents as number) < threshold)).toBe(true);
    expect(investments.some((l) => l.depreciationYears === 3)).toBe(true);
    expect(investments.some((l) => l.depreciationYears === 5)).toBe(true);
    expect(examples.some((l) => l.contractYears != null && l.yearOffset + l.contractYears <= 4)).toBe(true);
    expect(examples.some((l) => l.retenderCents != null && l.migrationCents != null)).toBe(true);
    expect(examples.some((l) => l.kind === 'incidental' && l.durationYears === 2)).toBe(true);
    expect(examples.some((l) => l.yearOffset === 1)).toBe(true);
    expect(examples.some((l) => l.yearOffset === 2)).toBe(true);
    expect(examples.some((l) => l.elasticity == null && l.driver !== 'fixed')).toBe(true);
    expect(examples.some((l) => l.elasticity != null && l.elasticity < 1)).toBe(true);
    for (const scale of ['10A', '11A']) expect(examples.some((l) => l.salaryScale === scale)).toBe(true);
  });
});

describe('reference-data.json', () => {
  const CAO_2020_MAXIMA_EUR: Record<string, number> = {
    '8': 3556,
    '9': 4008,
    '10': 4450,
    '10A': 4783,
    '11': 5118,
    '11A': 5464,
    '12': 5814,
    '13': 6302,
    '14': 6924,
  };

  // Published maxima (periodiek 11) per 1 October 2019 (CAR-UWO bijlage IIa, stored copy of
  // caruwo.vng.nl), used only to check the derivation method against two published steps.
  const CAO_2019_10_MAXIMA_EUR: Record<string, number> = {
    '8': 3485,
    '9': 3929,
    '10': 4362,
    '10A': 4689,
    '11': 5017,
    '11A': 5357,
    '12': 5699,
    '13': 6178,
    '14': 6788,
  };
  // The agreed raises after 1 July 2020, each with its source in the derived tables' notes.
  const RAISES: { from: string; pct?: number; eur?: number }[] = [
    { from: '2020-10-01', pct: 1 },
    { from: '2021-12-01', pct: 1.5 },
    { from: '2022-04-01', pct: 2.4 },
    { from: '2023-01-02', eur: 240 },
    { from: '2023-01-02', pct: 2 },
    { from: '2024-01-01', pct: 4.75 },
    { from: '2024-10-01', pct: 1.25 },
    { from: '2025-04-01', pct: 2 },
    { from: '2025-09-01', pct: 1.85 },
    { from: '2026-01-01', eur: 35 },
    { from: '2026-07-01', pct: 1.25 },
    { from: '2027-01-01', pct: 1.6 },
  ];
  /** Apply the raises up to a date to whole-euro maxima, rounding to whole euros after each step (half up). */
  const raise = (start: Record<string, number>, raises: typeof RAISES): Record<string, number> =>
    Object.fromEntries(
      Object.entries(start).map(([scale, eur]) => [
        scale,
        raises.reduce(
          (amount, r) =>
            r.eur !== undefined ? amount + r.eur : Math.round((amount * (100 + (r.pct as number))) / 100 + 1e-9),
          eur,
        ),
      ]),
    );
  const DERIVED = ['2025-04-01', '2025-09-01', '2026-01-01', '2026-07-01', '2027-01-01'];

  it('ships the Cao Gemeenten maxima of 1 July 2020 as published', () => {
    const table2020 = reference.salaryTables.find((t) => t.id === 'cao-gemeenten-2020-07');
    expect(table2020).toMatchObject({ validFrom: '2020-07-01', estimate: false });
    expect(table2020?.sourceUrl).toMatch(/^https:\/\/caruwo\.vng\.nl\//);
    expect(table2020?.scales).toEqual(
      Object.fromEntries(Object.entries(CAO_2020_MAXIMA_EUR).map(([s, eur]) => [s, [eur * 100]])),
    );
  });

  it('derives the 2025–2027 tables from the 2020 maxima and the agreed raises, labelled as derived, and defaults to 1 January 2027', () => {
    // The method (raise, round to whole euros per step) reproduces the published 1 Oct 2019 → 1 Jul 2020 steps to within € 1.
    const check = raise(CAO_2019_10_MAXIMA_EUR, [
      { from: '2020-01-01', pct: 1 },
      { from: '2020-07-01', pct: 1 },
    ]);
    for (const [scale, eur] of Object.entries(CAO_2020_MAXIMA_EUR))
      expect(Math.abs((check[scale] as number) - eur)).toBeLessThanOrEqual(1);
    for (const validFrom of DERIVED) {
      const table = reference.salaryTables.find(
        (t) => t.validFrom === validFrom && t.id !== 'cao-gemeenten-2026-schatting',
      );
      expect({ validFrom, found: table !== undefined }).toEqual({ validFrom, found: true });
      expect(table).toMatchObject({
        estimate: true,
        label: expect.stringMatching(/afgeleid/),
        note: expect.stringMatching(/^Afgeleid, geen overgenomen officiële tabel/),
      });
      const expected = raise(
        CAO_2020_MAXIMA_EUR,
        RAISES.filter((r) => r.from <= validFrom),
      );
      expect(table?.scales).toEqual(Object.fromEntries(Object.entries(expected).map(([s, eur]) => [s, [eur * 100]])));
      // Every step up to the table's date is named in its note.
      for (const r of RAISES.filter((x) => x.from <= validFrom)) {
        const [y, m, d] = r.from.split('-').map(Number) as [number, number, number];
        const month = [
          'januari',
          'februari',
          'maart',
          'april',
          'mei',
          'juni',
          'juli',
          'augustus',
          'september',
          'oktober',
          'november',
          'december',
        ][m - 1];
        expect(table?.note).toContain(`${d} ${month} ${y}`);
      }
    }
    const defaultTable = reference.salaryTables.find((t) => t.id === reference.assumptionDefaults.salaryTableId);
    expect(defaultTable?.validFrom).toBe('2027-01-01');
    // Scale 10 on 1 January 2027 by hand: 4.450 → 4.495 → 4.562 → 4.671 → 4.911 → 5.009 → 5.247 → 5.313 → 5.419 → 5.519 → 5.554 → 5.623 → 5.713.
    expect(defaultTable?.scales['10']).toEqual([571_300]);
    // The old estimate stays for budgets built on it, marked as replaced.
    expect(reference.salaryTables.find((t) => t.id === 'cao-gemeenten-2026-schatting')?.note).toMatch(/^VERVANGEN/);
  });

  it('derives the employer-cost percentage from IKB, ABP pension and social charges, each with a source', () => {
    const source = reference.assumptionSources.employerCostPct as (typeof reference.assumptionSources)[string] & {
      parts: { key: string; pct: number; source: string; sourceUrl: string | null; date: string | null }[];
    };
    expect(source.parts.map((p) => p.key)).toEqual(['ikb', 'pension', 'social']);
    for (const p of source.parts) {
      expect(p.source.length).toBeGreaterThan(0);
      expect(p.sourceUrl).toMatch(/^https:\/\//);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const sum = source.parts.reduce((total, p) => total + p.pct, 0);
    expect(sum).toBeCloseTo(reference.assumptionDefaults.employerCostPct, 2);
    // Recompute each part for the reference employee (scale 11 maximum of the default table) from the published rates.
    const monthlyEur =
      (reference.salaryTables.find((t) => t.id === reference.assumptionDefaults.salaryTableId)?.scales[
        '11'
      ]?.[0] as number) / 100;
    const annual = 12 * monthlyEur;
    const ikbPct = 8 + 7.55 + 1.5; // vakantiegeld + eindejaarsuitkering + levensloop (Cao art. 4.2)
    const pensionable = annual * (1 + ikbPct / 100);
    const premium = 27.0 + 0.73; // ABP OP/NP + AOP
    const franchise = 13_350;
    const pension = 0.7 * (premium / 100) * (pensionable - franchise);
    const employeePension = 0.3 * (premium / 100) * (pensionable - franchise);
    const socialRate = 2.74 + 0.68 + 7.63 + 0.5 + 1.52 + 6.1; // AWf laag, Ufo, Aof hoog, kinderopvang, Whk, Zvw (2026)
    const social = (socialRate / 100) * Math.min(pensionable - employeePension, 79_409);
    const byKey = Object.fromEntries(source.parts.map((p) => [p.key, p.pct]));
    expect(byKey.ikb).toBe(ikbPct);
    expect(byKey.pension).toBeCloseTo((100 * pension) / annual, 2);
    expect(byKey.social).toBeCloseTo((100 * social) / annual, 2);
  });

  it('takes the indexation defaults from the CPB series (IMOC for prices, government wages for staff), dated', () => {
    const d = reference.assumptionDefaults;
    expect({ price: d.priceIndexationPct, wage: d.wageIndexationPct }).toEqual({ price: 2.1, wage: 3.5 });
    expect(reference.assumptionSources.priceIndexationPct?.source).toMatch(
      /CPB.*materiële overheidsconsumptie \(IMOC\)/,
    );
    expect(reference.assumptionSources.wageIndexationPct?.source).toMatch(/CPB/);
    expect(reference.assumptionSources.wageIndexationPct?.note).toMatch(
      /prijs overheidsconsumptie, beloning werknemers/,
    );
  });

  it('has every salary scale the lines use in every salary table, and every hire role on every rate card', () => {
    const scales = new Set(lines.map((l) => l.salaryScale).filter((s): s is string => s != null));
    const roles = new Set(lines.map((l) => l.hireRole).filter((r): r is string => r != null));
    for (const table of reference.salaryTables) {
      for (const scale of scales)
        expect({ table: table.id, scale, ok: scale in table.scales }).toEqual({ table: table.id, scale, ok: true });
      for (const steps of Object.values(table.scales))
        for (const cents of steps) expect(Number.isInteger(cents)).toBe(true);
    }
    for (const card of reference.rateCards) {
      for (const role of roles)
        expect({ card: card.id, role, ok: role in card.rates }).toEqual({ card: card.id, role, ok: true });
    }
  });

  it('keeps hire rates within the Rijk cap (shipped as a sourced record, € 225/h) and marks the rate card as an estimate', () => {
    const cap = reference.benchmarks.find((b) => b.unit === 'max-hourly-rate');
    expect(cap).toMatchObject({
      valueCents: 22_500,
      sourceUrl: expect.stringMatching(/^https:\/\/www\.rijksfinancien\.nl\//),
    });
    for (const card of reference.rateCards) {
      expect(card.estimate).toBe(true);
      expect(card.note).toMatch(/225/);
      for (const cents of Object.values(card.rates)) {
        expect(Number.isInteger(cents)).toBe(true);
        expect(cents).toBeGreaterThan(0);
        expect(cents).toBeLessThanOrEqual(cap!.valueCents);
      }
    }
  });

  it('ships the whole M&I/Partners series per inhabitant (docs/reference-data.md) with source, year and sample field', () => {
    const general = reference.benchmarks.filter(
      (b) => b.unit === 'per-inhabitant' && b.minInhabitants == null && b.maxInhabitants == null,
    );
    const perInhabitant = new Map(general.map((b) => [b.year, b.valueCents]));
    expect(general.length).toBe(perInhabitant.size); // one figure for all municipalities per year
    expect([2004, 2014, 2016, 2017, 2018, 2019, 2020, 2022, 2023].map((y) => perInhabitant.get(y))).toEqual([
      7100, 7200, 7900, 8200, 8400, 8600, 9300, 10600, 10900,
    ]);
    expect(reference.benchmarks.find((b) => b.id === 'mxi-ict-per-inwoner-2023')?.sample).toMatch(/43 gemeenten/);
    // Size classes: 2014 < 100.000 € 67 vs 100.000+ € 73; 2017 < 60.000 € 76; Berenschot 2015 per fte.
    const classed = (year: number, unit: string, inhabitants: number) =>
      reference.benchmarks
        .filter(
          (b) =>
            b.unit === unit &&
            b.year === year &&
            (b.minInhabitants != null || b.maxInhabitants != null) &&
            (b.minInhabitants ?? 0) <= inhabitants &&
            inhabitants < (b.maxInhabitants ?? Infinity),
        )
        .map((b) => b.valueCents);
    expect(classed(2014, 'per-inhabitant', 50_000)).toEqual([6700]);
    expect(classed(2014, 'per-inhabitant', 150_000)).toEqual([7300]);
    expect(classed(2017, 'per-inhabitant', 20_000)).toEqual([7600]);
    expect(classed(2015, 'per-employee', 600_000)).toEqual([1_055_000]);
    expect(classed(2015, 'per-employee', 150_000)).toEqual([768_400]);
    for (const b of reference.benchmarks) {
      expect('sample' in b, b.id).toBe(true);
      if (b.minInhabitants != null && b.maxInhabitants != null)
        expect(b.minInhabitants, b.id).toBeLessThan(b.maxInhabitants);
    }
    expect(new Set(reference.benchmarks.map((b) => b.id)).size).toBe(reference.benchmarks.length);
    for (const b of reference.benchmarks) {
      expect(['per-inhabitant', 'per-employee', 'max-hourly-rate']).toContain(b.unit);
      expect(b.sourceUrl).toMatch(/^https?:\/\//);
      // Cost benchmarks say what they measure (the model covers change, not the whole run cost).
      if (b.unit !== 'max-hourly-rate') expect(b.note).toMatch(/niet de volledige exploitatie/);
    }
  });

  it('documents a source for every assumption default, and the defaults point at shipped tables', () => {
    const d = reference.assumptionDefaults;
    expect(Object.keys(reference.assumptionSources).sort()).toEqual(Object.keys(d).sort());
    for (const [key, s] of Object.entries(reference.assumptionSources)) {
      expect({
        key,
        source: s.source.length > 0,
        date: /^\d{4}-\d{2}-\d{2}$/.test(s.date ?? ''),
        estimate: typeof s.estimate,
      }).toEqual({
        key,
        source: true,
        date: true,
        estimate: 'boolean',
      });
      if (s.estimate)
        expect({ key, note: s.note }).toEqual({
          key,
          note: expect.stringMatching(/aanname|schatting|SCHATTING|voorbeeld|Voorbeeld/i),
        });
    }
    expect(reference.salaryTables.map((t) => t.id)).toContain(d.salaryTableId);
    expect(reference.rateCards.map((c) => c.id)).toContain(d.rateCardId);
    expect(reference.rateCards.find((c) => c.id === d.rateCardId)?.rates).toHaveProperty(d.defaultHireRole);
    expect(d).toMatchObject({
      employerCostPct: 55.9,
      interestRatePct: 1.5,
      activationThresholdCents: 1_500_000,
      defaultDepreciationYears: 5,
    });
    expect(d.defaultElasticity).toEqual({ fixed: 0, inhabitants: 1, employees: 1, departments: 1 });
  });
});

describe('both files', () => {
  it('contain no e-mail addresses or phone numbers', () => {
    for (const raw of [rawLines, rawReference]) {
      expect(raw.match(/[\w.+-]+@[\w-]+\.[a-z]{2,}/gi)).toBeNull();
      // Dutch numbers: +31/0031 or a leading 0, area/mobile code, then 6–8 digits.
      expect(raw.match(/(?:\+31|\b0031|(?<![\d.,/])0)[\s-]?\d{1,3}[\s-]?\d{6,8}\b/g)).toBeNull();
    }
  });
});

describe('the Modelgemeente budget computed by the engine from the seed', () => {
  const FIRST_YEAR = 2027;
  const defaults = reference.assumptionDefaults;
  const { salaryTableId, rateCardId, ...rest } = defaults;
  const assumptions: Assumptions = {
    ...rest,
    salaryTable: reference.salaryTables.find((t) => t.id === salaryTableId) as Assumptions['salaryTable'],
    rateCard: reference.rateCards.find((c) => c.id === rateCardId) as Assumptions['rateCard'],
  };
  // Incomplete published lines have no quantity yet; they count as € 0 until a user completes
  // them, so they stay out of the engine input.
  const complete = lines.filter((l) => l.provenance !== 'published-incomplete');
  const toLineInput = ({
    key,
    developmentKey,
    basis: _b,
    notes: _n,
    sourceUrl: _s,
    taakveld: _t,
    ...fields
  }: SeedLine): LineInput => ({ ...fields, id: key, developmentId: developmentKey }) as LineInput;
  const input = (profile: Profile): CalculationInput => ({
    modelProfile: MODEL,
    profile,
    firstYear: FIRST_YEAR,
    horizonYears: 4,
    assumptions,
    developments: catalogDevelopments.map((d) => ({
      id: d.key,
      domainKey: d.domainKey,
      title: d.key,
      startYear: null,
      enabled: true,
    })),
    lines: complete.map(toLineInput),
  });
  const model = calculate(input(MODEL));
  const amountsOf = (key: string, component: string) =>
    model.rows.find((r) => r.lineId === key && r.component === component)?.amounts;
  const years = [2027, 2028, 2029, 2030];

  it('reproduces the published amounts exactly', () => {
    expect(amountsOf('energietransitie/dashboard-ontwikkelen', 'incidental')).toEqual({
      2027: 500_000,
      2028: 0,
      2029: 0,
      2030: 0,
    });
    expect(amountsOf('van-buiten-naar-binnen/opleiding-vng-methodiek-klantreizen', 'incidental')).toEqual({
      2027: 300_000,
      2028: 0,
      2029: 0,
      2030: 0,
    });
    expect(amountsOf('werken-onder-architectuur/software-voor-architectuur', 'structural')?.[2027]).toBe(2_500_000);
    // 16/36 FTE × € 5.713 (schaal 10 per 1 januari 2027, afgeleid) × 12 × 1,559 = € 47.501,69 → € 47.502.
    expect(amountsOf('van-buiten-naar-binnen/coordinator-klantreizen', 'structural')?.[2027]).toBe(4_750_200);
  });

  it('adds up to a plausible change budget for a 100,000-inhabitant municipality', () => {
    expect(model.years).toEqual(years);
    const t = model.totals;
    expect(t.structural[2027]).toBeGreaterThan(150_000_000);
    expect(t.structural[2027]).toBeLessThan(300_000_000);
    const incidental = years.reduce((sum, y) => sum + (t.incidental[y] as number), 0);
    expect(incidental).toBeGreaterThan(100_000_000);
    expect(incidental).toBeLessThan(250_000_000);
    // Kapitaallasten start the year after the first activated investments.
    expect(t.capital[2027]).toBe(0);
    expect(t.capital[2028]).toBeGreaterThan(0);
    for (const y of years)
      expect(t.total[y]).toBe((t.incidental[y] as number) + (t.structural[y] as number) + (t.capital[y] as number));
    // Contract ends inside the horizon produce re-tender and migration costs.
    expect(model.rows.some((r) => r.component === 'retender' && Object.values(r.amounts).some((c) => c > 0))).toBe(
      true,
    );
    expect(model.rows.some((r) => r.component === 'migration' && Object.values(r.amounts).some((c) => c > 0))).toBe(
      true,
    );
  });

  it('rescales: fixed lines stay, size-driven lines grow less than proportionally where e < 1', () => {
    const doubled = calculate(input({ inhabitants: 200_000, employees: 2_000, departments: 80 }));
    const at = (result: typeof model, key: string, component: string) =>
      result.rows.find((r) => r.lineId === key && r.component === component)?.amounts[2027] as number;
    expect(at(doubled, 'energietransitie/dashboard-ontwikkelen', 'incidental')).toBe(500_000);
    const coordinator = 'van-buiten-naar-binnen/coordinator-klantreizen';
    const ratio = at(doubled, coordinator, 'structural') / at(model, coordinator, 'structural');
    expect(ratio).toBeCloseTo(2 ** 0.7, 3);
  });

  it('counts the incomplete published lines as nothing, so leaving them out changes no total', () => {
    const incomplete = lines.filter((l) => l.provenance === 'published-incomplete');
    expect(incomplete.map((l) => l.key).sort()).toEqual([
      'cyberdomein/opstellen',
      'van-buiten-naar-binnen/projectleiders-en-medewerkers-klantreis',
    ]);
    for (const l of incomplete) for (const f of QUANTITY_FIELDS) expect(l[f]).toBeNull();
  });

  it('uses the engine drivers for every line', () => {
    const drivers = new Set<Driver>(complete.map((l) => l.driver));
    expect([...drivers].sort()).toEqual([...DRIVERS].sort());
  });
});

describe('reference-data.json staff ratios', () => {
  const ratios = (
    reference as unknown as {
      staffRatios: {
        id: string;
        minInhabitants: number;
        maxInhabitants: number | null;
        ftePer1000: number;
        year: number;
        source: string;
        sourceUrl: string | null;
        estimate: boolean;
        note: string | null;
      }[];
    }
  ).staffRatios;
  it('tile 0…∞ by size class, each with a plausible figure, a source, a year and a note', () => {
    const sorted = [...ratios].sort((a, b) => a.minInhabitants - b.minInhabitants);
    expect(sorted[0]?.minInhabitants).toBe(0);
    sorted.forEach((r, i) => {
      if (i > 0) expect(r.minInhabitants).toBe(sorted[i - 1]!.maxInhabitants);
      // Published BBV indicators run from about 5 to 20 fte per 1.000 inwoners.
      expect(r.ftePer1000).toBeGreaterThanOrEqual(4);
      expect(r.ftePer1000).toBeLessThanOrEqual(20);
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.year).toBeGreaterThanOrEqual(2000);
      expect(r.note).toBeTruthy();
      if (!r.estimate) expect(r.sourceUrl).toMatch(/^https?:\/\//);
    });
    expect(sorted.at(-1)?.maxInhabitants).toBeNull();
  });
});
