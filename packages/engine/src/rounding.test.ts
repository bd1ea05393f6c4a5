import { describe, expect, it } from 'vitest';
import { roundEuro, splitWholeEuros } from './rounding.ts';
import {
  formatEuro,
  formatEuroCents,
  formatEuroDelta,
  formatEuroExact,
  formatNumber,
  formatNumberShort,
  formatPct,
} from './format.ts';

describe('roundEuro: whole euros, half away from zero', () => {
  it.each([
    [0, 0],
    [49, 0], // € 0,49 → € 0
    [50, 100], // € 0,50 → € 1 (half up)
    [149, 100],
    [150, 200],
    [250, 300], // not banker's rounding (which would give € 2)
    [1_234_550, 1_234_600], // € 12.345,50 → € 12.346
    [1_234_549, 1_234_500],
    [218_365, 218_400], // € 2.183,65
    [-50, -100], // negative half goes away from zero
    [-150, -200],
    [-250, -300],
    [-1_234_550, -1_234_600],
    [-149, -100],
    [123_456_789.5, 123_456_800],
  ])('roundEuro(%d) = %d', (cents, expected) => {
    expect(roundEuro(cents)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundEuro(-49), 0)).toBe(true);
    expect(Object.is(roundEuro(-0), 0)).toBe(true);
  });

  it('treats binary floating-point noise just below a half as the half', () => {
    // 0.1 + 0.2 style noise: 1.234.549,9999999998 cents is € 12.345,50 for any human.
    expect(roundEuro(1_234_549.999_999_999_8)).toBe(1_234_600);
    expect(roundEuro(-1_234_549.999_999_999_8)).toBe(-1_234_600);
    expect(roundEuro(99.999_999_999_999_99)).toBe(100);
    // but a real 49,99 cents stays below the half
    expect(roundEuro(1_234_549.99)).toBe(1_234_500);
    // Almere: € 9.000 × 232.650 / 100.000 = € 20.938,50, which floating point makes 20.938,4999…
    expect(roundEuro((900_000 * 232_650) / 100_000)).toBe(2_093_900);
    expect(roundEuro(720_000 * 1.025 ** 2)).toBe(756_500); // 7.200 × 1,025² = 7.564,50
    // The window is half a millionth of a euro, the workbook's ROUND(ROUND(x,6),0): just outside it stays down.
    expect(roundEuro(2_093_849.9999)).toBe(2_093_800);
  });
});

describe('splitWholeEuros', () => {
  it('splits € 10.001 over 3 years as 3.334 + 3.334 + 3.333', () => {
    expect(splitWholeEuros(1_000_100, 3)).toEqual([333_400, 333_400, 333_300]);
  });
  it('splits evenly when it divides', () => {
    expect(splitWholeEuros(900_000, 3)).toEqual([300_000, 300_000, 300_000]);
  });
  it('splits negative amounts symmetrically', () => {
    expect(splitWholeEuros(-1_000_100, 3)).toEqual([-333_400, -333_400, -333_300]);
  });
  it('gives whole-euro zeros (not -0) when the amount is smaller than the parts', () => {
    const parts = splitWholeEuros(-200, 3); // € -2 over 3 → -1, -1, 0
    expect(parts).toEqual([-100, -100, 0]);
    expect(Object.is(parts[2], 0)).toBe(true);
  });
});

describe('nl-NL formatting (trace text only)', () => {
  it('formats numbers, euros and percentages without Intl', () => {
    expect(formatNumber(43_673)).toBe('43.673');
    expect(formatNumber(1_234_567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(-1_234.5, 1)).toBe('-1.234,5');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
    expect(formatNumberShort(1.33, 4)).toBe('1,33');
    expect(formatNumberShort(1, 4)).toBe('1');
    expect(formatNumberShort(100_000, 2)).toBe('100.000');
    expect(formatEuro(1_585_500)).toBe('€ 15.855');
    expect(formatEuro(-123_400)).toBe('€ -1.234');
    expect(formatEuroExact(1_585_491)).toBe('€ 15.854,91');
    expect(formatEuroExact(500_000)).toBe('€ 5.000');
    expect(formatEuroCents(500_000)).toBe('€ 5.000,00');
    expect(formatEuroCents(-5)).toBe('€ -0,05');
    expect(formatEuroCents(12.5)).toBe('€ 0,13');
    expect(formatPct(2.5)).toBe('2,5 %');
    // Signed differences (begrotingswijziging): one sign style on screen and in the PDF.
    expect(formatEuroDelta(12_475_700)).toBe('+€ 124.757');
    expect(formatEuroDelta(-662_400)).toBe('−€ 6.624');
    expect(formatEuroDelta(-49)).toBe('€ 0');
    expect(formatEuroDelta(50)).toBe('+€ 1');
  });
});
