import { describe, expect, test } from 'vitest';
import { PROVENANCES, calculate, totalsByProvenance } from '@app/engine';
import { buildLinesCsv, buildTotalsCsv } from './csv.ts';
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
      'Regel-ID;Omschrijving;Ontwikkeling;Domein;Component;Categorie;Soort;Kostenbasis;Kostensoort;Herkomst;Schaalbasis;Elasticiteit;Modelhoeveelheid;Geschaalde hoeveelheid;Eenheid;Telt mee in totaal;2027;2028;2029;2030',
    );
    expect(lines.filter((l) => l !== '' && !l.startsWith('TOTAAL;')).length - 1).toBe(result.rows.length);
  });

  test('the rows that count add up to the total row, which equals the engine; investment rows say they do not count', () => {
    const yearSums = [0, 0, 0, 0];
    const euros = (cells: string[]) => cells.slice(-4).map((v) => Math.round(Number(v.replace(',', '.')) * 100));
    for (const line of lines.slice(1).filter((l) => l && !l.startsWith('TOTAAL;'))) {
      const cells = line.split(';');
      expect(cells[15]).toBe(
        cells[5] === 'Investeringen' ? 'Nee: investering (telt mee via afschrijving en rente)' : 'Ja',
      );
      if (cells[15] === 'Ja') euros(cells).forEach((v, k) => (yearSums[k]! += v));
    }
    expect(yearSums).toEqual(result.years.map((y) => result.totals.total[y]));
    const totalRow = (label: string) => euros(lines.find((l) => l.startsWith(`TOTAAL;${label};`))!.split(';'));
    expect(totalRow('Totaal exploitatie')).toEqual(result.years.map((y) => result.totals.total[y]));
    expect(totalRow('Structureel')).toEqual(result.years.map((y) => result.totals.structural[y]));
    expect(totalRow('Investeringen (buiten het totaal)')).toEqual(result.years.map((y) => result.totals.investment[y]));
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

describe('buildTotalsCsv', () => {
  test('splits every total by provenance; the parts add up to the total, to the euro', () => {
    const csv = buildTotalsCsv({ input, result, meta });
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((l) => l.split(';'));
    expect(rows[0]).toEqual(['Onderdeel', 'Herkomst', '2027', '2028', '2029', '2030']);
    const split = totalsByProvenance(result);
    const euros = (r: string[]) => r.slice(2).map((v) => Math.round(Number(v.replace(',', '.')) * 100));
    const total = rows.find((r) => r[0] === 'Totaal exploitatie' && r[1] === 'Alle herkomsten')!;
    expect(euros(total)).toEqual(result.years.map((y) => result.totals.total[y]));
    const parts = rows.filter((r) => r[0] === 'Totaal exploitatie' && r[1] !== 'Alle herkomsten');
    expect(parts.map((r) => r[1])).toEqual(['Gepubliceerd', 'Voorbeeld']);
    expect(euros(parts.find((r) => r[1] === 'Voorbeeld')!)).toEqual(result.years.map((y) => split.example.total[y]));
    const sum = result.years.map((_, k) => parts.reduce((s, r) => s + euros(r)[k]!, 0));
    expect(sum).toEqual(result.years.map((y) => result.totals.total[y]));
    expect(rows.filter((r) => r[1] === 'Alle herkomsten').map((r) => r[0])).toEqual([
      'Incidenteel',
      'Structureel',
      'Kapitaallasten',
      'Totaal exploitatie',
      'Investeringen (buiten het totaal)',
    ]);
  });
});

describe('buildBudgetJson', () => {
  test('carries meta, totals, input and flat lines in cents', () => {
    const doc = JSON.parse(buildBudgetJson({ input, result, meta }));
    expect(doc.format).toBe('ict-begrotingsplanner/budget-export');
    expect(doc.meta.municipalityName).toBe('De Bilt');
    expect(doc.totals).toEqual(result.totals);
    expect(Object.keys(doc.byProvenance)).toEqual([...PROVENANCES]);
    expect(doc.byProvenance.example).toEqual(totalsByProvenance(result).example);
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
