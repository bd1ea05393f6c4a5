import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.ts';
import { PLAUSIBLE_BAND, plausibility } from './plausibility.ts';
import { makeDevelopment, makeInput, makeLine } from './testing/fixtures.ts';

// Model profile: 100.000 inhabitants, 1.000 employees. No indexation, so every year is alike.
const s1 = () =>
  makeLine({
    id: 's1',
    description: 'Vast contract',
    kind: 'structural',
    amountCents: 1_000_000,
    driver: 'fixed',
    indexation: 'none',
  });
const s2 = () =>
  makeLine({
    id: 's2',
    description: 'Per inwoner',
    kind: 'structural',
    amountCents: 5_000_000,
    driver: 'inhabitants',
    elasticity: 1,
    indexation: 'none',
  });
const i1 = () =>
  makeLine({ id: 'i1', description: 'Projectleider', kind: 'incidental', amountCents: 2_000_000, driver: 'fixed' });

describe('plausibility', () => {
  it('compares structural cost per inhabitant in the last year with the model and names the line that drives it', () => {
    const input = makeInput({
      profile: { inhabitants: 10_000, employees: 100, departments: 4 },
      lines: [s1(), s2(), i1()],
    });
    const p = plausibility(input);
    // own structural 2029: € 10.000 (fixed) + € 5.000 (50.000 × 0,1) = 1.500.000 cents; model 6.000.000 cents.
    expect(p.structural).toMatchObject({
      measure: 'structural',
      year: 2029,
      own: { amountCents: 1_500_000, perInhabitantCents: 150, perEmployeeCents: 15_000 },
      model: { amountCents: 6_000_000, perInhabitantCents: 60, perEmployeeCents: 6_000 },
      min: 0.5,
      max: 2,
      status: 'high',
    });
    expect(p.structural.ratio).toBe(2.5);
    // s1: 100 cents per inhabitant here vs 10 in the model; s2 is 50 vs 50 and does not drive it.
    expect(p.structural.drivers).toEqual([
      {
        lineId: 's1',
        description: 'Vast contract',
        ownPerInhabitantCents: 100,
        modelPerInhabitantCents: 10,
        differenceCents: 90,
      },
    ]);
    expect(p.plausible).toBe(false);
  });

  it('sums the total over the horizon (incidental included) and ranks the drivers', () => {
    const input = makeInput({
      profile: { inhabitants: 10_000, employees: 100, departments: 4 },
      lines: [s1(), s2(), i1()],
    });
    const { total } = plausibility(input);
    // own: 4 × 1.500.000 + 2.000.000 = 8.000.000; model: 4 × 6.000.000 + 2.000.000 = 26.000.000.
    expect(total.own).toEqual({ amountCents: 8_000_000, perInhabitantCents: 800, perEmployeeCents: 80_000 });
    expect(total.model).toEqual({ amountCents: 26_000_000, perInhabitantCents: 260, perEmployeeCents: 26_000 });
    expect(total.ratio).toBeCloseTo(80 / 26, 12);
    expect(total.status).toBe('high');
    expect(total.year).toBeNull();
    expect(
      total.drivers.map((d) => [d.lineId, d.ownPerInhabitantCents, d.modelPerInhabitantCents, d.differenceCents]),
    ).toEqual([
      ['s1', 400, 40, 360],
      ['i1', 200, 20, 180],
    ]);
  });

  it('is within the band on the model profile itself', () => {
    const input = makeInput({ lines: [s1(), s2(), i1()] });
    const p = plausibility(input, calculate(input));
    expect(p.structural.ratio).toBe(1);
    expect(p.structural.status).toBe('within');
    expect(p.total.status).toBe('within');
    expect(p.structural.drivers).toEqual([]);
    expect(p.plausible).toBe(true);
  });

  it('flags a low ratio and names the lines that pull it down', () => {
    const input = makeInput({
      profile: { inhabitants: 1_000_000, employees: 10_000, departments: 400 },
      lines: [s1()],
    });
    const p = plausibility(input);
    // 1.000.000 cents over 1.000.000 inhabitants = 1 cent; the model 10 cents: ratio 0,1.
    expect(p.structural.ratio).toBeCloseTo(0.1, 12);
    expect(p.structural.status).toBe('low');
    expect(p.structural.drivers).toEqual([
      {
        lineId: 's1',
        description: 'Vast contract',
        ownPerInhabitantCents: 1,
        modelPerInhabitantCents: 10,
        differenceCents: -9,
      },
    ]);
  });

  it('keeps lines of disabled developments out and has no ratio without model cost', () => {
    const input = makeInput({ developments: [makeDevelopment({ enabled: false })], lines: [s1()] });
    const p = plausibility(input);
    expect(p.structural.ratio).toBeNull();
    expect(p.structural.status).toBeNull();
    expect(p.plausible).toBe(true);
  });

  it('takes another band and caps the number of drivers', () => {
    const input = makeInput({
      profile: { inhabitants: 10_000, employees: 100, departments: 4 },
      lines: [s1(), s2(), i1()],
    });
    const p = plausibility(input, undefined, {
      band: { ...PLAUSIBLE_BAND, structuralMax: 3, totalMax: 4 },
      maxDrivers: 1,
    });
    expect(p.structural.status).toBe('within');
    expect(p.total.status).toBe('within');
    const q = plausibility(input, undefined, { maxDrivers: 1 });
    expect(q.total.drivers.map((d) => d.lineId)).toEqual(['s1']);
  });
});
