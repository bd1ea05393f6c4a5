import { describe, expect, it } from 'vitest';
import { calculate, calculateTotals } from './calculate.ts';
import { EngineInputError } from './errors.ts';
import { explainCell } from './explain.ts';
import { MODEL_PROFILE, makeAssumptions, makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import type { CalculationInput } from './types.ts';

function fieldOf(input: CalculationInput): string {
  try {
    calculate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineInputError);
    expect(error).toBeInstanceOf(Error);
    // A line write checks with calculateTotals: it must refuse the same input the same way.
    const { field, message } = error as EngineInputError;
    expect(() => calculateTotals(input)).toThrow(expect.objectContaining({ field, message }));
    return (error as EngineInputError).field;
  }
  throw new Error('calculate() did not throw');
}

const staff = {
  kind: 'structural',
  costBasis: 'staff',
  amountCents: null,
  hoursPerWeek: 16,
  salaryScale: '10',
} as const;

describe('EngineInputError names the field it cannot compute', () => {
  it.each<[string, () => CalculationInput, string]>([
    [
      'unknown salary scale',
      () => makeInput({ lines: [makeLine(), makeLine({ ...staff, salaryScale: '99' })] }),
      'lines[1].salaryScale',
    ],
    [
      'missing salary scale',
      () => makeInput({ lines: [makeLine({ ...staff, salaryScale: null })] }),
      'lines[0].salaryScale',
    ],
    [
      'missing hours per week',
      () => makeInput({ lines: [makeLine({ ...staff, hoursPerWeek: null })] }),
      'lines[0].hoursPerWeek',
    ],
    [
      'salary step beyond the scale',
      () => makeInput({ assumptions: makeAssumptions({ salaryStep: 17 }), lines: [makeLine(staff)] }),
      'assumptions.salaryStep',
    ],
    [
      'unknown development',
      () => makeInput({ lines: [makeLine({ developmentId: 'nope' })] }),
      'lines[0].developmentId',
    ],
    [
      'model driver value 0',
      () =>
        makeInput({ modelProfile: { ...MODEL_PROFILE, inhabitants: 0 }, lines: [makeLine({ driver: 'inhabitants' })] }),
      'modelProfile.inhabitants',
    ],
    [
      'negative own driver value',
      () => makeInput({ profile: { ...MODEL_PROFILE, employees: -5 }, lines: [makeLine({ driver: 'employees' })] }),
      'profile.employees',
    ],
    [
      'own value 0 with a negative elasticity',
      () =>
        makeInput({
          profile: { ...MODEL_PROFILE, employees: 0 },
          lines: [makeLine({ driver: 'employees', elasticity: -0.5 })],
        }),
      'profile.employees',
    ],
    ['negative horizon', () => makeInput({ horizonYears: -1 }), 'horizonYears'],
    ['fractional horizon', () => makeInput({ horizonYears: 2.5 }), 'horizonYears'],
    ['missing amount', () => makeInput({ lines: [makeLine({ amountCents: null })] }), 'lines[0].amountCents'],
    ['NaN amount', () => makeInput({ lines: [makeLine({ amountCents: Number.NaN })] }), 'lines[0].amountCents'],
    [
      'unknown hire role',
      () => makeInput({ lines: [makeLine({ costBasis: 'hire', amountCents: null, hours: 10, hireRole: 'tovenaar' })] }),
      'lines[0].hireRole',
    ],
    [
      'default hire role not on the card',
      () =>
        makeInput({
          assumptions: makeAssumptions({ defaultHireRole: 'tovenaar' }),
          lines: [makeLine({ costBasis: 'hire', amountCents: null, hours: 10 })],
        }),
      'assumptions.defaultHireRole',
    ],
    [
      'missing licence price',
      () => makeInput({ lines: [makeLine({ costBasis: 'licence', amountCents: null, units: 3 })] }),
      'lines[0].unitPriceCents',
    ],
    ['durationYears 0', () => makeInput({ lines: [makeLine({ durationYears: 0 })] }), 'lines[0].durationYears'],
    ['negative yearOffset', () => makeInput({ lines: [makeLine({ yearOffset: -1 })] }), 'lines[0].yearOffset'],
    [
      'depreciation term 0',
      () => makeInput({ lines: [makeLine({ kind: 'investment', depreciationYears: 0 })] }),
      'lines[0].depreciationYears',
    ],
    [
      'negative contract term',
      () => makeInput({ lines: [makeLine({ kind: 'structural', contractYears: -2 })] }),
      'lines[0].contractYears',
    ],
    ['unknown driver', () => makeInput({ lines: [makeLine({ driver: 'dogs' as never })] }), 'lines[0].driver'],
    ['duplicate line id', () => makeInput({ lines: [makeLine({ id: 'x' }), makeLine({ id: 'x' })] }), 'lines[1].id'],
    [
      'duplicate development id',
      () => makeInput({ developments: [makeDevelopment(), makeDevelopment()] }),
      'developments[1].id',
    ],
    [
      'fractional development start',
      () => makeInput({ developments: [makeDevelopment({ startYear: 2026.5 })] }),
      'developments[0].startYear',
    ],
    ['missing lines list', () => ({ ...makeInput(), lines: undefined as never }), 'lines'],
    ['missing developments list', () => ({ ...makeInput(), developments: null as never }), 'developments'],
    ['missing model profile', () => ({ ...makeInput(), modelProfile: undefined as never }), 'modelProfile'],
    [
      'missing salary table',
      () => makeInput({ assumptions: makeAssumptions({ salaryTable: undefined as never }), lines: [makeLine(staff)] }),
      'assumptions.salaryTable',
    ],
    [
      'missing rate card',
      () =>
        makeInput({
          assumptions: makeAssumptions({ rateCard: null as never }),
          lines: [makeLine({ costBasis: 'hire', amountCents: null, hours: 10 })],
        }),
      'assumptions.rateCard',
    ],
    [
      'missing interest rate',
      () => makeInput({ assumptions: makeAssumptions({ interestRatePct: undefined as never }) }),
      'assumptions.interestRatePct',
    ],
  ])('%s → %s', (_name, build, field) => {
    expect(fieldOf(build())).toBe(field);
  });

  it('a model value of 0 is fine for drivers no line uses', () => {
    const input = makeInput({
      modelProfile: { ...MODEL_PROFILE, departments: 0 },
      lines: [makeLine({ driver: 'inhabitants' })],
    });
    expect(calculate(input).totals.total[2026]).toBe(500_000);
  });

  it('explainCell throws the same error for a line it cannot compute', () => {
    const input = makeInput({ lines: [makeLine({ id: 'x', ...staff, salaryScale: '99' })] });
    expect(() => explainCell(input, 'x', 'structural', 2026)).toThrow(
      expect.objectContaining({ field: 'lines[0].salaryScale' }),
    );
  });

  it('the message names the field too', () => {
    expect(new EngineInputError('lines[3].salaryScale', 'unknown').message).toBe('lines[3].salaryScale: unknown');
  });
});
