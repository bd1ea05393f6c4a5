import { describe, expect, it } from 'vitest';
import { axisEuroLabel, niceAxis } from './chart-axis.ts';

describe('niceAxis', () => {
  it('uses steps of 1, 2 or 5 × 10^n from 0 up to the first tick above the largest value', () => {
    expect(niceAxis(97)).toEqual({ step: 20, min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
    expect(niceAxis(2_233_702)).toEqual({
      step: 500_000,
      min: 0,
      max: 2_500_000,
      ticks: [0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000],
    });
    expect(niceAxis(3_628_793).ticks).toEqual([0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]);
    expect(niceAxis(40_382).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(niceAxis(0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('an exact tick is the end; nothing or nonsense gives a 0–1 axis', () => {
    expect(niceAxis(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceAxis(0)).toEqual({ step: 0.2, min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(niceAxis(Number.NaN).max).toBe(1);
  });

  it('reaches below 0 for a negative value (a saving)', () => {
    expect(niceAxis(80_000, 5, -25_000).ticks).toEqual([-50_000, 0, 50_000, 100_000]);
    expect(niceAxis(0, 5, -3_000).ticks).toEqual([-3_000, -2_000, -1_000, 0]);
  });
});

describe('axisEuroLabel', () => {
  it('gives every tick the same unit and decimals', () => {
    const axis = niceAxis(2_233_702);
    expect(axis.ticks.map((t) => axisEuroLabel(t, axis))).toEqual([
      '€ 0',
      '€ 0,5 mln',
      '€ 1,0 mln',
      '€ 1,5 mln',
      '€ 2,0 mln',
      '€ 2,5 mln',
    ]);
    const big = niceAxis(3_628_793);
    expect(big.ticks.map((t) => axisEuroLabel(t, big))).toEqual(['€ 0', '€ 1 mln', '€ 2 mln', '€ 3 mln', '€ 4 mln']);
    const small = niceAxis(240_000);
    expect(small.ticks.map((t) => axisEuroLabel(t, small))).toEqual([
      '€ 0',
      '€ 50.000',
      '€ 100.000',
      '€ 150.000',
      '€ 200.000',
      '€ 250.000',
    ]);
    const perInhabitant = niceAxis(4.2);
    expect(perInhabitant.ticks.map((t) => axisEuroLabel(t, perInhabitant))).toEqual([
      '€ 0',
      '€ 1',
      '€ 2',
      '€ 3',
      '€ 4',
      '€ 5',
    ]);
    const cents = niceAxis(0.9);
    expect(cents.ticks.map((t) => axisEuroLabel(t, cents))).toEqual([
      '€ 0',
      '€ 0,20',
      '€ 0,40',
      '€ 0,60',
      '€ 0,80',
      '€ 1,00',
    ]);
  });
});
