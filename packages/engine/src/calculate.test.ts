import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { scaledQuantityOf } from './scale-line.ts';
import { makeAssumptions, makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import type { CalculationInput, CalculationResult, Component, LineInput } from './types.ts';

/** The row's cents for 2026…2029 (the default horizon), or undefined when the row is absent. */
function cells(result: CalculationResult, lineId: string, component: Component): number[] | undefined {
  const row = result.rows.find((r) => r.lineId === lineId && r.component === component);
  return row ? result.years.map((year) => row.amounts[year] as number) : undefined;
}

function run(lines: LineInput[], overrides: Partial<CalculationInput> = {}): CalculationResult {
  return calculate(makeInput({ lines, ...overrides }));
}

const OWN = { inhabitants: 43_673, employees: 400, departments: 10 };

describe('rescaling', () => {
  it('e = 1: € 5.000 × 43.673/100.000 = € 2.183,65 → € 2.184', () => {
    const r = run([makeLine({ id: 'a', driver: 'inhabitants', elasticity: 1 })], { profile: OWN });
    expect(cells(r, 'a', 'incidental')).toEqual([218_400, 0, 0, 0]);
    expect(r.lines[0]).toMatchObject({
      ratio: 0.43673,
      elasticity: 1,
      scaledQuantity: 218_365,
      baseAmountCents: 218_365,
    });
  });

  it('e = 1 on employees: € 3.000 × 400/1.000 = € 1.200', () => {
    const r = run([makeLine({ id: 'a', amountCents: 300_000, driver: 'employees' })], { profile: OWN });
    expect(cells(r, 'a', 'incidental')).toEqual([120_000, 0, 0, 0]);
  });

  it('e = 0.8: € 5.000 × (3.125/100.000)^0,8 = € 5.000 × 1/16 = € 312,50 → € 313 (half away from zero)', () => {
    const r = run([makeLine({ id: 'a', driver: 'inhabitants', elasticity: 0.8 })], {
      profile: { ...OWN, inhabitants: 3_125 },
    });
    expect(cells(r, 'a', 'incidental')).toEqual([31_300, 0, 0, 0]);
  });

  it('e = 0.5 on departments: € 8.000 × (10/40)^0,5 = € 4.000', () => {
    const r = run([makeLine({ id: 'a', amountCents: 800_000, driver: 'departments', elasticity: 0.5 })], {
      profile: OWN,
    });
    expect(cells(r, 'a', 'incidental')).toEqual([400_000, 0, 0, 0]);
  });

  it('ownQuantity: the own value of the municipality is not rescaled, whatever the driver and elasticity (ADR 0013)', () => {
    // Model € 5.000 on inhabitants would become € 2.184 here; as the municipality's own value it stays € 5.000.
    const r = run(
      [makeLine({ id: 'a', driver: 'inhabitants', elasticity: 1, amountCents: 500_000, ownQuantity: true })],
      { profile: OWN },
    );
    expect(cells(r, 'a', 'incidental')).toEqual([500_000, 0, 0, 0]);
    expect(r.lines[0]).toMatchObject({ ratio: 0.43673, elasticity: 0, scaledQuantity: 500_000 });
    // Licence units: 5.000 own units × € 12,34/month stay 5.000 units (no second rescaling).
    const l = run(
      [
        makeLine({
          id: 'l',
          kind: 'structural',
          costBasis: 'licence',
          amountCents: null,
          units: 5_000,
          unitPriceCents: 1_234,
          unitPricePeriod: 'month',
          driver: 'employees',
          ownQuantity: true,
        }),
      ],
      { profile: OWN },
    );
    expect(cells(l, 'l', 'structural')?.[0]).toBe(74_040_000);
    // The editor's "scaled value" is the engine's own scaling.
    expect(
      scaledQuantityOf(
        makeInput({ lines: [], profile: OWN }),
        makeLine({ id: 'a', driver: 'inhabitants', elasticity: 1 }),
      ),
    ).toBe(218_365);
    expect(
      scaledQuantityOf(
        makeInput({ lines: [], profile: OWN }),
        makeLine({ id: 'a', driver: 'inhabitants', ownQuantity: true }),
      ),
    ).toBe(500_000);
    // ownQuantity false behaves like absent.
    const f = run([makeLine({ id: 'a', driver: 'inhabitants', elasticity: 1, ownQuantity: false })], { profile: OWN });
    expect(cells(f, 'a', 'incidental')).toEqual([218_400, 0, 0, 0]);
  });

  it('e = 0 on a scaled driver leaves the amount unchanged, but reports the ratio', () => {
    const r = run([makeLine({ id: 'a', driver: 'inhabitants', elasticity: 0 })], { profile: OWN });
    expect(cells(r, 'a', 'incidental')).toEqual([500_000, 0, 0, 0]);
    expect(r.lines[0]).toMatchObject({ ratio: 0.43673, elasticity: 0 });
  });

  it('uses the budget default elasticity per driver when the line has none', () => {
    // employees default 0.5: € 8.000 × (400/1.000)^0,5 = € 8.000 × 0,632456 = € 5.059,65 → € 5.060
    const assumptions = makeAssumptions({
      defaultElasticity: { fixed: 0, inhabitants: 1, employees: 0.5, departments: 1 },
    });
    const r = run([makeLine({ id: 'a', amountCents: 800_000, driver: 'employees' })], { profile: OWN, assumptions });
    expect(cells(r, 'a', 'incidental')).toEqual([506_000, 0, 0, 0]);
  });

  it('fixed lines ignore the profile and any elasticity', () => {
    const r = run([makeLine({ id: 'a', driver: 'fixed', elasticity: 1 })], { profile: OWN });
    expect(cells(r, 'a', 'incidental')).toEqual([500_000, 0, 0, 0]);
    expect(r.lines[0]).toMatchObject({ ratio: 1, elasticity: 0 });
  });

  it('the model profile reproduces every published amount exactly', () => {
    const lines = [
      // "Dashboard ontwikkelen energietransitie € 5.000" (incidental, fixed)
      makeLine({ id: 'dashboard', amountCents: 500_000, driver: 'fixed', provenance: 'published' }),
      // "Opleiding in VNG methodiek klantreizen € 3.000" (incidental, scales with employees at e = 0.8)
      makeLine({
        id: 'opleiding',
        amountCents: 300_000,
        driver: 'employees',
        elasticity: 0.8,
        costPool: 'training',
        provenance: 'published',
      }),
      // "Coördinator klantreizen 16 uur per week schaal 10" (structural staff, inhabitants)
      makeLine({
        id: 'coordinator',
        kind: 'structural',
        costBasis: 'staff',
        amountCents: null,
        hoursPerWeek: 16,
        salaryScale: '10',
        driver: 'inhabitants',
        costPool: 'personnel',
        provenance: 'published',
        indexation: 'none',
      }),
      makeLine({
        id: 'hire',
        costBasis: 'hire',
        amountCents: null,
        hours: 333,
        hourlyRateCents: 11_111,
        driver: 'departments',
        elasticity: 1.3,
      }),
      makeLine({
        id: 'licence',
        kind: 'structural',
        costBasis: 'licence',
        amountCents: null,
        units: 1_234,
        unitPriceCents: 77,
        unitPricePeriod: 'month',
        driver: 'employees',
        indexation: 'none',
      }),
    ];
    const r = run(lines);
    expect(cells(r, 'dashboard', 'incidental')).toEqual([500_000, 0, 0, 0]);
    expect(cells(r, 'opleiding', 'incidental')).toEqual([300_000, 0, 0, 0]);
    // 16/36 × € 5.118 × 12 × 1,33 = 16 × 511.800 × 12 × 133 / 3.600 = 3.630.368 cents → € 36.304
    expect(cells(r, 'coordinator', 'structural')).toEqual([3_630_400, 3_630_400, 3_630_400, 3_630_400]);
    // 333 h × € 111,11 = € 36.999,63 → € 37.000
    expect(cells(r, 'hire', 'incidental')).toEqual([3_700_000, 0, 0, 0]);
    // 1.234 × € 0,77 × 12 = € 11.402,16 → € 11.402
    expect(cells(r, 'licence', 'structural')).toEqual([1_140_200, 1_140_200, 1_140_200, 1_140_200]);
    for (const [i, line] of lines.entries()) {
      const result = r.lines[i];
      expect(result?.ratio).toBe(1);
      const model = line.amountCents ?? line.hoursPerWeek ?? line.hours ?? line.units;
      expect(result?.scaledQuantity).toBe(model);
    }
    expect(r.lines[2]?.baseAmountCents).toBe(3_630_368);
  });
});

describe('cost bases', () => {
  it('staff: hours/36 × monthly(scale, step) × 12 × (1 + employer %)', () => {
    const assumptions = makeAssumptions({ salaryStep: 0, employerCostPct: 30 });
    // 18/36 × € 3.800 (schaal 10, step 0) × 12 × 1,30 = € 29.640
    const r = run(
      [
        makeLine({
          id: 's',
          kind: 'structural',
          costBasis: 'staff',
          amountCents: null,
          hoursPerWeek: 18,
          salaryScale: '10',
          indexation: 'none',
        }),
      ],
      { assumptions },
    );
    expect(cells(r, 's', 'structural')).toEqual([2_964_000, 2_964_000, 2_964_000, 2_964_000]);
  });

  it('staff: hours scale with the driver; 36 h/w schaal 10 max × (400/1.000) = 14,4 h/w', () => {
    // 14,4/36 × 511.800 × 12 × 1,33 = 0,4 × 8.168.328 = 3.267.331,2 cents → € 32.673
    const r = run(
      [
        makeLine({
          id: 's',
          kind: 'structural',
          costBasis: 'staff',
          amountCents: null,
          hoursPerWeek: 36,
          salaryScale: '10',
          driver: 'employees',
          indexation: 'none',
        }),
      ],
      { profile: OWN },
    );
    expect(cells(r, 's', 'structural')).toEqual([3_267_300, 3_267_300, 3_267_300, 3_267_300]);
    expect(r.lines[0]?.scaledQuantity).toBeCloseTo(14.4, 12);
  });

  it('hire per year: 100 h × rate-card adviseur € 125 = € 12.500 per year, price-indexed', () => {
    const r = run([
      makeLine({
        id: 'h',
        kind: 'structural',
        costBasis: 'hire',
        amountCents: null,
        hours: 100,
        hoursPeriod: 'year',
        costPool: 'hire',
      }),
    ]);
    // × 1,02^k: 12.500 / 12.750 / 13.005 / 13.265,10 → 13.265
    expect(cells(r, 'h', 'structural')).toEqual([1_250_000, 1_275_000, 1_300_500, 1_326_500]);
  });

  it('hire total: 300 h × projectleider € 135 = € 40.500, spread over 2 years', () => {
    const r = run([
      makeLine({
        id: 'h',
        costBasis: 'hire',
        amountCents: null,
        hours: 300,
        hoursPeriod: 'total',
        hireRole: 'projectleider',
        durationYears: 2,
      }),
    ]);
    expect(cells(r, 'h', 'incidental')).toEqual([2_025_000, 2_025_000, 0, 0]);
  });

  it('hire per year on an incidental line costs the yearly amount in each of its years (not indexed)', () => {
    const r = run([
      makeLine({ id: 'h', costBasis: 'hire', amountCents: null, hours: 100, hoursPeriod: 'year', durationYears: 2 }),
    ]);
    expect(cells(r, 'h', 'incidental')).toEqual([1_250_000, 1_250_000, 0, 0]);
  });

  it('hire: an explicit hourly rate beats the rate card', () => {
    // 10 h × € 99,99 = € 999,90 → € 1.000
    const r = run([
      makeLine({
        id: 'h',
        costBasis: 'hire',
        amountCents: null,
        hours: 10,
        hourlyRateCents: 9_999,
        hireRole: 'projectleider',
      }),
    ]);
    expect(cells(r, 'h', 'incidental')).toEqual([100_000, 0, 0, 0]);
  });

  it('defaults: hire hours per year on structural lines, total otherwise; licence price per year', () => {
    const r = run([
      // structural, hoursPeriod null → per year: 100 h × € 125 = € 12.500 every year (indexation off)
      makeLine({ id: 'hs', kind: 'structural', costBasis: 'hire', amountCents: null, hours: 100, indexation: 'none' }),
      // incidental, hoursPeriod null → total: € 12.500 spread over 2 years
      makeLine({ id: 'hi', costBasis: 'hire', amountCents: null, hours: 100, durationYears: 2 }),
      // structural with 'total' hours: a line without end can only mean per year
      makeLine({
        id: 'ht',
        kind: 'structural',
        costBasis: 'hire',
        amountCents: null,
        hours: 100,
        hoursPeriod: 'total',
        indexation: 'none',
      }),
      // licence without period → per year: 3 × € 100
      makeLine({
        id: 'l',
        kind: 'structural',
        costBasis: 'licence',
        amountCents: null,
        units: 3,
        unitPriceCents: 10_000,
        indexation: 'none',
      }),
    ]);
    expect(cells(r, 'hs', 'structural')).toEqual([1_250_000, 1_250_000, 1_250_000, 1_250_000]);
    expect(cells(r, 'hi', 'incidental')).toEqual([625_000, 625_000, 0, 0]);
    expect(cells(r, 'ht', 'structural')).toEqual([1_250_000, 1_250_000, 1_250_000, 1_250_000]);
    expect(cells(r, 'l', 'structural')).toEqual([30_000, 30_000, 30_000, 30_000]);
  });

  it('an investment on an annual basis invests one year of it: 36 h/w schaal 12 max = € 98.952', () => {
    // 1 FTE × 620.000 × 12 × 1,33 = 9.895.200 cents; 5 years → € 19.790,40 → € 19.790; interest 1 % = € 989,52 → € 990
    const r = run([
      makeLine({
        id: 'x',
        kind: 'investment',
        costBasis: 'staff',
        amountCents: null,
        hoursPerWeek: 36,
        salaryScale: '12',
      }),
    ]);
    expect(cells(r, 'x', 'investment')).toEqual([9_895_200, 0, 0, 0]);
    expect(cells(r, 'x', 'depreciation')).toEqual([0, 1_979_000, 1_979_000, 1_979_000]);
    expect(cells(r, 'x', 'interest')).toEqual([0, 99_000, 79_200, 59_400]);
  });

  it('licence: per month × 12 and per year', () => {
    const r = run(
      [
        makeLine({
          id: 'm',
          kind: 'structural',
          costBasis: 'licence',
          amountCents: null,
          units: 50,
          unitPriceCents: 1_000,
          unitPricePeriod: 'month',
          indexation: 'none',
        }),
        makeLine({
          id: 'y',
          kind: 'structural',
          costBasis: 'licence',
          amountCents: null,
          units: 50,
          unitPriceCents: 12_000,
          unitPricePeriod: 'year',
          indexation: 'none',
        }),
        // units scale: 50 × 400/1.000 = 20 × € 10 × 12 = € 2.400
        makeLine({
          id: 's',
          kind: 'structural',
          costBasis: 'licence',
          amountCents: null,
          units: 50,
          unitPriceCents: 1_000,
          unitPricePeriod: 'month',
          driver: 'employees',
          indexation: 'none',
        }),
      ],
      { profile: OWN },
    );
    expect(cells(r, 'm', 'structural')).toEqual([600_000, 600_000, 600_000, 600_000]);
    expect(cells(r, 'y', 'structural')).toEqual([600_000, 600_000, 600_000, 600_000]);
    expect(cells(r, 's', 'structural')).toEqual([240_000, 240_000, 240_000, 240_000]);
  });
});

describe('multi-year placement', () => {
  it('line start = development start + yearOffset', () => {
    const r = run([makeLine({ id: 'a', yearOffset: 1 })], { developments: [makeDevelopment({ startYear: 2027 })] });
    expect(cells(r, 'a', 'incidental')).toEqual([0, 0, 500_000, 0]);
  });

  it('structural lines run from their start to the horizon end, indexed from the first year', () => {
    // € 10.000 from 2028: 10.000 × 1,02^2 = 10.404; × 1,02^3 = 10.612,08 → 10.612
    const r = run([makeLine({ id: 's', kind: 'structural', amountCents: 1_000_000, yearOffset: 2 })]);
    expect(cells(r, 's', 'structural')).toEqual([0, 0, 1_040_400, 1_061_200]);
  });

  it('spreads an incidental total evenly in whole euros; the parts add up to the rounded total', () => {
    // € 10.001 over 3 years: 3.334 + 3.334 + 3.333
    const r = run([makeLine({ id: 'a', amountCents: 1_000_100, durationYears: 3 })]);
    expect(cells(r, 'a', 'incidental')).toEqual([333_400, 333_400, 333_300, 0]);
  });

  it('uneven spreading rounds the total once: € 1.000,50 → € 1.001 → 501 + 500', () => {
    // Rounding each half (500,25 → 500) would lose a euro; rounding the total first does not.
    const r = run([makeLine({ id: 'a', amountCents: 100_050, durationYears: 2 })]);
    expect(cells(r, 'a', 'incidental')).toEqual([50_100, 50_000, 0, 0]);
  });

  it('drops amounts outside the horizon (late start and early start)', () => {
    const r = run(
      [
        makeLine({ id: 'late', developmentId: 'late', amountCents: 400_000, durationYears: 4 }),
        makeLine({ id: 'early', developmentId: 'early', amountCents: 300_000, durationYears: 3 }),
        makeLine({ id: 'beyond', developmentId: 'late', kind: 'structural', yearOffset: 2 }),
      ],
      {
        developments: [
          makeDevelopment({ id: 'late', startYear: 2028 }),
          makeDevelopment({ id: 'early', startYear: 2025 }),
        ],
      },
    );
    // € 4.000 over 2028–2031: € 1.000 in 2028 and 2029; 2030–2031 fall outside
    expect(cells(r, 'late', 'incidental')).toEqual([0, 0, 100_000, 100_000]);
    // € 3.000 over 2025–2027: 2025 falls outside
    expect(cells(r, 'early', 'incidental')).toEqual([100_000, 100_000, 0, 0]);
    // starts in 2030: a row of zeros, so the line stays visible
    expect(cells(r, 'beyond', 'structural')).toEqual([0, 0, 0, 0]);
    expect(r.totals.incidental).toEqual({ 2026: 100_000, 2027: 100_000, 2028: 100_000, 2029: 100_000 });
  });

  it('a disabled development contributes nothing but its lines still report their scaling', () => {
    const r = run([makeLine({ id: 'off', developmentId: 'off', driver: 'employees' }), makeLine({ id: 'on' })], {
      profile: OWN,
      developments: [makeDevelopment({ id: 'off', enabled: false, domainKey: 'sociaal' }), makeDevelopment()],
    });
    expect(cells(r, 'off', 'incidental')).toBeUndefined();
    expect(r.rows.map((row) => row.lineId)).toEqual(['on']);
    expect(r.lines.map((line) => line.lineId)).toEqual(['off', 'on']);
    expect(r.lines[0]?.ratio).toBe(0.4);
    expect(r.totals.total[2026]).toBe(500_000);
    expect(r.byDomain.sociaal?.total).toEqual({ 2026: 0, 2027: 0, 2028: 0, 2029: 0 });
  });

  it('an incidental staff line costs its yearly amount in each of its years, not indexed', () => {
    // 36 h/w schaal 8 max: 1 × 400.000 × 12 × 1,33 = € 63.840 per year for 2 years from 2027
    const r = run([
      makeLine({
        id: 's',
        costBasis: 'staff',
        amountCents: null,
        hoursPerWeek: 36,
        salaryScale: '8',
        yearOffset: 1,
        durationYears: 2,
      }),
    ]);
    expect(cells(r, 's', 'incidental')).toEqual([0, 6_384_000, 6_384_000, 0]);
  });
});

describe('indexation', () => {
  const structural = (overrides: Partial<LineInput>) =>
    makeLine({ kind: 'structural', amountCents: 1_000_000, ...overrides });

  it('compounds price indexation (2 %) on non-staff lines from the first year', () => {
    // 10.000 / 10.200 / 10.404 / 10.612,08 → 10.612
    const r = run([structural({ id: 'p' })]);
    expect(cells(r, 'p', 'structural')).toEqual([1_000_000, 1_020_000, 1_040_400, 1_061_200]);
  });

  it('compounds wage indexation (3 %) on staff lines', () => {
    // 3.630.368 × 1,03^k: 3.630.368 / 3.739.279,04 / 3.851.457,41 / 3.966.001,13… → € 36.304 / 37.393 / 38.515 / 39.670
    const r = run([
      structural({ id: 'w', costBasis: 'staff', amountCents: null, hoursPerWeek: 16, salaryScale: '10' }),
    ]);
    expect(cells(r, 'w', 'structural')).toEqual([3_630_400, 3_739_300, 3_851_500, 3_967_000]);
  });

  it('line.indexation overrides: wage on an amount line, price on a staff line, none', () => {
    const r = run([
      structural({ id: 'wage', indexation: 'wage' }),
      structural({
        id: 'price',
        costBasis: 'staff',
        amountCents: null,
        hoursPerWeek: 36,
        salaryScale: '8',
        indexation: 'price',
      }),
      structural({ id: 'none', indexation: 'none' }),
    ]);
    // 10.000 × 1,03^k: 10.000 / 10.300 / 10.609 / 10.927,27 → 10.927
    expect(cells(r, 'wage', 'structural')).toEqual([1_000_000, 1_030_000, 1_060_900, 1_092_700]);
    // 63.840 × 1,02^k: 63.840 / 65.116,80 → 65.117 / 66.419,14 → 66.419 / 67.747,52 → 67.748
    expect(cells(r, 'price', 'structural')).toEqual([6_384_000, 6_511_700, 6_641_900, 6_774_800]);
    expect(cells(r, 'none', 'structural')).toEqual([1_000_000, 1_000_000, 1_000_000, 1_000_000]);
  });

  it('does not index incidental amounts', () => {
    const r = run([makeLine({ id: 'i', amountCents: 400_000, durationYears: 4 })]);
    expect(cells(r, 'i', 'incidental')).toEqual([100_000, 100_000, 100_000, 100_000]);
  });
});

describe('investments', () => {
  const invest = (overrides: Partial<LineInput>) =>
    makeLine({ kind: 'investment', costPool: 'hardware', ...overrides });

  it('€ 2.150.000 over 50 years at 1 %: 43.000 depreciation + 21.500 interest in the year after', () => {
    const r = run([invest({ id: 'x', amountCents: 215_000_000, depreciationYears: 50 })]);
    expect(cells(r, 'x', 'investment')).toEqual([215_000_000, 0, 0, 0]);
    expect(cells(r, 'x', 'depreciation')).toEqual([0, 4_300_000, 4_300_000, 4_300_000]);
    // book value 1 Jan: 2.150.000 / 2.107.000 / 2.064.000 → × 1 %
    expect(cells(r, 'x', 'interest')).toEqual([0, 2_150_000, 2_107_000, 2_064_000]);
    expect(r.rows.map((row) => [row.component, row.category])).toEqual([
      ['investment', 'investment'],
      ['depreciation', 'capital'],
      ['interest', 'capital'],
    ]);
    expect(r.totals.capital).toEqual({ 2026: 0, 2027: 6_450_000, 2028: 6_407_000, 2029: 6_364_000 });
    expect(r.totals.investment).toEqual({ 2026: 215_000_000, 2027: 0, 2028: 0, 2029: 0 });
    // the capex itself is never part of the exploitation total
    expect(r.totals.total).toEqual({ 2026: 0, 2027: 6_450_000, 2028: 6_407_000, 2029: 6_364_000 });
    expect(r.lines[0]?.activated).toBe(true);
  });

  it('a term shorter than the horizon ends the charges', () => {
    const assumptions = makeAssumptions({ interestRatePct: 4 });
    // € 30.000 over 2 years at 4 %: dep 15.000, 15.000; interest 30.000 × 4 % = 1.200, 15.000 × 4 % = 600
    const r = run([invest({ id: 'x', amountCents: 3_000_000, depreciationYears: 2 })], { assumptions });
    expect(cells(r, 'x', 'depreciation')).toEqual([0, 1_500_000, 1_500_000, 0]);
    expect(cells(r, 'x', 'interest')).toEqual([0, 120_000, 60_000, 0]);
  });

  it('uneven depreciation rounds each year: € 100.000 over 3 years', () => {
    // 33.333,33 → 33.333 per year; interest 1 %: 1.000 / 666,67 → 667 / 333,33 → 333
    const r = run([invest({ id: 'x', amountCents: 10_000_000, depreciationYears: 3 })]);
    expect(cells(r, 'x', 'depreciation')).toEqual([0, 3_333_300, 3_333_300, 3_333_300]);
    expect(cells(r, 'x', 'interest')).toEqual([0, 100_000, 66_700, 33_300]);
  });

  it('uses the default term and keeps charging when the investment lies before the horizon', () => {
    // € 50.000 in 2024, default term 5: dep € 10.000 in 2025–2029; 2026 is depreciation year 2,
    // book value 1 Jan 2026 = 4/5 × 50.000 = 40.000 → interest 400, then 300, 200, 100
    const r = run([invest({ id: 'x', amountCents: 5_000_000 })], {
      developments: [makeDevelopment({ startYear: 2024 })],
    });
    expect(cells(r, 'x', 'investment')).toEqual([0, 0, 0, 0]);
    expect(cells(r, 'x', 'depreciation')).toEqual([1_000_000, 1_000_000, 1_000_000, 1_000_000]);
    expect(cells(r, 'x', 'interest')).toEqual([40_000, 30_000, 20_000, 10_000]);
  });

  it('an investment in the last year only shows the capex', () => {
    const r = run([invest({ id: 'x', amountCents: 5_000_000, yearOffset: 3 })]);
    expect(cells(r, 'x', 'investment')).toEqual([0, 0, 0, 5_000_000]);
    expect(cells(r, 'x', 'depreciation')).toEqual([0, 0, 0, 0]);
  });

  it('below the activation threshold (€ 25.000) it is an incidental cost in its year', () => {
    const r = run([invest({ id: 'x', amountCents: 2_000_000, yearOffset: 1 })]);
    expect(r.rows.map((row) => row.component)).toEqual(['incidental']);
    expect(cells(r, 'x', 'incidental')).toEqual([0, 2_000_000, 0, 0]);
    expect(r.lines[0]?.activated).toBe(false);
    expect(r.totals.total[2027]).toBe(2_000_000);
  });

  it('exactly at the threshold it is activated; scaling can push it below', () => {
    const r = run(
      [
        invest({ id: 'at', amountCents: 2_500_000 }),
        // € 40.000 × 400/1.000 = € 16.000 < € 25.000
        invest({ id: 'scaled', amountCents: 4_000_000, driver: 'employees' }),
      ],
      { profile: OWN },
    );
    expect(cells(r, 'at', 'investment')).toEqual([2_500_000, 0, 0, 0]);
    expect(cells(r, 'scaled', 'incidental')).toEqual([1_600_000, 0, 0, 0]);
    expect(cells(r, 'scaled', 'investment')).toBeUndefined();
  });

  it('compares the rounded amount: € 24.999,50 counts as € 25.000 and is activated', () => {
    const r = run([invest({ id: 'half', amountCents: 2_499_950 })]);
    expect(r.lines[0]?.activated).toBe(true);
    expect(cells(r, 'half', 'investment')).toEqual([2_500_000, 0, 0, 0]);
    const below = run([invest({ id: 'below', amountCents: 2_499_949 })]);
    expect(below.lines[0]?.activated).toBe(false);
    expect(cells(below, 'below', 'incidental')).toEqual([2_499_900, 0, 0, 0]);
  });
});

describe('SaaS contract lifecycle', () => {
  // 1.000 units × € 2,50/month × 12 = € 30.000 per year
  const saas = (overrides: Partial<LineInput>) =>
    makeLine({
      kind: 'structural',
      costBasis: 'licence',
      amountCents: null,
      units: 1_000,
      unitPriceCents: 250,
      unitPricePeriod: 'month',
      costPool: 'software',
      contractYears: 2,
      ...overrides,
    });

  it('adds re-tender and migration in each contract-end year, as % of the unindexed annual amount', () => {
    const r = run([saas({ id: 's' })]);
    expect(r.rows.map((row) => [row.component, row.category])).toEqual([
      ['structural', 'structural'],
      ['retender', 'incidental'],
      ['migration', 'incidental'],
    ]);
    // contract 2026–2027, 2028–2029: ends 2027 and 2029. 10 % and 15 % of € 30.000
    expect(cells(r, 's', 'retender')).toEqual([0, 300_000, 0, 300_000]);
    expect(cells(r, 's', 'migration')).toEqual([0, 450_000, 0, 450_000]);
    expect(cells(r, 's', 'structural')).toEqual([3_000_000, 3_060_000, 3_121_200, 3_183_600]);
    expect(r.totals.incidental).toEqual({ 2026: 0, 2027: 750_000, 2028: 0, 2029: 750_000 });
  });

  it('percentages apply to the rescaled amount; explicit amounts scale with the line factor (docs/scaling-drivers.md), fixed ones do not; none is indexed', () => {
    const r = run(
      [
        saas({ id: 'pct', driver: 'employees' }),
        saas({ id: 'abs', driver: 'employees', retenderCents: 1_234_550, migrationCents: 500_000, contractYears: 3 }),
        // € 12.345,50 → € 12.346
        saas({
          id: 'vast',
          driver: 'employees',
          retenderCents: 1_234_550,
          migrationCents: 500_000,
          contractYears: 3,
          contractEndFixed: true,
        }),
      ],
      { profile: OWN },
    );
    // € 30.000 × 0,4 = € 12.000 → 10 % = 1.200, 15 % = 1.800
    expect(cells(r, 'pct', 'retender')).toEqual([0, 120_000, 0, 120_000]);
    expect(cells(r, 'pct', 'migration')).toEqual([0, 180_000, 0, 180_000]);
    // contract 2026–2028: ends 2028 only. € 12.345,50 × 400/1.000 = € 4.938,20 → € 4.938; € 5.000 × 0,4 = € 2.000
    expect(cells(r, 'abs', 'retender')).toEqual([0, 0, 493_800, 0]);
    expect(cells(r, 'abs', 'migration')).toEqual([0, 0, 200_000, 0]);
    expect(cells(r, 'vast', 'retender')).toEqual([0, 0, 1_234_600, 0]);
    expect(cells(r, 'vast', 'migration')).toEqual([0, 0, 500_000, 0]);
  });

  it('follows the line start; contract ends before the horizon are dropped', () => {
    const r = run(
      [
        saas({ id: 'late', yearOffset: 1, contractYears: 3 }),
        saas({ id: 'early', developmentId: 'early', contractYears: 2 }),
      ],
      {
        developments: [makeDevelopment(), makeDevelopment({ id: 'early', startYear: 2023 })],
      },
    );
    // 2027 + 3 − 1 = 2029
    expect(cells(r, 'late', 'retender')).toEqual([0, 0, 0, 300_000]);
    // contracts from 2023: ends 2024, 2026, 2028
    expect(cells(r, 'early', 'retender')).toEqual([300_000, 0, 300_000, 0]);
  });

  it('contractYears on an incidental line, or 0, adds nothing', () => {
    const r = run([makeLine({ id: 'i', contractYears: 2 }), saas({ id: 'z', contractYears: 0 })]);
    expect(r.rows.map((row) => row.component)).toEqual(['incidental', 'structural']);
  });
});

describe('rounding and totals', () => {
  it('rounds each row-year once; totals are sums of the rounded cells', () => {
    // Two lines of € 0,50 each: each cell rounds to € 1, so the total is € 2 (not round(€ 1,00) = € 1).
    const r = run([makeLine({ id: 'a', amountCents: 50 }), makeLine({ id: 'b', amountCents: 50 })]);
    expect(cells(r, 'a', 'incidental')).toEqual([100, 0, 0, 0]);
    expect(r.totals.incidental[2026]).toBe(200);
    expect(r.totals.total[2026]).toBe(200);
  });

  it('rounds negative amounts half away from zero', () => {
    const r = run([
      makeLine({ id: 'n', amountCents: -100_050 }),
      makeLine({ id: 's', kind: 'structural', amountCents: -1_000_000, indexation: 'none' }),
    ]);
    expect(cells(r, 'n', 'incidental')).toEqual([-100_100, 0, 0, 0]);
    expect(r.totals.total[2026]).toBe(-1_100_100);
  });

  it('byDomain and byCostPool add up to the totals; every year is present; rows keep input order', () => {
    const r = run(
      [
        makeLine({ id: 'a', developmentId: 'd1', amountCents: 123_456, costPool: 'services', driver: 'employees' }),
        makeLine({
          id: 'b',
          developmentId: 'd2',
          kind: 'structural',
          amountCents: 987_654,
          costPool: 'software',
          driver: 'inhabitants',
        }),
        makeLine({ id: 'c', developmentId: 'd1', kind: 'investment', amountCents: 9_876_543, costPool: 'hardware' }),
        makeLine({
          id: 'd',
          developmentId: 'd2',
          costBasis: 'staff',
          kind: 'structural',
          amountCents: null,
          hoursPerWeek: 20,
          salaryScale: '11',
          costPool: 'personnel',
          driver: 'employees',
        }),
      ],
      {
        profile: OWN,
        developments: [
          makeDevelopment({ id: 'd1', domainKey: 'dienstverlening' }),
          makeDevelopment({ id: 'd2', domainKey: 'sociaal-domein', startYear: 2027 }),
        ],
      },
    );
    expect(r.years).toEqual([2026, 2027, 2028, 2029]);
    expect(r.rows.map((row) => `${row.lineId}:${row.component}`)).toEqual([
      'a:incidental',
      'b:structural',
      'c:investment',
      'c:depreciation',
      'c:interest',
      'd:structural',
    ]);
    expect(Object.keys(r.byDomain)).toEqual(['dienstverlening', 'sociaal-domein']);
    expect(Object.keys(r.byCostPool)).toEqual(['personnel', 'hire', 'software', 'hardware', 'services', 'training']);
    for (const year of r.years) {
      for (const category of ['incidental', 'structural', 'capital', 'investment'] as const) {
        const fromRows = r.rows
          .filter((row) => row.category === category)
          .reduce((sum, row) => sum + (row.amounts[year] as number), 0);
        expect(r.totals[category][year]).toBe(fromRows);
        const domains = Object.values(r.byDomain).reduce((sum, t) => sum + (t[category][year] as number), 0);
        const pools = Object.values(r.byCostPool).reduce((sum, t) => sum + (t[category][year] as number), 0);
        expect(domains).toBe(fromRows);
        expect(pools).toBe(fromRows);
      }
      const t = r.totals;
      expect(t.total[year]).toBe(
        (t.incidental[year] as number) + (t.structural[year] as number) + (t.capital[year] as number),
      );
      for (const row of r.rows) expect((row.amounts[year] as number) % 100).toBe(0);
    }
    // hand check of 2026: a = € 1.234,56 × 0,4 = 493,82 → 494; b and d start 2027; c = € 98.765 (5 years, 1 %):
    // investment € 98.765,43 → € 98.765 in 2026, dep/interest from 2027
    expect(r.totals.total[2026]).toBe(49_400);
    expect(r.totals.investment[2026]).toBe(9_876_500);
    // 2027: b = 987.654 × 0,43673 = 431.338,19 × 1,02 = 439.964,95 → € 4.400;
    // d = 20 × 570.000 × 12 × 133 / 3.600 = 5.054.000 × 0,4 = 2.021.600 × 1,03 = 2.082.248 → € 20.822;
    // c dep = 9.876.543/5 = 1.975.308,6 → € 19.753; interest 98.765,43 → € 988
    expect(r.totals.structural[2027]).toBe(440_000 + 2_082_200);
    expect(r.totals.capital[2027]).toBe(1_975_300 + 98_800);
  });

  it('is deterministic: the same input gives the identical result', () => {
    const input = makeInput({
      profile: OWN,
      lines: [
        makeLine({ id: 'a', driver: 'inhabitants', elasticity: 0.8 }),
        makeLine({ id: 'b', kind: 'investment', amountCents: 9_999_999 }),
      ],
    });
    expect(calculate(input)).toEqual(calculate(structuredClone(input)));
  });

  it('a horizon of 0 years gives empty records', () => {
    const r = run([makeLine({ id: 'a' })], { horizonYears: 0 });
    expect(r.years).toEqual([]);
    expect(r.rows[0]?.amounts).toEqual({});
    expect(r.totals.total).toEqual({});
  });
});

describe('published-incomplete lines', () => {
  it('count € 0 (flagged incomplete) instead of failing the budget; a completed one computes', () => {
    const r = run([
      makeLine({
        id: 'cut',
        provenance: 'published-incomplete',
        costBasis: 'staff',
        kind: 'structural',
        amountCents: null,
        hoursPerWeek: null,
        salaryScale: null,
      }),
      makeLine({ id: 'done', provenance: 'published-incomplete', amountCents: 300_000 }),
    ]);
    expect(cells(r, 'cut', 'structural')).toEqual([0, 0, 0, 0]);
    expect(r.lines.map((l) => l.incomplete)).toEqual([true, false]);
    expect(cells(r, 'done', 'incidental')).toEqual([300_000, 0, 0, 0]);
  });

  it('a missing quantity on any other line is still an input error naming the field', () => {
    expect(() => run([makeLine({ id: 'x', provenance: 'example', amountCents: null })])).toThrow(
      /lines\[0\]\.amountCents/,
    );
  });
});
