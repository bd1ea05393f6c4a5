import { describe, expect, it } from 'vitest';
import { overriddenFields, parseSalaryStep, staffRatioFor, suggestProfile, toAssumptions, type AssumptionDefaultsRow, type RateCardRow, type SalaryTableRow, type StaffRatio } from '../src/index.ts';

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
  scalingRange: { minRatio: 0.2, maxRatio: 2.5 },
  sources: {},
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

describe('mappers', () => {
  const ratio = (id: string, minInhabitants: number, maxInhabitants: number | null, ftePer1000: number): StaffRatio => ({
    id, label: id, minInhabitants, maxInhabitants, ftePer1000, year: 2024, source: 'bron', sourceUrl: null, estimate: false, note: null,
  });
  const ratios = [ratio('klein', 0, 50_000, 7), ratio('midden', 50_000, 350_000, 7.7), ratio('g4', 350_000, null, 15)];

  it('finds the size class: min inclusive, max exclusive, the last class open-ended', () => {
    expect(staffRatioFor(49_999, ratios)?.id).toBe('klein');
    expect(staffRatioFor(50_000, ratios)?.id).toBe('midden');
    expect(staffRatioFor(2_000_000, ratios)?.id).toBe('g4');
    expect(staffRatioFor(10, [])).toBeUndefined();
  });

  it('suggests employees from the size class ratio and departments at the model span of control (25 per department)', () => {
    // 43.673 × 7 / 1.000 = 305,71 → 306; 306 × 40 / 1.000 = 12,24 → 12
    expect(suggestProfile(43_673, model, ratios)).toEqual({ inhabitants: 43_673, employees: 306, departments: 12 });
    // 100.000 × 7,7 / 1.000 = 770; 770 / 25 = 30,8 → 31
    expect(suggestProfile(100_000, model, ratios)).toEqual({ inhabitants: 100_000, employees: 770, departments: 31 });
    // 942.504 × 15 / 1.000 = 14.137,56 → 14.138; / 25 = 565,52 → 566
    expect(suggestProfile(942_504, model, ratios)).toEqual({ inhabitants: 942_504, employees: 14_138, departments: 566 });
    // at least one employee and one department
    expect(suggestProfile(20, model, ratios)).toEqual({ inhabitants: 20, employees: 1, departments: 1 });
  });

  it('falls back to the model ratio without reference data', () => {
    expect(suggestProfile(43_673, model, [])).toEqual({ inhabitants: 43_673, employees: 437, departments: 17 });
    expect(suggestProfile(100_000, model, [])).toEqual(model);
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
      scalingRange: { minRatio: 0.2, maxRatio: 2.5 },
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
