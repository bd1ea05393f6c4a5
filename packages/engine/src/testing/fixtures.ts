/**
 * Input builders for tests and benchmarks of any package. The salary table and rate card here are
 * TEST FIXTURES with made-up round numbers — not the Cao Gemeenten, not a real rate card. Real
 * reference data lives in the database seed with its source and date.
 */
import type {
  Assumptions,
  CalculationInput,
  DevelopmentInput,
  LineInput,
  Profile,
  RateCard,
  SalaryTable,
} from '../types.ts';

/** The Modelgemeente: 100,000 inhabitants, 1,000 employees, 40 departments. */
export const MODEL_PROFILE: Readonly<Profile> = Object.freeze({
  inhabitants: 100_000,
  employees: 1_000,
  departments: 40,
});

/** TEST FIXTURE salary table (monthly cents per step, ascending). Schaal 10 max = € 5.118. */
export const TEST_SALARY_TABLE: SalaryTable = {
  id: 'test-salary-table',
  label: 'Testfixture salaristabel (geen echte cao-bedragen)',
  validFrom: '2026-01-01',
  source: 'Testfixture in packages/engine/src/testing/fixtures.ts',
  scales: {
    '8': [300_000, 320_000, 340_000, 360_000, 380_000, 400_000],
    '9': [340_000, 360_000, 380_000, 400_000, 420_000, 440_000],
    '10': [380_000, 410_000, 440_000, 470_000, 495_000, 511_800],
    '11': [420_000, 450_000, 480_000, 510_000, 540_000, 570_000],
    '12': [470_000, 500_000, 530_000, 560_000, 590_000, 620_000],
  },
};

/** TEST FIXTURE rate card (cents per hour excl. BTW). */
export const TEST_RATE_CARD: RateCard = {
  id: 'test-rate-card',
  label: 'Testfixture tarievenkaart',
  validFrom: '2026-01-01',
  source: 'Testfixture in packages/engine/src/testing/fixtures.ts',
  rates: { adviseur: 12_500, projectleider: 13_500, ontwikkelaar: 11_000 },
};

/** Assumptions with round test values; override what a test is about. */
export function makeAssumptions(overrides: Partial<Assumptions> = {}): Assumptions {
  return {
    salaryTable: TEST_SALARY_TABLE,
    salaryStep: 'max',
    employerCostPct: 33,
    rateCard: TEST_RATE_CARD,
    defaultHireRole: 'adviseur',
    priceIndexationPct: 2,
    wageIndexationPct: 3,
    interestRatePct: 1,
    activationThresholdCents: 2_500_000,
    defaultDepreciationYears: 5,
    defaultElasticity: { fixed: 0, inhabitants: 1, employees: 1, departments: 1 },
    retenderPct: 10,
    migrationPct: 15,
    ...overrides,
  };
}

/** A development in domain "bedrijfsvoering", enabled, starting in the budget's first year. */
export function makeDevelopment(overrides: Partial<DevelopmentInput> = {}): DevelopmentInput {
  return {
    id: 'dev-1',
    domainKey: 'bedrijfsvoering',
    title: 'Testontwikkeling',
    startYear: null,
    enabled: true,
    ...overrides,
  };
}

let lineCounter = 0;

/** An incidental, fixed € 5.000 amount line in dev-1; ids default to line-1, line-2, … */
export function makeLine(overrides: Partial<LineInput> = {}): LineInput {
  lineCounter += 1;
  return {
    id: `line-${lineCounter}`,
    developmentId: 'dev-1',
    description: 'Testregel',
    kind: 'incidental',
    costBasis: 'amount',
    costPool: 'services',
    provenance: 'example',
    amountCents: 500_000,
    driver: 'fixed',
    elasticity: null,
    yearOffset: 0,
    durationYears: 1,
    ...overrides,
  };
}

/** A 4-year budget from 2026 on the model profile with one development (dev-1) and no lines. */
export function makeInput(overrides: Partial<CalculationInput> = {}): CalculationInput {
  return {
    modelProfile: { ...MODEL_PROFILE },
    profile: { ...MODEL_PROFILE },
    firstYear: 2026,
    horizonYears: 4,
    assumptions: makeAssumptions(),
    developments: [makeDevelopment()],
    lines: [],
    ...overrides,
  };
}
