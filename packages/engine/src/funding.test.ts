import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculate } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { calculateFunding, fundingNature, type FundingInput, type IncidentalRule } from './funding.ts';
import { makeAssumptions, makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import type { CalculationInput } from './types.ts';

// 2026–2029. L1 structural € 10.000 a year, price-indexed 2 %: 10.000 / 10.200 / 10.404 / 10.612 (10.612,08).
// L2 incidental € 9.000 over 3 years: 3.000 each in 2026–2028. Both in dev-1 (bedrijfsvoering).
// dev-2 (dienstverlening) has L3: structural € 1.000 a year, not indexed.
function budget(overrides: Partial<CalculationInput> = {}): CalculationInput {
  return makeInput({
    assumptions: makeAssumptions({ priceIndexationPct: 2 }),
    developments: [makeDevelopment(), makeDevelopment({ id: 'dev-2', domainKey: 'dienstverlening' })],
    lines: [
      makeLine({ id: 'L1', kind: 'structural', amountCents: 1_000_000 }),
      makeLine({ id: 'L2', kind: 'incidental', amountCents: 900_000, durationYears: 3 }),
      makeLine({ id: 'L3', developmentId: 'dev-2', kind: 'structural', amountCents: 100_000, indexation: 'none' }),
    ],
    ...overrides,
  });
}

function fund(overrides: Partial<FundingInput>): FundingInput {
  return { id: 'f1', sourceType: 'general-funds', status: 'granted', startYear: 2026, endYear: null, ...overrides };
}

function run(funding: FundingInput[], input = budget(), rule?: IncidentalRule) {
  return calculateFunding(input, calculate(input), funding, rule);
}

describe('gross, funded, net', () => {
  test('a percentage of a line funds that share of its gross each year, rounded once per line-year', () => {
    const r = run([fund({ lineId: 'L1', percentage: 33 })]);
    expect(r.lines.L1).toEqual({
      gross: { 2026: 1_000_000, 2027: 1_020_000, 2028: 1_040_400, 2029: 1_061_200 },
      // 33 % of 10.404 = 3.433,32 → 3.433; of 10.612 = 3.501,96 → 3.502
      funded: { 2026: 330_000, 2027: 336_600, 2028: 343_300, 2029: 350_200 },
      net: { 2026: 670_000, 2027: 683_400, 2028: 697_100, 2029: 711_000 },
    });
    expect(r.lines.L2?.funded).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
  });

  test('an exact half euro rounds away from zero', () => {
    const input = budget({
      lines: [makeLine({ id: 'L1', kind: 'structural', amountCents: 1_000_100, indexation: 'none' })],
    });
    expect(run([fund({ lineId: 'L1', percentage: 50 })], input).lines.L1?.funded[2026]).toBe(500_100); // 5.000,50 → 5.001
  });

  test('a development funding adds to its lines’ funding; domains and the total sum developments', () => {
    const r = run([
      fund({ id: 'a', lineId: 'L1', amountCents: 200_000, endYear: 2027 }),
      fund({ id: 'b', developmentId: 'dev-1', percentage: 10 }),
      fund({ id: 'c', developmentId: 'dev-2', amountCents: 100_000 }),
    ]);
    // dev-1 gross: 13.000 / 13.200 / 13.404 / 10.612; 10 % → 1.300 / 1.320 / 1.340 (1.340,4) / 1.061 (1.061,2)
    expect(r.fundings.map((f) => f.amounts)).toEqual([
      { 2026: 200_000, 2027: 200_000, 2028: 0, 2029: 0 },
      { 2026: 130_000, 2027: 132_000, 2028: 134_000, 2029: 106_100 },
      { 2026: 100_000, 2027: 100_000, 2028: 100_000, 2029: 100_000 },
    ]);
    expect(r.developments['dev-1']).toEqual({
      gross: { 2026: 1_300_000, 2027: 1_320_000, 2028: 1_340_400, 2029: 1_061_200 },
      funded: { 2026: 330_000, 2027: 332_000, 2028: 134_000, 2029: 106_100 },
      net: { 2026: 970_000, 2027: 988_000, 2028: 1_206_400, 2029: 955_100 },
    });
    expect(r.domains.bedrijfsvoering).toEqual(r.developments['dev-1']);
    expect(r.domains.dienstverlening?.net).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
    expect(r.total.gross).toEqual({ 2026: 1_400_000, 2027: 1_420_000, 2028: 1_440_400, 2029: 1_161_200 });
    expect(r.total.funded).toEqual({ 2026: 430_000, 2027: 432_000, 2028: 234_000, 2029: 206_100 });
  });

  test('funding before its start year or after its end year counts nothing; past the horizon is dropped', () => {
    const r = run([fund({ lineId: 'L3', amountCents: 50_000, startYear: 2027, endYear: 2031 })]);
    expect(r.lines.L3?.funded).toEqual({ 2026: 0, 2027: 50_000, 2028: 50_000, 2029: 50_000 });
  });

  test('funding of a development that is switched off counts € 0', () => {
    const input = budget({
      developments: [
        makeDevelopment({ enabled: false }),
        makeDevelopment({ id: 'dev-2', domainKey: 'dienstverlening' }),
      ],
    });
    const r = run(
      [fund({ lineId: 'L1', amountCents: 100_000 }), fund({ id: 'f2', developmentId: 'dev-1', amountCents: 100_000 })],
      input,
    );
    expect(r.total.funded).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
    expect(r.warnings).toEqual([]);
  });

  test('investment capex is not gross cost; its kapitaallasten are', () => {
    const input = budget({
      lines: [makeLine({ id: 'I', kind: 'investment', amountCents: 5_000_000, depreciationYears: 5 })],
    });
    const r = run([fund({ lineId: 'I', percentage: 100, sourceType: 'earmarked-reserve' })], input);
    // depreciation 10.000 + interest 1 % on 50.000 / 40.000 / 30.000 from 2027
    expect(r.lines.I?.gross).toEqual({ 2026: 0, 2027: 1_050_000, 2028: 1_040_000, 2029: 1_030_000 });
    expect(r.lines.I?.net).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
  });
});

describe('nature of a funding', () => {
  test('reserves and subsidies are incidental; other sources are incidental only when they run at most maxYears', () => {
    expect(fundingNature({ sourceType: 'subsidy', startYear: 2026, endYear: null })).toBe('incidental');
    expect(fundingNature({ sourceType: 'general-reserve', startYear: 2026, endYear: null })).toBe('incidental');
    expect(fundingNature({ sourceType: 'earmarked-reserve', startYear: 2026, endYear: 2040 })).toBe('incidental');
    expect(fundingNature({ sourceType: 'decentralisation-grant', startYear: 2026, endYear: 2028 })).toBe('incidental');
    expect(fundingNature({ sourceType: 'decentralisation-grant', startYear: 2026, endYear: 2029 })).toBe('structural');
    expect(
      fundingNature({ sourceType: 'decentralisation-grant', startYear: 2026, endYear: 2029 }, { maxYears: 4 }),
    ).toBe('incidental');
    expect(fundingNature({ sourceType: 'general-funds', startYear: 2026, endYear: null })).toBe('structural');
  });
});

describe('warnings', () => {
  test('structural cost covered by incidental funding: what incidental funding has left after incidental cost', () => {
    // dev-1 incidental 3.000 in 2026–2028; subsidy 4.000 a year 2026–2027 leaves 1.000 for structural cost.
    const r = run([fund({ developmentId: 'dev-1', sourceType: 'subsidy', amountCents: 400_000, endYear: 2027 })]);
    const w = r.warnings.find((x) => x.kind === 'structural-by-incidental');
    expect(w).toEqual({
      kind: 'structural-by-incidental',
      target: { kind: 'development', id: 'dev-1' },
      fundingId: null,
      amounts: { 2026: 100_000, 2027: 100_000, 2028: 0, 2029: 0 },
      totalCents: 200_000,
    });
  });

  test('structural funding first covers structural cost: no warning when it suffices', () => {
    const r = run([
      fund({ id: 's', lineId: 'L3', amountCents: 100_000 }),
      fund({ id: 'i', lineId: 'L3', sourceType: 'subsidy', amountCents: 0 }),
    ]);
    expect(r.warnings.filter((w) => w.kind === 'structural-by-incidental')).toEqual([]);
  });

  test('funding that ends before the cost does: the structural gap per year after the end', () => {
    const r = run([
      fund({ lineId: 'L1', sourceType: 'specific-grant', amountCents: 500_000, startYear: 2026, endYear: 2027 }),
    ]);
    expect(r.warnings.find((w) => w.kind === 'funding-ends')).toEqual({
      kind: 'funding-ends',
      target: { kind: 'line', id: 'L1' },
      fundingId: 'f1',
      amounts: { 2026: 0, 2027: 0, 2028: 500_000, 2029: 500_000 },
      totalCents: 1_000_000,
      endYear: 2027,
    });
    // A percentage would have funded its share of each later year.
    const pct = run([fund({ lineId: 'L1', percentage: 50, endYear: 2028 })]);
    expect(pct.warnings.find((w) => w.kind === 'funding-ends')?.amounts).toEqual({
      2026: 0,
      2027: 0,
      2028: 0,
      2029: 530_600,
    });
  });

  test('funding that ends together with an incidental cost gives no gap', () => {
    const r = run([fund({ lineId: 'L2', sourceType: 'subsidy', amountCents: 300_000, endYear: 2028 })]);
    expect(r.warnings).toEqual([]);
  });

  test('a subsidy above its known maximum names the excess over the whole funding', () => {
    const r = run([
      fund({ lineId: 'L1', sourceType: 'subsidy', amountCents: 1_500_000, endYear: 2027, maxTotalCents: 2_500_000 }),
    ]);
    const w = r.warnings.find((x) => x.kind === 'above-maximum');
    expect(w).toMatchObject({
      fundingId: 'f1',
      limitCents: 2_500_000,
      totalCents: 500_000,
      amounts: { 2026: 1_500_000, 2027: 1_500_000, 2028: 0, 2029: 0 },
    });
    expect(
      run([
        fund({ lineId: 'L1', sourceType: 'subsidy', amountCents: 1_250_000, endYear: 2027, maxTotalCents: 2_500_000 }),
      ]).warnings.some((x) => x.kind === 'above-maximum'),
    ).toBe(false);
  });

  test('funding above the cost, per year', () => {
    const r = run([fund({ lineId: 'L1', amountCents: 1_020_000 })]);
    expect(r.warnings).toEqual([
      {
        kind: 'above-cost',
        target: { kind: 'line', id: 'L1' },
        fundingId: null,
        amounts: { 2026: 20_000, 2027: 0, 2028: 0, 2029: 0 },
        totalCents: 20_000,
      },
    ]);
    expect(r.lines.L1?.net[2026]).toBe(-20_000);
  });
});

describe('BBV: incidental overview and structural balance', () => {
  const input = budget({
    lines: [
      makeLine({ id: 'L1', kind: 'structural', amountCents: 1_000_000, indexation: 'none' }),
      makeLine({ id: 'L2', kind: 'incidental', amountCents: 900_000, durationYears: 3 }),
      makeLine({ id: 'L4', kind: 'incidental', amountCents: 800_000, durationYears: 4 }),
      makeLine({ id: 'L5', kind: 'incidental', amountCents: 40_000 }),
    ],
  });

  test('incidental lines up to maxYears are listed, longer ones reclassified, small ones summed below the threshold', () => {
    const r = run(
      [fund({ id: 'sub', lineId: 'L2', sourceType: 'subsidy', amountCents: 100_000, endYear: 2027 })],
      input,
      { maxYears: 3, thresholdCents: 100_000 },
    );
    expect(r.incidental.lasten.map((i) => [i.id, i.total])).toEqual([['L2', 900_000]]);
    expect(r.incidental.otherLasten).toEqual({ 2026: 40_000, 2027: 0, 2028: 0, 2029: 0 });
    expect(r.incidental.totalLasten).toEqual({ 2026: 340_000, 2027: 300_000, 2028: 300_000, 2029: 0 });
    expect(r.incidental.reclassified).toEqual([
      {
        id: 'L4',
        developmentId: 'dev-1',
        domainKey: 'bedrijfsvoering',
        amounts: { 2026: 200_000, 2027: 200_000, 2028: 200_000, 2029: 200_000 },
        total: 800_000,
      },
    ]);
    expect(r.incidental.baten.map((b) => [b.id, b.total])).toEqual([['sub', 200_000]]);
    expect(r.incidental.totalBaten).toEqual({ 2026: 100_000, 2027: 100_000, 2028: 0, 2029: 0 });
  });

  test('without a threshold everything is listed; with maxYears 4 the 4-year line is incidental', () => {
    const r = run([], input, { maxYears: 4 });
    expect(r.incidental.lasten.map((i) => i.id)).toEqual(['L2', 'L4', 'L5']);
    expect(r.incidental.reclassified).toEqual([]);
  });

  test('structural balance: structural funding against structural cost and reclassified incidental lines', () => {
    const r = run([fund({ id: 'am', developmentId: 'dev-1', amountCents: 1_100_000 })], input);
    expect(r.structuralBalance).toEqual({
      // L1 10.000 + L4 (4 years, so structural for the BBV) 2.000
      cost: { 2026: 1_200_000, 2027: 1_200_000, 2028: 1_200_000, 2029: 1_200_000 },
      funding: { 2026: 1_100_000, 2027: 1_100_000, 2028: 1_100_000, 2029: 1_100_000 },
      balance: { 2026: -100_000, 2027: -100_000, 2028: -100_000, 2029: -100_000 },
    });
  });
});

describe('bad input names the field', () => {
  const cases: [Partial<FundingInput>, string][] = [
    [{ lineId: 'L1', percentage: 101 }, 'funding[0].percentage'],
    [{ lineId: 'L1', percentage: 0 }, 'funding[0].percentage'],
    [{ lineId: 'L1', percentage: 10, amountCents: 100 }, 'funding[0].amountCents'],
    [{ lineId: 'L1' }, 'funding[0].amountCents'],
    [{ lineId: 'L1', amountCents: -100 }, 'funding[0].amountCents'],
    [{ lineId: 'nope', amountCents: 100 }, 'funding[0].lineId'],
    [{ developmentId: 'nope', amountCents: 100 }, 'funding[0].developmentId'],
    [{ lineId: 'L1', developmentId: 'dev-1', amountCents: 100 }, 'funding[0].lineId'],
    [{ lineId: 'L1', amountCents: 100, startYear: 2025 }, 'funding[0].startYear'],
    [{ lineId: 'L1', amountCents: 100, startYear: 2030 }, 'funding[0].startYear'],
    [{ lineId: 'L1', amountCents: 100, startYear: 2027, endYear: 2026 }, 'funding[0].endYear'],
    [{ lineId: 'L1', amountCents: 100, sourceType: 'lottery' as never }, 'funding[0].sourceType'],
  ];
  test.each(cases)('%o → %s', (overrides, field) => {
    let error: unknown;
    try {
      run([fund(overrides)]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineInputError);
    expect((error as EngineInputError).field).toBe(field);
  });
});

describe('properties', () => {
  test('funded + net = gross everywhere; domains and fundings add up to the total', () => {
    const fundingArb = fc.record({
      target: fc.constantFrom('L1', 'L2', 'L3', 'dev-1', 'dev-2'),
      byPct: fc.boolean(),
      pct: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100),
      amount: fc.integer({ min: 0, max: 5_000_000 }),
      start: fc.integer({ min: 2026, max: 2029 }),
      span: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      sourceType: fc.constantFrom('general-funds', 'subsidy', 'decentralisation-grant', 'general-reserve' as const),
    });
    fc.assert(
      fc.property(fc.array(fundingArb, { maxLength: 6 }), (specs) => {
        const funding = specs.map((s, i) =>
          fund({
            id: `f${i}`,
            sourceType: s.sourceType,
            lineId: s.target.startsWith('L') ? s.target : null,
            developmentId: s.target.startsWith('dev') ? s.target : null,
            percentage: s.byPct ? s.pct : null,
            amountCents: s.byPct ? null : s.amount,
            startYear: s.start,
            endYear: s.span === null ? null : s.start + s.span,
          }),
        );
        const r = run(funding);
        for (const part of [
          ...Object.values(r.lines),
          ...Object.values(r.developments),
          ...Object.values(r.domains),
          r.total,
        ]) {
          for (const y of r.years) {
            expect((part.funded[y] ?? 0) + (part.net[y] ?? 0)).toBe(part.gross[y]);
            expect((part.funded[y] ?? 0) % 100).toBe(0);
          }
        }
        for (const y of r.years) {
          const domainSum = Object.values(r.domains).reduce((acc, d) => acc + (d.funded[y] ?? 0), 0);
          const fundingSum = r.fundings.reduce((acc, f) => acc + (f.amounts[y] ?? 0), 0);
          expect(domainSum).toBe(r.total.funded[y]);
          expect(fundingSum).toBe(r.total.funded[y]);
          expect(r.structuralBalance.funding[y]! + r.incidental.totalBaten[y]!).toBe(r.total.funded[y]);
        }
      }),
    );
  });
});
