import { describe, expect, test } from 'vitest';
import { calculate } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { explainCell } from './explain.ts';
import { calculateFunding, type FundingInput } from './funding.ts';
import { makeAssumptions, makeInput, makeLine } from './testing/fixtures.ts';
import type { Assumptions, CalculationInput, Component, LineInput } from './types.ts';

// 2026–2029, omslagrente 1 %, activation threshold € 25.000, default term 5 years (fixtures).
// An investment of € 60.000 in 2026 depreciates from 2027: j = 1, 2, 3 fall in the horizon.
const investment = (overrides: Partial<LineInput> = {}) =>
  makeLine({ id: 'I', kind: 'investment', costPool: 'hardware', amountCents: 6_000_000, ...overrides });

function budget(lines: LineInput[], assumptions: Partial<Assumptions> = {}): CalculationInput {
  return makeInput({ assumptions: makeAssumptions(assumptions), lines });
}

function rows(input: CalculationInput, lineId = 'I') {
  const out: Partial<Record<Component, number[]>> = {};
  for (const row of calculate(input).rows)
    if (row.lineId === lineId) out[row.component] = [2026, 2027, 2028, 2029].map((y) => row.amounts[y] as number);
  return out;
}

describe('depreciation term per asset class', () => {
  const classes = { software: 5, hardware: 4, infrastructure: 10 };

  test('the organisation’s term for the line’s class applies when the line names none', () => {
    // € 60.000 / 4 = € 15.000; interest on 4/4, 3/4, 2/4 of € 60.000 at 1 %.
    expect(rows(budget([investment({ assetClass: 'hardware' })], { depreciationYearsByAssetClass: classes }))).toEqual({
      investment: [6_000_000, 0, 0, 0],
      depreciation: [0, 1_500_000, 1_500_000, 1_500_000],
      interest: [0, 60_000, 45_000, 30_000],
    });
  });

  test('a line’s own depreciationYears still wins over its class', () => {
    const input = budget([investment({ assetClass: 'hardware', depreciationYears: 3 })], {
      depreciationYearsByAssetClass: classes,
    });
    expect(rows(input).depreciation).toEqual([0, 2_000_000, 2_000_000, 2_000_000]);
    expect(rows(input).interest).toEqual([0, 60_000, 40_000, 20_000]);
    expect(explainCell(input, 'I', 'depreciation', 2027)?.inputs).toContainEqual({
      label: 'Afschrijvingstermijn',
      value: '3 jaar',
      source: 'Regel',
    });
  });

  test('a class without a term, or a line without a class, takes the default term', () => {
    const other = budget([investment({ assetClass: 'other' })], { depreciationYearsByAssetClass: classes });
    const none = budget([investment()], { depreciationYearsByAssetClass: classes });
    for (const input of [other, none]) {
      expect(rows(input).depreciation).toEqual([0, 1_200_000, 1_200_000, 1_200_000]);
      expect(rows(input).interest).toEqual([0, 60_000, 48_000, 36_000]);
    }
  });

  test('the trace names the class and the organisation setting', () => {
    const input = budget([investment({ assetClass: 'hardware' })], { depreciationYearsByAssetClass: classes });
    const trace = explainCell(input, 'I', 'depreciation', 2027);
    expect(trace?.inputs).toContainEqual({
      label: 'Afschrijvingstermijn',
      value: '4 jaar',
      source: 'Afschrijvingstermijn per activaklasse (instelling organisatie)',
    });
    expect(trace?.inputs).toContainEqual({ label: 'Activaklasse', value: 'hardware', source: 'Regel' });
  });

  test('bad terms and classes name the field', () => {
    const bad =
      (a: Partial<Assumptions>, line: Partial<LineInput> = {}) =>
      () =>
        calculate(budget([investment(line)], a));
    expect(bad({ depreciationYearsByAssetClass: { hardware: 0 } })).toThrow(
      expect.objectContaining({ field: 'assumptions.depreciationYearsByAssetClass.hardware' }),
    );
    expect(bad({ depreciationYearsByAssetClass: { saas: 3 } as never })).toThrow(
      expect.objectContaining({ field: 'assumptions.depreciationYearsByAssetClass.saas' }),
    );
    expect(bad({}, { assetClass: 'saas' as never })).toThrow(expect.objectContaining({ field: 'lines[0].assetClass' }));
    expect(bad({}, { assetClass: 'saas' as never })).toThrow(EngineInputError);
  });
});

