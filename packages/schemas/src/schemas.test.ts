import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AssumptionsPatchSchema,
  BudgetCreateSchema,
  CalculationRequestSchema,
  CatalogQuerySchema,
  CompareQuerySchema,
  LineOverrideFieldsSchema,
  LineOverrideSchema,
  MunicipalityQuerySchema,
  ProfileSchema,
  YearAmountsSchema,
} from './index.ts';

const paths = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('ProfileSchema', () => {
  it('accepts the model profile', () => {
    expect(ProfileSchema.parse({ inhabitants: 100_000, employees: 1_000, departments: 40 })).toEqual({
      inhabitants: 100_000,
      employees: 1_000,
      departments: 40,
    });
  });
  it('rejects zero, negative, fractional and NaN sizes, naming each field', () => {
    const result = ProfileSchema.safeParse({ inhabitants: 0, employees: -5, departments: 1.5 });
    expect(paths(result).sort()).toEqual(['departments', 'employees', 'inhabitants']);
    expect(paths(ProfileSchema.safeParse({ inhabitants: Number.NaN, employees: 1, departments: 1 }))).toEqual([
      'inhabitants',
    ]);
  });
});

describe('CalculationRequestSchema', () => {
  it('fills defaults', () => {
    const parsed = CalculationRequestSchema.parse({ cbsCode: 'gm0310', firstYear: 2027 });
    expect(parsed).toMatchObject({ cbsCode: 'GM0310', horizonYears: 4, includeExamples: true, traces: false });
  });
  it('requires a profile or a cbsCode, not both', () => {
    expect(paths(CalculationRequestSchema.safeParse({ firstYear: 2027 }))).toEqual(['profile']);
    const both = { firstYear: 2027, cbsCode: 'GM0310', profile: { inhabitants: 1, employees: 1, departments: 1 } };
    expect(paths(CalculationRequestSchema.safeParse(both))).toEqual(['cbsCode']);
  });
  it('bounds years, horizon and percentages', () => {
    const result = CalculationRequestSchema.safeParse({
      cbsCode: 'GM0310',
      firstYear: 1999,
      horizonYears: 11,
      assumptions: { employerCostPct: 101, priceIndexationPct: -1 },
    });
    expect(paths(result).sort()).toEqual([
      'assumptions.employerCostPct',
      'assumptions.priceIndexationPct',
      'firstYear',
      'horizonYears',
    ]);
  });
  it('rejects a malformed CBS code', () => {
    expect(paths(CalculationRequestSchema.safeParse({ cbsCode: 'De Bilt', firstYear: 2027 }))).toEqual(['cbsCode']);
  });
});

describe('LineOverrideFieldsSchema', () => {
  it('accepts a partial override', () => {
    expect(LineOverrideFieldsSchema.parse({ amountCents: 750_000 })).toEqual({ amountCents: 750_000 });
  });
  it('rejects negative cents, fractional cents, elasticity out of range and unknown fields', () => {
    expect(paths(LineOverrideFieldsSchema.safeParse({ amountCents: -1 }))).toEqual(['amountCents']);
    expect(paths(LineOverrideFieldsSchema.safeParse({ amountCents: 1.5 }))).toEqual(['amountCents']);
    expect(paths(LineOverrideFieldsSchema.safeParse({ elasticity: 3.5 }))).toEqual(['elasticity']);
    expect(LineOverrideFieldsSchema.safeParse({ amount: 5 }).success).toBe(false);
  });
  it('rejects NaN and Infinity (1e309 in JSON parses to Infinity)', () => {
    expect(paths(LineOverrideFieldsSchema.safeParse(JSON.parse('{"hoursPerWeek": 1e309}')))).toEqual(['hoursPerWeek']);
    expect(paths(LineOverrideFieldsSchema.safeParse({ elasticity: Number.NaN }))).toEqual(['elasticity']);
    expect(paths(LineOverrideFieldsSchema.safeParse({ units: Number.NEGATIVE_INFINITY }))).toEqual(['units']);
  });
  it('rejects an empty override', () => {
    expect(LineOverrideFieldsSchema.safeParse({}).success).toBe(false);
  });
  it('requires a justification of at least 3 characters', () => {
    expect(paths(LineOverrideSchema.safeParse({ fields: { amountCents: 1 } }))).toEqual(['justification']);
    expect(paths(LineOverrideSchema.safeParse({ fields: { amountCents: 1 }, justification: '  a ' }))).toEqual([
      'justification',
    ]);
    expect(LineOverrideSchema.safeParse({ fields: { amountCents: 1 }, justification: 'offerte 2027' }).success).toBe(
      true,
    );
  });
});

describe('BudgetCreateSchema', () => {
  it('needs a name for a hand-entered profile', () => {
    const body = { name: 'Begroting', firstYear: 2027, profile: { inhabitants: 5000, employees: 50, departments: 3 } };
    expect(paths(BudgetCreateSchema.safeParse(body))).toEqual(['profile.name']);
  });
  it('rejects a huge name', () => {
    expect(
      paths(BudgetCreateSchema.safeParse({ name: 'x'.repeat(10_000), cbsCode: 'GM0310', firstYear: 2027 })),
    ).toEqual(['name']);
  });
});

describe('query schemas', () => {
  it('parses booleans and numbers from query strings', () => {
    expect(CatalogQuerySchema.parse({ includeExamples: 'false' }).includeExamples).toBe(false);
    expect(CatalogQuerySchema.parse({}).includeExamples).toBe(true);
    expect(MunicipalityQuerySchema.parse({ limit: '5' }).limit).toBe(5);
    expect(MunicipalityQuerySchema.safeParse({ limit: 'abc' }).success).toBe(false);
  });
  it('splits compare ids and validates each', () => {
    const a = '00000000-0000-4000-8000-000000000001';
    const b = '00000000-0000-4000-8000-000000000002';
    expect(CompareQuerySchema.parse({ ids: `${a}, ${b}` }).ids).toEqual([a, b]);
    expect(CompareQuerySchema.safeParse({ ids: a }).success).toBe(false);
    expect(CompareQuerySchema.safeParse({ ids: `${a},nope` }).success).toBe(false);
  });
});

describe('misc', () => {
  it('year amounts accept numeric keys from JSON', () => {
    expect(YearAmountsSchema.parse(JSON.parse('{"2027": 500000}'))).toEqual({ 2027: 500000 });
    expect(YearAmountsSchema.safeParse({ abc: 1 }).success).toBe(false);
  });
  it('assumption patches are partial but still bounded', () => {
    expect(AssumptionsPatchSchema.parse({ interestRatePct: 1.5 })).toEqual({ interestRatePct: 1.5 });
    expect(
      paths(
        AssumptionsPatchSchema.safeParse({
          defaultElasticity: { fixed: 0, inhabitants: 5, employees: 1, departments: 1 },
        }),
      ),
    ).toEqual(['defaultElasticity.inhabitants']);
  });
  it('JSON schema generation works for the request schemas', () => {
    expect(() => z.toJSONSchema(CalculationRequestSchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(CompareQuerySchema, { io: 'input' })).not.toThrow();
  });
});
