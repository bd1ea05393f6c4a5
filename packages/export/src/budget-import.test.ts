import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { calculate } from '@app/engine';
import { createBudgetWorkbook } from './xlsx/workbook.ts';
import { applyWorkbookChanges, readBudgetWorkbook } from './import/budget-workbook.ts';
import { LINES_SHEET, lineColumn, FIRST_YEAR_COLUMN } from './xlsx/lines-sheet.ts';
import { columnLetter } from './xlsx/styles.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { recalculatedRowCents } from './testing/index.ts';

const input = sampleInput(DE_BILT);

async function exported(): Promise<ExcelJS.Workbook> {
  const built = createBudgetWorkbook({ input, result: calculate(input), meta: sampleMeta(input, 'De Bilt') });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await built.workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, lineId: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && row.getCell(1).value === lineId) found = n;
  });
  return found;
}

function findLabelRow(ws: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && row.getCell(1).value === label) found = n;
  });
  return found;
}

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The edits a user might make: inhabitants, employer costs, a line amount, a start year, a licence price. */
function edit(wb: ExcelJS.Workbook): void {
  const ass = wb.getWorksheet('Uitgangspunten')!;
  ass.getCell(`C${findLabelRow(ass, 'Inwoners')}`).value = 50_000;
  ass.getCell(`C${findLabelRow(ass, 'Werkgeverslasten (op 12 × maandsalaris)')}`).value = 0.35;
  ass.getCell(`C${findLabelRow(ass, 'Schaal 10')}`).value = 5432.1;
  ass.getCell(`C${findLabelRow(ass, 'projectleider')}`).value = 140;
  const regels = wb.getWorksheet(LINES_SHEET)!;
  regels.getCell(`${lineColumn('modelQuantity')}${rowOf(regels, 'l-opleiding')}`).value = 4000;
  regels.getCell(`${lineColumn('startYear')}${rowOf(regels, 'l-spread')}`).value = 2030;
  regels.getCell(`${lineColumn('unitPrice')}${rowOf(regels, 'l-saas')}`).value = 5.25;
}

describe('readBudgetWorkbook (budget import)', () => {
  test('an unedited export reads back without changes, warnings or errors', async () => {
    const changes = await readBudgetWorkbook(await toBuffer(await exported()), input);
    expect(changes).toEqual({
      profile: {},
      assumptions: {},
      defaultElasticity: {},
      salaryScales: {},
      hourlyRates: {},
      lines: [],
      warnings: [],
      errors: [],
    });
  });

  test('edited inputs become changes in engine units, with the cell they came from', async () => {
    const wb = await exported();
    edit(wb);
    const changes = await readBudgetWorkbook(await toBuffer(wb), input);
    expect(changes.errors).toEqual([]);
    expect(changes.profile).toEqual({ inhabitants: 50_000 });
    expect(changes.assumptions).toEqual({ employerCostPct: 35 });
    expect(changes.salaryScales).toEqual({ '10': 543_210 });
    expect(changes.hourlyRates).toEqual({ projectleider: 14_000 });
    const byLine = Object.fromEntries(changes.lines.map((l) => [l.lineId, l.fields]));
    expect(byLine['l-opleiding']).toEqual({
      amountCents: { from: 300_000, to: 400_000, cell: expect.stringMatching(/^Regels!N\d+$/) },
    });
    expect(byLine['l-spread']).toEqual({
      yearOffset: { from: 1, to: 2, cell: expect.stringMatching(/^Regels!T\d+$/) },
    });
    expect(byLine['l-saas']).toEqual({ unitPriceCents: { from: 450, to: 525, cell: expect.any(String) } });
  });

  test('unreadable cells are errors naming the cell; typed-over year amounts are warnings', async () => {
    const wb = await exported();
    const regels = wb.getWorksheet(LINES_SHEET)!;
    const r = rowOf(regels, 'l-coord');
    regels.getCell(`${lineColumn('modelQuantity')}${r}`).value = 'zestien';
    regels.getCell(`${columnLetter(FIRST_YEAR_COLUMN)}${r}`).value = 12345;
    const ass = wb.getWorksheet('Uitgangspunten')!;
    ass.getCell(`C${findLabelRow(ass, 'Medewerkers')}`).value = 12.5;
    const changes = await readBudgetWorkbook(await toBuffer(wb), input);
    expect(changes.errors).toEqual([
      {
        cell: expect.stringMatching(/^Uitgangspunten!C\d+$/),
        message: 'Medewerkers moet een geheel getal van 0 of meer zijn',
      },
      { cell: `Regels!${lineColumn('modelQuantity')}${r}`, message: '"zestien" is geen getal' },
    ]);
    expect(changes.warnings[0]!.cell).toBe(`Regels!${columnLetter(FIRST_YEAR_COLUMN)}${r}`);
    await expect(readBudgetWorkbook(Buffer.from('geen xlsx'), input)).rejects.toThrow(/geen leesbaar Excel/);
  });

  test.skipIf(shouldSkipTool(findSoffice() != null))(
    'what the import reads is what the sheet computes: LibreOffice = engine on the changed input',
    async () => {
      const wb = await exported();
      edit(wb);
      const buffer = await toBuffer(wb);
      const changes = await readBudgetWorkbook(buffer, input);
      const expected = calculate(applyWorkbookChanges(input, changes));
      const sheets = await recalculateWithLibreOffice(buffer);
      const years = expected.years;
      expect(recalculatedRowCents(sheets['Samenvatting']!, 'Totaal exploitatie', years.length)).toEqual(
        years.map((y) => expected.totals.total[y]),
      );
      expect(expected.totals.total).not.toEqual(calculate(input).totals.total);
    },
  );
});
