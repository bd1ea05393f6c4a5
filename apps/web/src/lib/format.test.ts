import { describe, expect, it } from 'vitest';
import { centsToEuros, formatDate, formatEuro, formatEuroCents, formatEuroCompact, formatEuroDelta, formatPercent, countText, parseDutchNumber, parseEurosToCents } from './format.ts';

// Intl puts a no-break space between € and the number; the UI keeps it so amounts never wrap.
const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('format', () => {
  it('shows whole euros with Dutch thousands separators', () => {
    expect(formatEuro(123_456)).toBe(nbsp('€ 1.235'));
    expect(formatEuro(123_449)).toBe(nbsp('€ 1.234'));
    expect(formatEuro(0)).toBe(nbsp('€ 0'));
    expect(formatEuro(1_234_567_800)).toBe(nbsp('€ 12.345.678'));
  });

  it('writes chart axis amounts in millions, and smaller ones in full (never "€ 500K")', () => {
    expect(formatEuroCompact(240_000_000)).toBe(nbsp('€ 2,4 mln.'));
    expect(formatEuroCompact(100_000_000)).toBe(nbsp('€ 1 mln.'));
    expect(formatEuroCompact(50_000_000)).toBe(nbsp('€ 500.000'));
    expect(formatEuroCompact(0)).toBe(nbsp('€ 0'));
  });

  it('rounds half a euro away from zero, like the engine', () => {
    expect(centsToEuros(150)).toBe(2);
    expect(centsToEuros(-150)).toBe(-2);
    expect(centsToEuros(149)).toBe(1);
    expect(centsToEuros(-49)).toBe(0);
    expect(Object.is(centsToEuros(-49), -0)).toBe(false);
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
