import { describe, expect, it } from 'vitest';
import {
  centsToEuros,
  formatDate,
  formatEuro,
  formatEuroCents,
  formatEuroDelta,
  formatPercent,
  countText,
  parseDutchNumber,
  parseEurosToCents,
} from './format.ts';

// A no-break space between € and the number (as Intl writes it), so amounts never wrap.
const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('format', () => {
  it('shows whole euros with Dutch thousands separators', () => {
    expect(formatEuro(123_456)).toBe(nbsp('€ 1.235'));
    expect(formatEuro(123_449)).toBe(nbsp('€ 1.234'));
    expect(formatEuro(0)).toBe(nbsp('€ 0'));
    expect(formatEuro(1_234_567_800)).toBe(nbsp('€ 12.345.678'));
  });

  it('rounds half a euro away from zero, like the engine', () => {
    expect(centsToEuros(150)).toBe(2);
    expect(centsToEuros(-150)).toBe(-2);
    expect(centsToEuros(149)).toBe(1);
    expect(centsToEuros(-49)).toBe(0);
    expect(Object.is(centsToEuros(-49), -0)).toBe(false);
  });

  it('writes what Intl nl-NL currency formatting wrote before (the engine formatter, no-break space)', () => {
    const whole = new Intl.NumberFormat('nl-NL', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    const exact = new Intl.NumberFormat('nl-NL', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    const samples = [0, 1, 49, 50, 99, 100, 150, 250, 999_950, 123_456, 1_234_567_800, 9_007_199_254_740_000];
    for (let i = 0; i < 2_000; i++) samples.push(next() % 10 ** (1 + (i % 12)));
    // (-0 left out: Intl wrote `€ -0,00` for it, the engine `€ 0,00`.)
    for (const cents of [...samples, ...samples.filter((c) => c !== 0).map((c) => -c)]) {
      expect(formatEuro(cents)).toBe(whole.format(centsToEuros(cents)));
      expect(formatEuroCents(cents)).toBe(exact.format(cents / 100));
    }
  });

  it('shows cents with a decimal comma', () => {
    expect(formatEuroCents(123_456)).toBe(nbsp('€ 1.234,56'));
    expect(formatEuroCents(5)).toBe(nbsp('€ 0,05'));
  });

  it('signs differences so they read without colour', () => {
    expect(formatEuroDelta(250_000)).toBe(nbsp('+€ 2.500'));
    expect(formatEuroDelta(-99_950)).toBe(nbsp('−€ 1.000'));
    expect(formatEuroDelta(40)).toBe(nbsp('€ 0'));
  });

  it('formats percentages and dates in Dutch', () => {
    expect(formatPercent(33)).toBe('33 %');
    expect(formatPercent(3.5)).toBe('3,5 %');
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('parses Dutch number input', () => {
    expect(parseDutchNumber('1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('1.234')).toBe(1234);
    expect(parseDutchNumber('12.5')).toBe(12.5);
    expect(parseDutchNumber('€ 5.000')).toBe(5000);
    expect(parseDutchNumber('-3')).toBe(-3);
    expect(parseDutchNumber('')).toBeNull();
    expect(parseDutchNumber('abc')).toBeNull();
    expect(parseDutchNumber('1,2,3')).toBeNull();
  });

  it('turns euro input into integer cents', () => {
    expect(parseEurosToCents('12,50')).toBe(1250);
    expect(parseEurosToCents('50000')).toBe(5_000_000);
    expect(parseEurosToCents('0,1')).toBe(10);
    expect(parseEurosToCents('x')).toBeNull();
  });
});

describe('countText', () => {
  it('puts the noun in the singular for exactly one', () => {
    expect(countText(1, 'afdeling', 'afdelingen')).toBe('1 afdeling');
    expect(countText(0, 'afdeling', 'afdelingen')).toBe('0 afdelingen');
    expect(countText(12, 'afdeling', 'afdelingen')).toBe('12 afdelingen');
    expect(countText(43673, 'inwoner', 'inwoners')).toBe('43.673 inwoners');
  });
});
