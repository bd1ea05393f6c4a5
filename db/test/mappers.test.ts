import { describe, expect, it } from 'vitest';
import { overriddenFields, parseSalaryStep, suggestProfile, toAssumptions, type AssumptionDefaultsRow, type RateCardRow, type SalaryTableRow } from '../src/index.ts';

const model = { inhabitants: 100_000, employees: 1_000, departments: 40 };

const salaryTable: SalaryTableRow = {
  id: 'cao-x',
  label: 'Cao X',
  validFrom: '2026-01-01',
  scales: { '10': [400_000, 445_000] },
  source: 'bron',
  sourceUrl: null,
  estimate: true,
  note: null,
};
const rateCard: RateCardRow = {
  id: 'rates-x',
  label: 'Tarieven X',
  validFrom: '2026-01-01',
  rates: { medior: 10_500 },
  source: 'bron',
  sourceUrl: null,
  estimate: true,
  note: null,
};
const defaults: AssumptionDefaultsRow = {
  id: '00000000-0000-0000-0000-000000000000',
  organisationId: null,
  salaryTableId: 'cao-x',
  salaryStep: '1',
  employerCostPct: 33,
  rateCardId: 'rates-x',
  defaultHireRole: 'medior',
  priceIndexationPct: 2.5,
  wageIndexationPct: 3,
  interestRatePct: 1.5,
  activationThresholdCents: 1_500_000,
  defaultDepreciationYears: 5,
  defaultElasticity: { fixed: 0, inhabitants: 1, employees: 0.8, departments: 1 },
  retenderPct: 10,
  migrationPct: 15,
  sources: {},
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

describe('mappers', () => {
  it('suggests employees and departments in the model ratio (API contract)', () => {
    expect(suggestProfile(43_673, model)).toEqual({ inhabitants: 43_673, employees: 437, departments: 17 });
    expect(suggestProfile(100_000, model)).toEqual(model);
    expect(suggestProfile(900, model)).toEqual({ inhabitants: 900, employees: 9, departments: 1 });
  });

  it('builds the engine Assumptions with the salary table and rate card embedded', () => {
    expect(toAssumptions(defaults, salaryTable, rateCard)).toEqual({
      salaryTable: { id: 'cao-x', label: 'Cao X', validFrom: '2026-01-01', source: 'bron', scales: { '10': [400_000, 445_000] } },
      salaryStep: 1,
      employerCostPct: 33,
      rateCard: { id: 'rates-x', label: 'Tarieven X', validFrom: '2026-01-01', source: 'bron', rates: { medior: 10_500 } },
      defaultHireRole: 'medior',
      priceIndexationPct: 2.5,
      wageIndexationPct: 3,
      interestRatePct: 1.5,
      activationThresholdCents: 1_500_000,
      defaultDepreciationYears: 5,
      defaultElasticity: { fixed: 0, inhabitants: 1, employees: 0.8, departments: 1 },
      retenderPct: 10,
      migrationPct: 15,
    });
  });

  it('refuses a salary table or rate card the defaults do not name', () => {
    expect(() => toAssumptions(defaults, { ...salaryTable, id: 'other' }, rateCard)).toThrow(/salary table/);
    expect(() => toAssumptions(defaults, salaryTable, { ...rateCard, id: 'other' })).toThrow(/rate card/);
  });

  it('parses the salary step', () => {
    expect(parseSalaryStep('max')).toBe('max');
    expect(parseSalaryStep('0')).toBe(0);
    expect(() => parseSalaryStep('-1')).toThrow(/salary step/);
    expect(() => parseSalaryStep('hoog')).toThrow(/salary step/);
  });

  it('lists overridden fields', () => {
    expect(overriddenFields({ overrides: { amountCents: 1, yearOffset: 0 } })).toEqual(['amountCents', 'yearOffset']);
    expect(overriddenFields({ overrides: {} })).toEqual([]);
  });
});
