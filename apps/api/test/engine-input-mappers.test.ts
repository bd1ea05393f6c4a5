import { describe, expect, it } from 'vitest';
import type { AssumptionDefaultsRow, RateCardRow, SalaryTableRow } from '@app/db';
import { overriddenFields, parseSalaryStep, toAssumptions } from '../src/services/engine-input/mappers.ts';

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
  scalingRange: { minRatio: 0.2, maxRatio: 2.5 },
  depreciationYearsByAssetClass: {},
  externalFinancingPct: 100,
  interestOnOwnEquity: false,
  writeOffAtOnce: false,
  sources: {},
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

describe('row → engine-input mappers', () => {
  it('builds the engine Assumptions with the salary table and rate card embedded', () => {
    expect(toAssumptions(defaults, salaryTable, rateCard)).toEqual({
      salaryTable: {
        id: 'cao-x',
        label: 'Cao X',
        validFrom: '2026-01-01',
        source: 'bron',
        scales: { '10': [400_000, 445_000] },
      },
      salaryStep: 1,
      employerCostPct: 33,
      rateCard: {
        id: 'rates-x',
        label: 'Tarieven X',
        validFrom: '2026-01-01',
        source: 'bron',
        rates: { medior: 10_500 },
      },
      defaultHireRole: 'medior',
      priceIndexationPct: 2.5,
      wageIndexationPct: 3,
      interestRatePct: 1.5,
      activationThresholdCents: 1_500_000,
      defaultDepreciationYears: 5,
      defaultElasticity: { fixed: 0, inhabitants: 1, employees: 0.8, departments: 1 },
      retenderPct: 10,
      migrationPct: 15,
      scalingRange: { minRatio: 0.2, maxRatio: 2.5 },
      depreciationYearsByAssetClass: {},
      externalFinancingPct: 100,
      interestOnOwnEquity: false,
      writeOffAtOnce: false,
    });
    expect(toAssumptions({ ...defaults, scalingRange: null }, salaryTable, rateCard).scalingRange).toBeNull();
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