describe('SaaS and licence rights are never activated (CBS Kredo)', () => {
  test('a licence-basis investment above the threshold is an incidental operating cost', () => {
    // 100 licences × € 500 a year = € 50.000, above the € 25.000 threshold, still not activated.
    const saas = investment({
      costBasis: 'licence',
      costPool: 'software',
      amountCents: null,
      units: 100,
      unitPriceCents: 50_000,
    });
    const input = budget([saas]);
    expect(rows(input)).toEqual({ incidental: [5_000_000, 0, 0, 0] });
    expect(calculate(input).lines[0]?.activated).toBe(false);
    expect(calculate(input).totals.capital[2027]).toBe(0);
    expect(explainCell(input, 'I', 'incidental', 2026)?.formula).toContain('nooit geactiveerd');
  });

  test('a structural SaaS contract stays structural cost, whatever the settings', () => {
    const contract = makeLine({
      id: 'S',
      kind: 'structural',
      costBasis: 'licence',
      costPool: 'software',
      amountCents: null,
      units: 10,
      unitPriceCents: 100_000,
      indexation: 'none',
      contractYears: 5,
    });
    const input = budget([contract], { writeOffAtOnce: true, depreciationYearsByAssetClass: { software: 3 } });
    expect(rows(input, 'S')).toEqual({
      structural: [1_000_000, 1_000_000, 1_000_000, 1_000_000],
      retender: [0, 0, 0, 0],
      migration: [0, 0, 0, 0],
    });
  });
});

describe('interest on own equity', () => {
  // € 33.333,33 over 3 years from 2026 at 1 %: book values 33.333,33 / 22.222,22 / 11.111,11.
  const odd = investment({ amountCents: 3_333_333, depreciationYears: 3 });

  test('default: the whole book value bears interest, as budgets were always computed', () => {
    const before = rows(budget([odd]));
    expect(before.interest).toEqual([0, 33_300, 22_200, 11_100]);
    expect(rows(budget([odd], { externalFinancingPct: 100, interestOnOwnEquity: false }))).toEqual(before);
  });

  test('off: only the externally financed share bears interest', () => {
    // 35 %: 116,67 → 117; 77,78 → 78; 38,89 → 39 (whole euros, each year rounded once).
    const input = budget([odd], { externalFinancingPct: 35 });
    expect(rows(input).interest).toEqual([0, 11_700, 7_800, 3_900]);
    expect(rows(input).depreciation).toEqual([0, 1_111_100, 1_111_100, 1_111_100]);
    expect(explainCell(input, 'I', 'interest', 2027)?.formula).toContain(
      'boekwaarde 1 januari 2027 = € 33.333,33 (3/3 van de investering) × 1 % omslagrente × 35 % vreemd vermogen (geen rente over eigen vermogen) = € 117',
    );
    expect(rows(budget([odd], { externalFinancingPct: 0 })).interest).toEqual([0, 0, 0, 0]);
  });

  test('on: the own-equity share bears interest too', () => {
    const input = budget([odd], { externalFinancingPct: 35, interestOnOwnEquity: true });
    expect(rows(input).interest).toEqual([0, 33_300, 22_200, 11_100]);
    expect(explainCell(input, 'I', 'interest', 2028)?.inputs).toContainEqual({
      label: 'Rente over eigen vermogen',
      value: 'aan',
      source: 'Aanname begroting',
    });
  });

  test('a share outside 0–100 names the field', () => {
    expect(() => calculate(budget([odd], { externalFinancingPct: 101 }))).toThrow(
      expect.objectContaining({ field: 'assumptions.externalFinancingPct' }),
    );
  });
});

describe('activeren en direct afschrijven', () => {
  test('the whole amount is written off in the year of the investment, no interest after', () => {
    const input = budget([investment({ amountCents: 6_000_050, assetClass: 'hardware' })], {
      writeOffAtOnce: true,
      depreciationYearsByAssetClass: { hardware: 4 },
      externalFinancingPct: 50,
    });
    // € 60.000,50 rounds to € 60.001 once, in 2026.
    expect(rows(input)).toEqual({
      investment: [6_000_100, 0, 0, 0],
      depreciation: [6_000_100, 0, 0, 0],
      interest: [0, 0, 0, 0],
    });
    expect(calculate(input).totals.capital).toEqual({ 2026: 6_000_100, 2027: 0, 2028: 0, 2029: 0 });
    expect(calculate(input).totals.total[2026]).toBe(6_000_100);
    expect(explainCell(input, 'I', 'depreciation', 2026)?.formula).toContain(
      'activeren en direct afschrijven: het hele bedrag in 2026, het jaar van de investering = € 60.001',
    );
  });

  test('an investment below the threshold stays incidental', () => {
    expect(rows(budget([investment({ amountCents: 2_000_000 })], { writeOffAtOnce: true }))).toEqual({
      incidental: [2_000_000, 0, 0, 0],
    });
  });

  test('an investment after the horizon adds nothing', () => {
    expect(rows(budget([investment({ yearOffset: 4 })], { writeOffAtOnce: true })).depreciation).toEqual([0, 0, 0, 0]);
  });
});

