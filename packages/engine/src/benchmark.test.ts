import { describe, expect, it } from 'vitest';
import { benchmarkShare, costPerCapita, inSizeClass, selectBenchmarks, type BenchmarkRef } from './benchmark.ts';
import { calculate } from './calculate.ts';
import { makeInput, makeLine } from './testing/fixtures.ts';

describe('costPerCapita', () => {
  it('divides the structural total (not incidental) by inhabitants and employees, to whole cents', () => {
    // structural € 10.000 fixed per year; incidental € 5.000 must not count.
    const input = makeInput({
      profile: { inhabitants: 3_000, employees: 70, departments: 4 },
      lines: [
        makeLine({ id: 's', kind: 'structural', amountCents: 1_000_000, driver: 'fixed', indexation: 'none' }),
        makeLine({ id: 'i', kind: 'incidental', amountCents: 500_000, driver: 'fixed' }),
      ],
    });
    const [first] = costPerCapita(calculate(input), input.profile, 10_900);
    // 1.000.000 / 3.000 = 333,33 → 333 cents; 1.000.000 / 70 = 14.285,71 → 14.286 cents.
    expect(first).toMatchObject({
      year: input.firstYear,
      structuralCents: 1_000_000,
      perInhabitantCents: 333,
      perEmployeeCents: 14_286,
    });
    expect(first?.benchmarkRatio).toBeCloseTo(333 / 10_900, 10);
  });

  it('reports 0 for an empty profile and no ratio without a benchmark', () => {
    const input = makeInput({ lines: [] });
    const rows = costPerCapita(calculate(input), { inhabitants: 0, employees: 0, departments: 0 });
    expect(rows.every((r) => r.perInhabitantCents === 0 && r.perEmployeeCents === 0 && r.benchmarkRatio === null)).toBe(
      true,
    );
  });
});

describe('selectBenchmarks', () => {
  const b = (id: string, year: number, valueCents: number, extra: Partial<BenchmarkRef> = {}): BenchmarkRef => ({
    id,
    label: id,
    year,
    valueCents,
    unit: 'per-inhabitant',
    source: 'M&I/Partners',
    ...extra,
  });
  const all = [
    b('2014', 2014, 7_200),
    b('2023', 2023, 10_900),
    b('2017', 2017, 8_200),
    b('2017-lt60k', 2017, 7_600, { maxInhabitants: 60_000 }),
    b('2018-lt60k', 2018, 8_400, { maxInhabitants: 60_000 }),
    b('2018-gt100k', 2018, 8_900, { minInhabitants: 100_000 }),
    b('fte-2014', 2014, 968_700, { unit: 'per-employee' }),
  ];

  it('picks the newest general figure, the newest of the size class and the series oldest first', () => {
    const small = selectBenchmarks(all, 'per-inhabitant', 971);
    expect(small.latest?.id).toBe('2023');
    expect(small.sizeClass?.id).toBe('2018-lt60k');
    expect(small.series.map((x) => x.year)).toEqual([2014, 2017, 2023]);
    expect(selectBenchmarks(all, 'per-inhabitant', 100_000).sizeClass?.id).toBe('2018-gt100k');
    // 60.000–100.000 has no class of its own here.
    expect(selectBenchmarks(all, 'per-inhabitant', 60_000).sizeClass).toBeNull();
    expect(selectBenchmarks(all, 'per-employee', 5_000).latest?.valueCents).toBe(968_700);
  });

  it('treats the upper bound as exclusive and the share as own ÷ benchmark', () => {
    expect(inSizeClass(b('x', 2018, 1, { maxInhabitants: 60_000 }), 59_999)).toBe(true);
    expect(inSizeClass(b('x', 2018, 1, { maxInhabitants: 60_000 }), 60_000)).toBe(false);
    expect(benchmarkShare(5_450, b('x', 2023, 10_900))).toBe(0.5);
    expect(benchmarkShare(5_450, null)).toBeNull();
  });
});
