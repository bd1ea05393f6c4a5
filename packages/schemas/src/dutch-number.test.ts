import { describe, expect, it } from 'vitest';
import { parseDutchNumber } from './dutch-number.ts';

describe('parseDutchNumber (forms and imports alike)', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1.234,50', 1234.5],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['1.500.000', 1_500_000],
    ['12.5', 12.5],
    ['1.5', 1.5],
    ['0,5', 0.5],
    ['1,234', 1.234],
    ['1,234.50', 1234.5],
    ['1,234,567', 1_234_567],
    ['€ 5.000', 5000],
    ['EUR 12', 12],
    ['-3', -3],
    ['−5', -5],
    ['− 1.234,5', -1234.5],
  ])('%s → %d', (text, value) => expect(parseDutchNumber(text)).toBe(value));

  it.each(['', ' ', '-', 'abc', '1,2,3', '12,34.5', '1.23,4', '1e5', 'Infinity'])('%j → null', (text) =>
    expect(parseDutchNumber(text)).toBeNull(),
  );
});
