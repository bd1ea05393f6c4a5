// Issue 9 / ADR 0010: with DEFAULT settings every CBS municipality gets a plausible budget.
// Computes every municipality of the committed CBS list with the seeded catalog, the seeded
// default assumptions and the suggested profile (staff from the formatie-per-1.000-inwoners
// reference data), exactly as the API's stateless calculation does for a cbsCode, and checks:
// - structural ICT cost per inhabitant in the first year within 0,5×–2× of the Modelgemeente's own;
// - the four-year total (incidental + structural + kapitaallasten) per inhabitant within 0,33×–3×.
import { describe, expect, it } from 'vitest';
import {
  calculate,
  suggestProfile,
  type Assumptions,
  type CalculationInput,
  type DevelopmentInput,
  type LineInput,
  type Profile,
} from '@app/engine';
import { loadSeedData } from '../index.ts';

const seed = loadSeedData();
const ref = seed.referenceData;
const FIRST_YEAR = 2027;
const HORIZON = 4;

const model: Profile = { ...seed.catalog.model };
const { salaryTableId, rateCardId, ...defaults } = ref.assumptionDefaults;
const assumptions: Assumptions = {
  ...defaults,
  salaryTable: ref.salaryTables.find((t) => t.id === salaryTableId)!,
  rateCard: ref.rateCards.find((c) => c.id === rateCardId)!,
};
const developments: DevelopmentInput[] = seed.catalog.domains.flatMap((d) =>
  d.developments.map((v) => ({ id: v.key, domainKey: d.key, title: v.title, startYear: null, enabled: true })),
);
// The API's default request includes the example lines (CalculationRequest.includeExamples = true).
const lines: LineInput[] = seed.catalogLines.lines.map(
  ({ key, developmentKey, basis: _b, notes: _n, sourceUrl: _s, taakveld: _t, ...fields }) => ({
    ...fields,
    id: key,
    developmentId: developmentKey,
  }),
);
const ratios = ref.staffRatios.map((r) => ({ ...r }));

const publishedOnly = lines.filter((l) => l.provenance !== 'example');

function perInhabitant(profile: Profile, withExamples = true): { structural: number; total: number } {
  const input: CalculationInput = {
    modelProfile: model,
    profile,
    firstYear: FIRST_YEAR,
    horizonYears: HORIZON,
    assumptions,
    developments,
    lines: withExamples ? lines : publishedOnly,
  };
  const r = calculate(input);
  const total = r.years.reduce((sum, y) => sum + (r.totals.total[y] ?? 0), 0);
  return {
    structural: (r.totals.structural[FIRST_YEAR] ?? 0) / profile.inhabitants,
    total: total / profile.inhabitants,
  };
}

describe('rescaling band over the whole CBS list (default settings)', () => {
  const own = perInhabitant(model);
  const ownPublished = perInhabitant(model, false);

  it('ships a validity range, staff ratios and all 342 municipalities', () => {
    expect(assumptions.scalingRange).toEqual({ minRatio: expect.any(Number), maxRatio: expect.any(Number) });
    expect(ratios.length).toBeGreaterThan(0);
    expect(seed.municipalities).toHaveLength(342);
    expect(own.structural).toBeGreaterThan(0);
  });

  it('keeps structural cost per inhabitant within 0,5×–2× and the four-year total within 0,33×–3× of the model, for every municipality', () => {
    const outside: string[] = [];
    let lowest = Infinity;
    let highest = 0;
    for (const m of seed.municipalities) {
      const profile = suggestProfile(m.inhabitants, model, ratios);
      const { structural, total } = perInhabitant(profile);
      const s = structural / own.structural;
      const t = total / own.total;
      lowest = Math.min(lowest, s);
      highest = Math.max(highest, s);
      if (s < 0.5 || s > 2 || t < 0.33 || t > 3)
        outside.push(`${m.name} (${m.inhabitants}): structureel ${s.toFixed(2)}×, vier jaar ${t.toFixed(2)}×`);
    }
    expect(outside).toEqual([]);
    expect(lowest).toBeGreaterThan(0);
    // The band is not met by flattening everything: size still matters.
    expect(highest / lowest).toBeGreaterThan(1.5);
  });

  it('holds as well with the example lines hidden (the one switch the user has)', () => {
    const outside: string[] = [];
    for (const m of seed.municipalities) {
      const { structural, total } = perInhabitant(suggestProfile(m.inhabitants, model, ratios), false);
      const s = structural / ownPublished.structural;
      const t = total / ownPublished.total;
      if (s < 0.5 || s > 2 || t < 0.33 || t > 3)
        outside.push(`${m.name} (${m.inhabitants}): structureel ${s.toFixed(2)}×, vier jaar ${t.toFixed(2)}×`);
    }
    expect(outside).toEqual([]);
  });

  it('would fail without the validity range (the test can fail)', () => {
    const island = seed.municipalities.find((m) => m.name === 'Schiermonnikoog')!;
    const profile = suggestProfile(island.inhabitants, model, ratios);
    const saved = assumptions.scalingRange;
    assumptions.scalingRange = null;
    try {
      expect(perInhabitant(profile).structural / own.structural).toBeGreaterThan(2);
    } finally {
      assumptions.scalingRange = saved;
    }
  });
});
