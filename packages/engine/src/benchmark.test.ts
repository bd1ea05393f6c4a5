import { describe, expect, it } from 'vitest';
import { costPerCapita } from './benchmark.ts';
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
    expect(first).toMatchObject({ year: input.firstYear, structuralCents: 1_000_000, perInhabitantCents: 333, perEmployeeCents: 14_286 });
    expect(first?.benchmarkRatio).toBeCloseTo(333 / 10_900, 10);
  });

  it('reports 0 for an empty profile and no ratio without a benchmark', () => {
    const input = makeInput({ lines: [] });
    const rows = costPerCapita(calculate(input), { inhabitants: 0, employees: 0, departments: 0 });
    expect(rows.every((r) => r.perInhabitantCents === 0 && r.perEmployeeCents === 0 && r.benchmarkRatio === null)).toBe(true);
  });
});
