import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext, linePlanSummary, planLine } from './plan.ts';
import { makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';
import { HIRE_HOURS_PERIODS, INDEXATIONS, LINE_KINDS, type LineInput } from './types.ts';

// The summary an exporter reads must state what planLine decides, for every kind, basis and option.
describe('linePlanSummary', () => {
  const basisFields: Record<LineInput['costBasis'], Partial<LineInput>> = {
    amount: { amountCents: 100_000 },
    staff: { hoursPerWeek: 18, salaryScale: '10' },
    hire: { hours: 200, hourlyRateCents: 10_000 },
    licence: { units: 20, unitPriceCents: 1_500 },
  };
  it('agrees with planLine on per-year base, indexation and start year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LINE_KINDS),
        fc.constantFrom(...(Object.keys(basisFields) as LineInput['costBasis'][])),
        fc.option(fc.constantFrom(...HIRE_HOURS_PERIODS)),
        fc.option(fc.constantFrom(...INDEXATIONS)),
        fc.option(fc.integer({ min: 2026, max: 2029 })),
        fc.integer({ min: 0, max: 3 }),
        (kind, costBasis, hoursPeriod, indexation, startYear, yearOffset) => {
          const line = makeLine({ kind, costBasis, ...basisFields[costBasis], hoursPeriod, indexation, yearOffset });
          const input = makeInput({ developments: [makeDevelopment({ startYear })], lines: [line] });
          const plan = planLine(createContext(input), line, 0);
          expect(linePlanSummary(input, line)).toEqual({
            perYear: plan.perYear,
            indexation: plan.indexation,
            startYear: plan.start,
          });
        },
      ),
    );
  });
});