describe('kapitaallasten covered from a bestemmingsreserve', () => {
  // I: kapitaallasten 2027 12.000 + 600, 2028 12.000 + 480, 2029 12.000 + 360. S: € 10.000 a year, not indexed.
  const structural = makeLine({ id: 'S', kind: 'structural', amountCents: 1_000_000, indexation: 'none' });
  const input = budget([investment(), structural]);
  const run = (funding: FundingInput[] = [], on = true, i = input) =>
    calculateFunding(i, calculate(i), funding, undefined, { capitalFromReserve: on });

  test('gross stays, funded rises by the kapitaallasten, net falls', () => {
    const off = run([], false);
    const on = run();
    expect(off.capitalReserve).toBeNull();
    expect(on.total.gross).toEqual(off.total.gross);
    expect(on.total.gross).toEqual({ 2026: 1_000_000, 2027: 2_260_000, 2028: 2_248_000, 2029: 2_236_000 });
    expect(on.total.funded).toEqual({ 2026: 0, 2027: 1_260_000, 2028: 1_248_000, 2029: 1_236_000 });
    expect(on.total.net).toEqual({ 2026: 1_000_000, 2027: 1_000_000, 2028: 1_000_000, 2029: 1_000_000 });
    expect(on.lines.I?.net).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
    expect(on.capitalReserve).toEqual({
      sourceType: 'earmarked-reserve',
      nature: 'structural',
      lines: { I: { 2026: 0, 2027: 1_260_000, 2028: 1_248_000, 2029: 1_236_000 } },
      amounts: { 2026: 0, 2027: 1_260_000, 2028: 1_248_000, 2029: 1_236_000 },
      total: 3_744_000,
    });
    // Structural dekking: the structural balance improves by the same amounts.
    expect(on.structuralBalance.funding).toEqual(on.capitalReserve?.amounts);
    expect(on.structuralBalance.balance).toEqual({
      2026: -1_000_000,
      2027: -1_000_000,
      2028: -1_000_000,
      2029: -1_000_000,
    });
    expect(on.warnings).toEqual([]);
  });

  test('warnings stay right: a subsidy on a line already covered from the reserve is above cost', () => {
    const subsidy: FundingInput = {
      id: 'sub',
      sourceType: 'subsidy',
      status: 'granted',
      lineId: 'I',
      amountCents: 100_000,
      startYear: 2027,
      endYear: 2027,
    };
    const on = run([subsidy]);
    expect(on.warnings).toEqual([
      {
        kind: 'above-cost',
        target: { kind: 'line', id: 'I' },
        fundingId: null,
        amounts: { 2026: 0, 2027: 100_000, 2028: 0, 2029: 0 },
        totalCents: 100_000,
      },
    ]);
    // Without the reserve the subsidy pays structural kapitaallasten and leaves a gap in 2028–2029; with it, neither.
    expect(run([subsidy], false).warnings.map((w) => [w.kind, w.totalCents])).toEqual([
      ['structural-by-incidental', 100_000],
      ['funding-ends', 200_000],
    ]);
    const devSubsidy = { ...subsidy, lineId: null, developmentId: 'dev-1' };
    // On a development the gap is its structural cost the reserve leaves: here S's € 10.000 (above the € 1.000 subsidy).
    expect(run([devSubsidy]).warnings.filter((w) => w.kind === 'funding-ends')[0]?.totalCents).toBe(200_000);
    const alone = budget([investment()]);
    expect(run([devSubsidy], true, alone).warnings.filter((w) => w.kind === 'funding-ends')).toEqual([]);
    expect(run([devSubsidy], false, alone).warnings.filter((w) => w.kind === 'funding-ends')[0]?.totalCents).toBe(
      200_000,
    );
  });

  test('with direct write-off the reserve covers the whole amount in the year of the investment', () => {
    const direct = budget([investment(), structural], { writeOffAtOnce: true });
    const on = run([], true, direct);
    expect(on.capitalReserve?.amounts).toEqual({ 2026: 6_000_000, 2027: 0, 2028: 0, 2029: 0 });
    expect(on.total.net).toEqual({ 2026: 1_000_000, 2027: 1_000_000, 2028: 1_000_000, 2029: 1_000_000 });
  });

  test('with interest only on the external share the reserve covers exactly that interest', () => {
    const half = budget([investment(), structural], {
      externalFinancingPct: 50,
      depreciationYearsByAssetClass: { hardware: 4 },
    });
    const on = run([], true, half);
    // € 60.000 over 5 years (no class on the line); interest 300 / 240 / 180.
    expect(on.capitalReserve?.amounts).toEqual({ 2026: 0, 2027: 1_230_000, 2028: 1_224_000, 2029: 1_218_000 });
  });

  test('a switched-off development draws nothing from the reserve', () => {
    const off = makeInput({
      assumptions: makeAssumptions(),
      developments: [{ id: 'dev-1', domainKey: 'bedrijfsvoering', title: 'Uit', enabled: false }],
      lines: [investment()],
    });
    expect(run([], true, off).capitalReserve?.total).toBe(0);
  });
});
