import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { readUploadedTable, cellNumber } from './import/table.ts';
import { mapCatalogRows, suggestCatalogMapping } from './import/catalog-mapping.ts';

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ICT-begroting');
  ws.addRow(['Modelgemeente ICT-begroting (titelrij)']);
  ws.addRow([]);
  ws.addRow([
    'Domein',
    'Ontwikkeling',
    'Omschrijving',
    'Incidenteel/structureel',
    'Bedrag',
    'Uren per week',
    'Schaal',
    'Aantal',
    'Prijs per eenheid',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('catalog import: reading and mapping', () => {
  test('xlsx: finds the header row below a title, suggests the mapping, maps every basis', async () => {
    const buf = await workbook([
      [
        'Fysiek domein',
        'Energietransitie',
        'Dashboard ontwikkelen energietransitie',
        'Incidenteel',
        5000,
        null,
        null,
        null,
        null,
      ],
      [
        'Dienstverlening',
        'Van buiten naar binnen',
        'Coördinator klantreizen',
        'structureel',
        null,
        16,
        'schaal 10',
        null,
        null,
      ],
      ['Bedrijfsvoering', 'Werkplek', 'Licenties', 'Structureel', null, null, null, 1000, '48,00'],
    ]);
    const table = await readUploadedTable(buf, 'begroting.xlsx');
    expect(table.sheet).toBe('ICT-begroting');
    expect(table.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6]);
    const mapping = suggestCatalogMapping(table.headers);
    expect(mapping).toEqual({
      domain: 'Domein',
      development: 'Ontwikkeling',
      description: 'Omschrijving',
      kind: 'Incidenteel/structureel',
      amount: 'Bedrag',
      hoursPerWeek: 'Uren per week',
      salaryScale: 'Schaal',
      units: 'Aantal',
      unitPrice: 'Prijs per eenheid',
    });
    const { lines, errors } = mapCatalogRows(table, mapping, ['10', '11']);
    expect(errors).toEqual([]);
    expect(
      lines.map((l) => [l.costBasis, l.kind, l.amountCents, l.hoursPerWeek, l.salaryScale, l.units, l.unitPriceCents]),
    ).toEqual([
      ['amount', 'incidental', 500_000, null, null, null, null],
      ['staff', 'structural', null, 16, '10', null, null],
      ['licence', 'structural', null, null, null, 1000, 4800],
    ]);
  });

  test('bad rows: every problem reported with row number and field', async () => {
    const buf = await workbook([
      ['Fysiek domein', 'Energietransitie', 'Goede regel', 'Incidenteel', 5000, null, null, null, null],
      ['', 'Energietransitie', 'Geen domein', 'Incidenteel', 100, null, null, null, null],
      ['Fysiek domein', 'Energietransitie', 'Rare soort', 'soms', 'veel', null, null, null, null],
      ['Fysiek domein', 'Energietransitie', 'Onbekende schaal', 'Structureel', null, 8, '99', null, null],
      ['Fysiek domein', 'Energietransitie', 'Niets', 'Structureel', null, null, null, null, null],
    ]);
    const table = await readUploadedTable(buf, 'x.xlsx');
    const { errors } = mapCatalogRows(table, suggestCatalogMapping(table.headers), ['10']);
    expect(errors.map((e) => [e.rowNumber, e.field])).toEqual([
      [5, 'domain'],
      [6, 'kind'],
      [6, 'amount'],
      [7, 'salaryScale'],
      [8, 'amount'],
    ]);
    expect(errors[1]!.message).toContain('"soms"');
  });

  test('csv: ; separated with BOM and Dutch numbers', async () => {
    const csv =
      '\uFEFFDomein;Ontwikkeling;Omschrijving;Soort;Bedrag\r\nBedrijfsvoering;Cloud;"Migratie; fase 1";Incidenteel;€ 12.500,50\r\n';
    const table = await readUploadedTable(Buffer.from(csv, 'utf8'), 'lijst.csv');
    const { lines, errors } = mapCatalogRows(table, suggestCatalogMapping(table.headers), []);
    expect(errors).toEqual([]);
    expect(lines[0]).toMatchObject({ description: 'Migratie; fase 1', amountCents: 1_250_050, kind: 'incidental' });
  });

  test('unreadable files and missing required columns', async () => {
    await expect(readUploadedTable(Buffer.from('PK\u0003\u0004rubbish'), 'x.xlsx')).rejects.toThrow(
      /geen leesbaar Excel/,
    );
    await expect(readUploadedTable(Buffer.from('x'), 'x.pdf')).rejects.toThrow(/Alleen .xlsx/);
    const table = await readUploadedTable(Buffer.from('Naam;Waarde\r\na;1\r\n'), 'x.csv');
    const { errors } = mapCatalogRows(table, {}, []);
    expect(errors.map((e) => e.field)).toEqual(['domain', 'development', 'description', 'kind', 'amount']);
  });

  test('Dutch numbers', () => {
    expect(cellNumber('1.234,5')).toBe(1234.5);
    expect(cellNumber('€ 5.000')).toBe(5000);
    expect(cellNumber('0,5')).toBe(0.5);
    expect(cellNumber('1.5')).toBe(1.5);
    expect(cellNumber('1,234.50')).toBe(1234.5);
    expect(cellNumber('abc')).toBeNaN();
    expect(cellNumber(null)).toBeNull();
  });
});
