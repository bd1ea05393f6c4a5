import { describe, expect, test } from 'vitest';
import { calculate } from '@app/engine';
import { buildLinesCsv } from './csv.ts';
import { buildBudgetJson } from './json.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';
import { formatEuro, formatNumber } from './format.ts';

const input = sampleInput(DE_BILT);
const result = calculate(input);
const meta = sampleMeta(input, 'De Bilt');

describe('buildLinesCsv', () => {
  const csv = buildLinesCsv({ input, result, meta });
  const lines = csv.slice(1).split('\r\n');

  test('is UTF-8 with BOM, ; separated, CRLF, one row per engine row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[0]).toBe(
      'Regel-ID;Omschrijving;Ontwikkeling;Domein;Component;Categorie;Soort;Kostenbasis;Kostensoort;Herkomst;Schaalbasis;Elasticiteit;Modelhoeveelheid;Geschaalde hoeveelheid;Eenheid;2027;2028;2029;2030',
    );
    expect(lines.filter((l) => l !== '').length - 1).toBe(result.rows.length);
  });

  test('year columns are whole euros that add up to the engine totals; decimals use a comma', () => {
    const yearSums = [0, 0, 0, 0];
    for (const line of lines.slice(1).filter(Boolean)) {
      const cells = line.split(';');
      if (cells[5] === 'Investeringen') continue;
      cells.slice(-4).forEach((v, k) => (yearSums[k]! += Number(v.replace(',', '.'))));
    }
    expect(yearSums.map((e) => e * 100)).toEqual(result.years.map((y) => result.totals.total[y]));
    const opleiding = lines.find((l) => l.startsWith('l-opleiding;'))!.split(';');
    expect(opleiding[11]).toBe('0,5'); // elasticity
    expect(opleiding[13]).toMatch(/^\d+,\d+$/); // scaled euros with a decimal comma
  });

  test('quotes fields with ; or quotes', () => {
    const odd = sampleInput(DE_BILT);
    odd.lines[0]!.description = 'Regel; met "aanhalingstekens"';
    const out = buildLinesCsv({ input: odd, result: calculate(odd), meta });
    expect(out).toContain('"Regel; met ""aanhalingstekens"""');
  });

  test('keeps user text that looks like a formula inert (leading quote), numbers stay numbers', () => {
    const odd = sampleInput(DE_BILT);
    odd.lines[0]!.description = '=HYPERLINK("http://x";"klik")';
    const out = buildLinesCsv({ input: odd, result: calculate(odd), meta });
    const row = out.split('\r\n').find((l) => l.startsWith(`${odd.lines[0]!.id};`))!;
    expect(row).toContain(`;"'=HYPERLINK(""http://x"";""klik"")";`);
    expect(row).not.toMatch(/;=/);
  });
});

describe('buildBudgetJson', () => {
  test('carries meta, totals, input and flat lines in cents', () => {
    const doc = JSON.parse(buildBudgetJson({ input, result, meta }));
    expect(doc.format).toBe('ict-begrotingsplanner/budget-export');
    expect(doc.meta.municipalityName).toBe('De Bilt');
    expect(doc.totals).toEqual(result.totals);
    expect(doc.lines).toHaveLength(result.rows.length);
    expect(doc.input.profile).toEqual(DE_BILT);
    const coord = doc.lines.find((l: { lineId: string }) => l.lineId === 'l-coord');
    expect(coord.amountsCents).toEqual(result.rows.find((r) => r.lineId === 'l-coord')!.amounts);
  });
});

describe('nl-NL formatting', () => {
  test('euros and numbers', () => {
    expect(formatEuro(123_456_700)).toBe('€ 1.234.567');
    expect(formatEuro(-150)).toBe('€ -2');
    expect(formatEuro(0)).toBe('€ 0');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0.4367, 4)).toBe('0,4367');
  });
});
