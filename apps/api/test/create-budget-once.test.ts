import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { calculate, calculateTotals } from '@app/engine';
import { findMunicipality } from '../src/services/municipalities/find-municipality.ts';
import { createTestApp, type TestContext } from './helpers.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

// architecture.md: a budget created from the start page goes route → service → engine → response,
// each record read once, the engine run once (calculate, or calculateTotals for the check that the
// budget computes). Count the engine calls and the municipality reads.
vi.mock('@app/engine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@app/engine')>();
  return { ...actual, calculate: vi.fn(actual.calculate), calculateTotals: vi.fn(actual.calculateTotals) };
});
vi.mock('../src/services/municipalities/find-municipality.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/services/municipalities/find-municipality.ts')>();
  return { ...actual, findMunicipality: vi.fn(actual.findMunicipality) };
});
const engineRuns = () => vi.mocked(calculate).mock.calls.length + vi.mocked(calculateTotals).mock.calls.length;

let t: TestContext;
let advisor: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  advisor = await signIn(t.app, 'advisor');
});
afterAll(() => t.close());

describe('POST /api/budgets', () => {
  it('reads the municipality once and runs the engine once per create', async () => {
    vi.mocked(calculate).mockClear();
    vi.mocked(calculateTotals).mockClear();
    vi.mocked(findMunicipality).mockClear();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: { name: 'Eén keer', cbsCode: 'GM0310', firstYear: 2027 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ profile: { cbsCode: 'GM0310', employees: 306 } });
    expect(engineRuns()).toBe(1);
    expect(vi.mocked(findMunicipality)).toHaveBeenCalledTimes(1);
  });

  it('runs the engine once for a hand-entered profile too', async () => {
    vi.mocked(calculate).mockClear();
    vi.mocked(calculateTotals).mockClear();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/budgets',
      headers: advisor,
      payload: {
        name: 'Eigen profiel',
        profile: { name: 'Eigen gemeente', inhabitants: 50_000, employees: 400, departments: 16 },
        firstYear: 2027,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(engineRuns()).toBe(1);
  });
});
