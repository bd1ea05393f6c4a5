/**
 * Randomised check of the live formulas: budgets with every kind of line and random profiles and
 * assumptions, recalculated by LibreOffice, must equal the engine in every line-year and total.
 * Deterministic (seeded), so a failure reproduces.
 */
import { describe, expect, test } from 'vitest';
import { calculate, type CalculationInput, type DevelopmentInput, type LineInput } from '@app/engine';
import { makeAssumptions, makeInput, TEST_RATE_CARD, TEST_SALARY_TABLE } from '../../engine/src/testing/fixtures.ts';
import { createBudgetWorkbook } from './xlsx/workbook.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { compareRecalculation } from './testing/verify-workbook.ts';
import { sampleMeta } from './testing/sample.ts';

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const maybe = <T>(p: number, v: () => T): T | null => (next() < p ? v() : null);
  const dec = (min: number, max: number, decimals: number) =>
    Math.round((min + next() * (max - min)) * 10 ** decimals) / 10 ** decimals;
  return { next, int, pick, maybe, dec };
}

function randomInput(seed: number, lineCount = 150): CalculationInput {
  const r = rng(seed);
  const firstYear = 2027;
  const domains = ['bedrijfsvoering', 'dienstverlening', 'fysiek-domein', 'sociaal-domein'];
  const developments: DevelopmentInput[] = Array.from({ length: 12 }, (_, i) => ({
    id: `dev-${i}`,
    domainKey: domains[i % domains.length]!,
    title: `Ontwikkeling ${i}`,
    startYear: r.maybe(0.5, () => r.int(firstYear - 2, firstYear + 3)),
    enabled: i !== 11,
  }));
  const scales = Object.keys(TEST_SALARY_TABLE.scales);
  const lines: LineInput[] = Array.from({ length: lineCount }, (_, i) => {
    const kind = r.pick(['incidental', 'structural', 'investment'] as const);
    const costBasis = kind === 'investment' ? 'amount' : r.pick(['amount', 'staff', 'hire', 'licence'] as const);
    const driver = r.pick(['fixed', 'inhabitants', 'employees', 'departments'] as const);
    const line: LineInput = {
      id: `r-${i}`,
      developmentId: `dev-${r.int(0, developments.length - 1)}`,
      description: `Willekeurige regel ${i}`,
      kind,
      costBasis,
      costPool: r.pick(['personnel', 'hire', 'software', 'hardware', 'services', 'training'] as const),
      provenance: r.pick(['published', 'example', 'custom'] as const),
      driver,
      elasticity: r.maybe(0.6, () => r.dec(0.2, 1.4, 2)),
      // An own value (ADR 0013) is not rescaled: the workbook must agree.
      ownQuantity: r.maybe(0.25, () => true),
      yearOffset: r.int(0, 4),
      durationYears: r.int(1, 5),
      depreciationYears: kind === 'investment' ? r.maybe(0.7, () => r.int(1, 8)) : null,
      indexation: r.maybe(0.3, () => r.pick(['wage', 'price', 'none'] as const)),
    };
    switch (costBasis) {
      case 'amount':
        line.amountCents = r.int(-50_000, 12_000_000) * (r.next() < 0.5 ? 1 : 100);
        break;
      case 'staff':
        line.hoursPerWeek = r.dec(0.5, 40, 1);
        line.salaryScale = r.pick(scales);
        break;
      case 'hire':
        line.hours = r.int(1, 2_500);
        line.hoursPeriod = r.maybe(0.7, () => r.pick(['year', 'total'] as const));
        if (r.next() < 0.5) line.hireRole = r.pick(Object.keys(TEST_RATE_CARD.rates));
        else line.hourlyRateCents = r.int(7_500, 22_500);
        break;
      case 'licence':
        line.units = r.int(1, 5_000);
        line.unitPriceCents = r.int(1, 150_000);
        line.unitPricePeriod = r.maybe(0.8, () => r.pick(['month', 'year'] as const));
        break;
    }
    if (kind === 'structural' && r.next() < 0.3) {
      line.contractYears = r.int(1, 5);
      line.retenderCents = r.maybe(0.4, () => r.int(0, 2_000_000));
      line.migrationCents = r.maybe(0.4, () => r.int(0, 2_000_000));
    }
    return line;
  });
  return makeInput({
    profile: { inhabitants: r.int(900, 950_000), employees: r.int(10, 9_000), departments: r.int(1, 300) },
    firstYear,
    horizonYears: r.int(3, 6),
    assumptions: makeAssumptions({
      salaryStep: r.pick(['max', 0, 2] as const),
      employerCostPct: r.dec(25, 40, 1),
      priceIndexationPct: r.dec(0, 5, 2),
      wageIndexationPct: r.dec(0, 5, 2),
      interestRatePct: r.dec(0, 5, 2),
      activationThresholdCents: r.int(0, 5_000_000),
      defaultDepreciationYears: r.int(1, 10),
      defaultElasticity: {
        fixed: 0,
        inhabitants: r.dec(0.5, 1.2, 2),
        employees: r.dec(0.5, 1.2, 2),
        departments: r.dec(0.5, 1.2, 2),
      },
      retenderPct: r.dec(0, 25, 1),
      migrationPct: r.dec(0, 25, 1),
    }),
    developments,
    lines,
  });
}

describe.skipIf(shouldSkipTool(findSoffice() != null))('random budgets: LibreOffice recalculation = engine', () => {
  test.each((process.env.EXPORT_RANDOM_SEEDS ?? '1,2,3').split(',').map(Number))('seed %i', async (seed) => {
    const input = randomInput(seed);
    const result = calculate(input);
    const meta = { ...sampleMeta(input, `Willekeurig ${seed}`), overrides: [], domainNames: {} };
    const built = createBudgetWorkbook({ input, result, meta });
    const sheets = await recalculateWithLibreOffice(Buffer.from(await built.workbook.xlsx.writeBuffer()));
    const report = compareRecalculation(built, sheets, result);
    console.info(`[xlsx random ${seed}] ${report.lineYearsChecked} line-years, ${report.figuresChecked} totals`);
    expect(report.mismatches).toEqual([]);
  });
});
