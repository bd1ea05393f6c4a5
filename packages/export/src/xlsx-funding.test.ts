import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { calculate, type CalculationInput } from '@app/engine';
import { createBudgetWorkbook } from './xlsx/workbook.ts';
import { FUNDING_SHEET } from './xlsx/funding-sheet.ts';
import { ASSUMPTIONS_SHEET, OWN_COLUMN, PROFILE_ROWS } from './xlsx/assumptions-sheet.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { compareRecalculation, fundingMismatches } from './testing/verify-workbook.ts';
import { fundingOverviewFor, sampleFundingInputs } from './testing/funding.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';

const skipLibreOffice = shouldSkipTool(findSoffice() != null);

const mismatches = fundingMismatches;

function built(input: CalculationInput) {
  const result = calculate(input);
  const funding = fundingOverviewFor(input, result, sampleFundingInputs(input.firstYear));
  return {
    result,
    funding,
    built: createBudgetWorkbook({ input, result, meta: sampleMeta(input, 'De Bilt'), funding }),
  };
}

describe('Dekking sheet', () => {
  test('is there only with funding, with inputs, formulas cached with the API figures and the warnings', async () => {
    const input = sampleInput(DE_BILT);
    expect(
      createBudgetWorkbook({ input, result: calculate(input), meta: sampleMeta(input) }).workbook.getWorksheet(
        FUNDING_SHEET,
      ),
    ).toBeUndefined();
    const { built: b, funding } = built(input);
    const ws = b.workbook.getWorksheet(FUNDING_SHEET)!;
    expect(ws).toBeDefined();
    expect(b.fundingFigures.length).toBeGreaterThan(40);
    const first = ws.getRow(5);
    expect(first.getCell(2).value).toBe('Woo-compensatie');
    expect(first.getCell(9).value).toBe(33.3);
    const cell = first.getCell(12).value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toContain('SUMIFS(Regels!');
    expect(cell.result).toBe(funding.fundings[0]!.amounts[2027]! / 100);
    expect(funding.warnings.length).toBeGreaterThan(0);
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    for (const w of funding.warnings) expect(texts).toContain(w.message);
  });

  test.skipIf(skipLibreOffice)('LibreOffice recalculates every Dekking figure to the euro of the API', async () => {
    const input = sampleInput(DE_BILT);
    const { built: b, result } = built(input);
    const sheets = await recalculateWithLibreOffice(Buffer.from(await b.workbook.xlsx.writeBuffer()));
    expect(compareRecalculation(b, sheets, result).mismatches).toEqual([]);
    expect(mismatches(b.fundingFigures, sheets[FUNDING_SHEET]!)).toEqual([]);
  });

  test.skipIf(skipLibreOffice)(
    'the funding follows a change of inhabitants in Uitgangspunten, like the engine',
    async () => {
      const input = sampleInput(); // model profile
      const { built: b } = built(input);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await b.workbook.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
      wb.getWorksheet(ASSUMPTIONS_SHEET)!.getCell(`${OWN_COLUMN}${PROFILE_ROWS.inhabitants}`).value =
        DE_BILT.inhabitants;
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((c) => {
            const v = c.value as ExcelJS.CellFormulaValue | null;
            if (v && typeof v === 'object' && 'formula' in v && v.formula)
              c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
          }),
        );
      }
      const sheets = await recalculateWithLibreOffice(Buffer.from(await wb.xlsx.writeBuffer()));
      const changed = { ...input, profile: { ...input.profile, inhabitants: DE_BILT.inhabitants } };
      const expected = built(changed);
      expect(expected.funding.total.funded).not.toEqual(built(input).funding.total.funded);
      expect(mismatches(expected.built.fundingFigures, sheets[FUNDING_SHEET]!)).toEqual([]);
    },
  );
});
