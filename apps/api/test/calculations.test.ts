import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalculationResponseSchema, type CalculationResponse, type Catalog, type CatalogLine } from '@app/schemas';
import { createTestApp, MODEL_PROFILE, type TestContext } from './helpers.ts';

let t: TestContext;
let lines: CatalogLine[];
const line = (prefix: string) => {
  const found = lines.find((candidate) => candidate.description.startsWith(prefix));
  if (!found) throw new Error(`no catalog line "${prefix}"`);
  return found;
};

beforeAll(async () => {
  t = await createTestApp();
  const catalog = (await t.app.inject({ method: 'GET', url: '/api/catalog/editions/current' })).json() as Catalog;
  lines = catalog.domains.flatMap((domain) => domain.developments.flatMap((development) => development.lines));
});
afterAll(() => t.close());

const calculate = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/calculations', payload: payload as object });
const amounts = (response: CalculationResponse, lineId: string, component: string) =>
  response.result.rows.find((row) => row.lineId === lineId && row.component === component)?.amounts;

describe('POST /api/calculations', () => {
  it('reproduces the published amounts exactly for the model profile', async () => {
    const response = await calculate({ profile: MODEL_PROFILE, firstYear: 2027 });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    // The route sends pre-serialized engine output (no per-response zod pass), so prove the shape here.
    const body = CalculationResponseSchema.parse(response.json()) as CalculationResponse;
    expect(body.result.years).toEqual([2027, 2028, 2029, 2030]);
    expect(amounts(body, line('Dashboard ontwikkelen').id, 'incidental')).toEqual({
      2027: 500_000,
      2028: 0,
      2029: 0,
      2030: 0,
    });
    expect(amounts(body, line('Opleiding in VNG methodiek klantreizen').id, 'incidental')).toEqual({
      2027: 300_000,
      2028: 0,
      2029: 0,
      2030: 0,
    });
    // 16/36 FTE × € 5.713 (schaal 10 max per 1 januari 2027, afgeleid) × 12 × 1,559 = € 47.501,69 → € 47.502.
    expect(amounts(body, line('Coördinator klantreizen').id, 'structural')?.[2027]).toBe(4_750_200);
    // Incomplete published lines are computed as € 0 and flagged until the user completes them.
    const incomplete = lines.filter((l) => l.provenance === 'published-incomplete');
    expect(incomplete.length).toBeGreaterThan(0);
    for (const cut of incomplete) {
      expect(body.result.lines.find((l) => l.lineId === cut.id)?.incomplete).toBe(true);
      expect(
        Object.values(body.result.rows.find((row) => row.lineId === cut.id)?.amounts ?? {}).every(
          (cents) => cents === 0,
        ),
      ).toBe(true);
    }
    // The engine input is echoed only on request (it is as large as the result).
    expect(body.input).toBeUndefined();
    // Totals are sums of the rounded rows.
    const total2027 = body.result.rows
      .filter((row) => row.category !== 'investment')
      .reduce((sum, row) => sum + (row.amounts[2027] ?? 0), 0);
    expect(body.result.totals.total[2027]).toBe(total2027);
    expect(body.traces).toBeUndefined();
  });

  it('rescales to De Bilt (cbsCode): ratio 43.673/100.000 and 306/1.000 (suggested formatie 7,0 per 1.000 inwoners)', async () => {
    const response = await calculate({ cbsCode: 'GM0310', firstYear: 2027, includeInput: true });
    expect(response.statusCode).toBe(200);
    const body = response.json() as CalculationResponse;
    // 43.673 × 7,0 / 1.000 = 305,71 → 306 employees (class 20.000–50.000); 306 / 25 = 12,24 → 12 departments.
    expect(body.input?.profile).toEqual({ inhabitants: 43_673, employees: 306, departments: 12 });
    // The default validity range is part of the assumptions; De Bilt lies inside it.
    expect(body.input?.assumptions.scalingRange).toEqual({ minRatio: 0.2, maxRatio: 2.5 });
    // Fixed driver: unchanged.
    expect(amounts(body, line('Dashboard ontwikkelen').id, 'incidental')?.[2027]).toBe(500_000);
    // 16 u/w × 0,43673^0,7 (= 0,55995) = 8,9592 u/w = 0,248867 FTE × € 5.713 × 12 × 1,559 = € 26.598,56 → € 26.599.
    expect(amounts(body, line('Coördinator klantreizen').id, 'structural')?.[2027]).toBe(2_659_900);
    // 72 u/w × (306/1.000)^0,5 (= 0,55317) = 39,828 u/w = 1,10635 FTE × € 7.369 (schaal 12) × 12 × 1,559 = € 152.519,94 → € 152.520.
    expect(amounts(body, line('2 fte architecten').id, 'structural')?.[2027]).toBe(15_252_000);
    // Wage indexation 3,5 % compounds from the first year: 2028 = € 152.519,94 × 1,035 = € 157.858,14 → € 157.858.
    expect(amounts(body, line('2 fte architecten').id, 'structural')?.[2028]).toBe(15_785_800);
  });

  it('below the validity range (Schiermonnikoog) shares fixed lines and says so; a user can switch the range off per line or per budget', async () => {
    const dashboard = line('Dashboard ontwikkelen');
    const response = await calculate({ cbsCode: 'GM0088', firstYear: 2027, traces: true });
    expect(response.statusCode).toBe(200);
    const body = response.json() as CalculationResponse;
    // € 5.000 × (971 / 100.000) / 0,2 = € 242,75 → € 243 (shared execution below 20.000 inhabitants).
    expect(amounts(body, dashboard.id, 'incidental')?.[2027]).toBe(24_300);
    expect(body.result.lines.find((l) => l.lineId === dashboard.id)).toMatchObject({ scalingRule: 'shared-fixed' });
    expect(body.traces?.[dashboard.id]?.incidental?.[2027]?.formula).toContain(
      'gedeelde uitvoering onder het geldigheidsbereik',
    );
    // Overrides: the line alone, or the whole budget without the range.
    const alone = (
      await calculate({ cbsCode: 'GM0088', firstYear: 2027, overrides: [{ lineId: dashboard.id, extrapolate: true }] })
    ).json() as CalculationResponse;
    expect(amounts(alone, dashboard.id, 'incidental')?.[2027]).toBe(500_000);
    const noRange = (
      await calculate({ cbsCode: 'GM0088', firstYear: 2027, assumptions: { scalingRange: null } })
    ).json() as CalculationResponse;
    expect(amounts(noRange, dashboard.id, 'incidental')?.[2027]).toBe(500_000);
    // A malformed range is a 400 naming the field.
    const bad = await calculate({
      cbsCode: 'GM0088',
      firstYear: 2027,
      assumptions: { scalingRange: { minRatio: 0, maxRatio: 2 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.assumptions.scalingRange.minRatio');
  });

  it('answers identical requests identically (result cache) and different ones differently', async () => {
    const first = await calculate({ cbsCode: 'GM0310', firstYear: 2028 });
    const again = await calculate({ cbsCode: 'GM0310', firstYear: 2028 });
    expect(again.body).toBe(first.body);
    const other = (
      await calculate({ cbsCode: 'GM0310', firstYear: 2028, horizonYears: 2 })
    ).json() as CalculationResponse;
    expect(other.result.years).toEqual([2028, 2029]);
    const traced = CalculationResponseSchema.parse(
      (await calculate({ cbsCode: 'GM0310', firstYear: 2028, traces: true })).json(),
    );
    expect(traced.traces).toBeDefined();
  });

  it('applies overrides, disabled developments, assumptions, and returns traces on request', async () => {
    const dashboard = line('Dashboard ontwikkelen');
    const base = (await calculate({ profile: MODEL_PROFILE, firstYear: 2027 })).json() as CalculationResponse;
    const response = await calculate({
      profile: MODEL_PROFILE,
      firstYear: 2027,
      overrides: [{ lineId: dashboard.id, amountCents: 800_000 }],
      traces: true,
    });
    const body = response.json() as CalculationResponse;
    expect(body.result.totals.total[2027]).toBe(base.result.totals.total[2027]! + 300_000);
    expect(body.traces?.[dashboard.id]?.incidental?.[2027]?.formula).toBeTruthy();
    // The trace names the catalogue's value as the model value and the override as the own value.
    const traceInputs = body.traces?.[dashboard.id]?.incidental?.[2027]?.inputs ?? [];
    expect(traceInputs).toContainEqual({
      label: 'Eigen waarde',
      value: '€ 8.000',
      source: 'Aangepast in deze begroting',
    });
    expect(traceInputs.find((i) => i.label === 'Modelwaarde')?.value).toBe(
      `€ ${((dashboard.amountCents ?? 0) / 100).toLocaleString('nl-NL')}`,
    );

    const disabled = (
      await calculate({ profile: MODEL_PROFILE, firstYear: 2027, disabledDevelopments: [dashboard.developmentId] })
    ).json() as CalculationResponse;
    expect(amounts(disabled, dashboard.id, 'incidental')?.[2027] ?? 0).toBe(0);

    const noExamples = (
      await calculate({ profile: MODEL_PROFILE, firstYear: 2027, includeExamples: false, includeInput: true })
    ).json() as CalculationResponse;
    expect(noExamples.input?.lines.every((l) => l.provenance !== 'example')).toBe(true);
    // The 7 non-example catalog lines, the 2 incomplete ones included.
    expect(noExamples.input?.lines).toHaveLength(7);

    const richer = (
      await calculate({ profile: MODEL_PROFILE, firstYear: 2027, assumptions: { employerCostPct: 43 } })
    ).json() as CalculationResponse;
    // 16/36 × € 5.713 × 12 × 1,43 = € 43.571,15 → € 43.571.
    expect(amounts(richer, line('Coördinator klantreizen').id, 'structural')?.[2027]).toBe(4_357_100);
  });

  describe('bad input → 400 naming the field, never 5xx', () => {
    const cases: [string, unknown, string][] = [
      ['missing firstYear', { profile: MODEL_PROFILE }, 'body.firstYear'],
      ['firstYear as string', { profile: MODEL_PROFILE, firstYear: '2027' }, 'body.firstYear'],
      ['firstYear out of range', { profile: MODEL_PROFILE, firstYear: 1999 }, 'body.firstYear'],
      ['neither profile nor cbsCode', { firstYear: 2027 }, 'body.profile'],
      [
        'negative inhabitants',
        { profile: { ...MODEL_PROFILE, inhabitants: -1 }, firstYear: 2027 },
        'body.profile.inhabitants',
      ],
      [
        'null employees (NaN in JSON)',
        { profile: { ...MODEL_PROFILE, employees: null }, firstYear: 2027 },
        'body.profile.employees',
      ],
      [
        'fractional departments',
        { profile: { ...MODEL_PROFILE, departments: 1.5 }, firstYear: 2027 },
        'body.profile.departments',
      ],
      ['horizon 0', { profile: MODEL_PROFILE, firstYear: 2027, horizonYears: 0 }, 'body.horizonYears'],
      [
        'percentage above 100',
        { profile: MODEL_PROFILE, firstYear: 2027, assumptions: { priceIndexationPct: 250 } },
        'body.assumptions.priceIndexationPct',
      ],
      [
        'elasticity above 3',
        { profile: MODEL_PROFILE, firstYear: 2027, overrides: [{ lineId: 'x', elasticity: 9 }] },
        'body.overrides.0.elasticity',
      ],
      [
        'unknown override field',
        { profile: MODEL_PROFILE, firstYear: 2027, overrides: [{ lineId: 'x', amount: 5 }] },
        'body.overrides.0',
      ],
      ['malformed cbsCode', { cbsCode: 'De Bilt', firstYear: 2027 }, 'body.cbsCode'],
      ['unknown cbsCode', { cbsCode: 'GM9999', firstYear: 2027 }, 'body.cbsCode'],
      [
        'unknown edition',
        { profile: MODEL_PROFILE, firstYear: 2027, editionId: '00000000-0000-4000-8000-000000000000' },
        'body.editionId',
      ],
      [
        'unknown override line',
        { profile: MODEL_PROFILE, firstYear: 2027, overrides: [{ lineId: 'nope', amountCents: 1 }] },
        'body.overrides.0.lineId',
      ],
      [
        'unknown disabled development',
        { profile: MODEL_PROFILE, firstYear: 2027, disabledDevelopments: ['nope'] },
        'body.disabledDevelopments.0',
      ],
      ['huge string', { profile: MODEL_PROFILE, firstYear: 2027, editionId: 'x'.repeat(100_000) }, 'body.editionId'],
      ['body is an array', [1, 2, 3], 'body'],
    ];
    it.each(cases)('%s', async (_label, payload, path) => {
      const response = await calculate(payload);
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('VALIDATION_ERROR');
      expect(error.message).toContain(path);
      expect(error.fields.map((field: { path: string }) => field.path)).toContain(path);
    });

    it('an engine input error (override leaves a staff line without a scale) names the line and field', async () => {
      const coordinator = line('Coördinator klantreizen');
      const response = await calculate({
        profile: MODEL_PROFILE,
        firstYear: 2027,
        overrides: [{ lineId: coordinator.id, salaryScale: '99' }],
      });
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.fields[0].path).toBe(`lines.${coordinator.id}.salaryScale`);
      expect(error.message).toContain(`lines.${coordinator.id}.salaryScale`);
      expect(error.message).toContain('Coördinator klantreizen');
    });

    it('malformed JSON, wrong content type and an oversized body are 4xx in the error shape', async () => {
      const malformed = await t.app.inject({
        method: 'POST',
        url: '/api/calculations',
        headers: { 'content-type': 'application/json' },
        payload: '{"firstYear": ',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().error.code).toBe('VALIDATION_ERROR');
      const text = await t.app.inject({
        method: 'POST',
        url: '/api/calculations',
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      });
      expect(text.statusCode).toBe(415);
      expect(text.json().error.message).toContain('application/json');
      const plain = await t.app.inject({
        method: 'POST',
        url: '/api/calculations',
        headers: { 'content-type': 'text/plain' },
        payload: 'hallo',
      });
      expect(plain.statusCode).toBe(400);
      expect(plain.json().error.message).toContain('body');
      const huge = await t.app.inject({
        method: 'POST',
        url: '/api/calculations',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }),
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe('VALIDATION_ERROR');
    });
  });
});
