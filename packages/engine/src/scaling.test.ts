import { describe, expect, it } from 'vitest';
import { EngineInputError } from './errors.ts';
import { monthlySalaryCents } from './salary.ts';
import { effectiveElasticity, scaleRatio } from './scaling.ts';
import { MODEL_PROFILE, TEST_SALARY_TABLE, makeAssumptions } from './testing/fixtures.ts';

const own = { inhabitants: 43_673, employees: 400, departments: 10 };

describe('scaleRatio', () => {
  it('is own / model per driver and 1 for fixed', () => {
    expect(scaleRatio('inhabitants', own, MODEL_PROFILE)).toBe(0.43673);
    expect(scaleRatio('employees', own, MODEL_PROFILE)).toBe(0.4);
    expect(scaleRatio('departments', own, MODEL_PROFILE)).toBe(0.25);
    expect(scaleRatio('fixed', own, MODEL_PROFILE)).toBe(1);
  });
  it('is exactly 1 on the model profile', () => {
    for (const driver of ['inhabitants', 'employees', 'departments'] as const) {
      expect(scaleRatio(driver, MODEL_PROFILE, MODEL_PROFILE)).toBe(1);
    }
  });
  it('rejects a model driver value of 0 and a negative own value, naming the field', () => {
    expect(() => scaleRatio('employees', own, { ...MODEL_PROFILE, employees: 0 })).toThrow(EngineInputError);
    try {
      scaleRatio('employees', own, { ...MODEL_PROFILE, employees: 0 });
    } catch (error) {
      expect((error as EngineInputError).field).toBe('modelProfile.employees');
    }
    try {
      scaleRatio('departments', { ...own, departments: -1 }, MODEL_PROFILE);
      expect.unreachable();
    } catch (error) {
      expect((error as EngineInputError).field).toBe('profile.departments');
    }
  });
  it('does not look at the profile for fixed lines', () => {
    expect(scaleRatio('fixed', own, { ...MODEL_PROFILE, employees: 0 })).toBe(1);
  });
});

describe('effectiveElasticity', () => {
  const assumptions = makeAssumptions({
    defaultElasticity: { fixed: 0, inhabitants: 0.8, employees: 1, departments: 0.5 },
  });
  it('uses the line value, else the budget default per driver; fixed is always 0', () => {
    expect(effectiveElasticity({ driver: 'inhabitants', elasticity: null }, assumptions)).toBe(0.8);
    expect(effectiveElasticity({ driver: 'inhabitants', elasticity: 1 }, assumptions)).toBe(1);
    expect(effectiveElasticity({ driver: 'departments', elasticity: undefined }, assumptions)).toBe(0.5);
    expect(effectiveElasticity({ driver: 'fixed', elasticity: 0.7 }, assumptions)).toBe(0);
  });
});

describe('monthlySalaryCents', () => {
  it("takes the last step for 'max' and an index otherwise", () => {
    expect(monthlySalaryCents(TEST_SALARY_TABLE, '10', 'max')).toBe(511_800);
    expect(monthlySalaryCents(TEST_SALARY_TABLE, '10', 0)).toBe(380_000);
    expect(monthlySalaryCents(TEST_SALARY_TABLE, '8', 2)).toBe(340_000);
  });
  it('throws EngineInputError for an unknown scale or step', () => {
    expect(() => monthlySalaryCents(TEST_SALARY_TABLE, '99', 'max', 'lines[3].salaryScale')).toThrow(
      expect.objectContaining({ name: 'EngineInputError', field: 'lines[3].salaryScale' }),
    );
    expect(() => monthlySalaryCents(TEST_SALARY_TABLE, 'toString', 'max')).toThrow(EngineInputError);
    expect(() => monthlySalaryCents(TEST_SALARY_TABLE, '10', 6)).toThrow(
      expect.objectContaining({ field: 'assumptions.salaryStep' }),
    );
    expect(() => monthlySalaryCents(TEST_SALARY_TABLE, '10', 1.5)).toThrow(
      expect.objectContaining({ field: 'assumptions.salaryStep' }),
    );
  });
});
