import { describe, expect, it } from 'vitest';
import { formatRates, formatScales, parseRates, parseScales } from './parse-tables.ts';

describe('salary scale and rate text', () => {
  it('reads Dutch amounts, semicolons or tabs, and round-trips', () => {
    expect(parseScales('10: 5.500,00; 6.000\n11\t6.440\n')).toEqual({
      value: { '10': [550000, 600000], '11': [644000] },
      errors: [],
    });
    expect(parseScales(formatScales({ '8': [448500], '10A': [500050, 602100] })).value).toEqual({
      '8': [448500],
      '10A': [500050, 602100],
    });
    expect(parseRates('medior: 105\narchitect: 150,50/u')).toEqual({
      value: { medior: 10500, architect: 15050 },
      errors: [],
    });
    expect(parseRates(formatRates({ senior: 13500 })).value).toEqual({ senior: 13500 });
  });

  it('names the line of each mistake', () => {
    expect(parseScales('10: 5.500\nelf: veel').errors).toEqual([
      "regel 2 (schaal elf): bedragen in euro's, gescheiden door puntkomma's",
    ]);
    expect(parseScales('zonder dubbele punt').errors).toEqual(['regel 1: schrijf "schaal: bedrag; bedrag"']);
    expect(parseRates('').errors).toEqual(['geef minstens één rol']);
    expect(parseRates('medior: -5').errors).toEqual(['regel 1: schrijf "rol: uurtarief in euro\'s"']);
  });
});
