import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { calculate, type CalculationInput } from '@app/engine';
import { createBudgetWorkbook } from './xlsx/workbook.ts';
import { FUNDING_SHEET } from './xlsx/funding-sheet.ts';
import { ASSUMPTIONS_SHEET, CAPITAL_SETTING_LABELS } from './xlsx/assumptions-sheet.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { compareRecalculation, fundingMismatches } from './testing/verify-workbook.ts';
import { fundingOverviewFor, sampleFundingInputs } from './testing/funding.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';

// The kapitaallasten settings and the live incidental rule in the workbook (ADR 0027), checked
// by letting LibreOffice recalculate every formula and comparing with the engine to the euro.
const skipLibreOffice = shouldSkipTool(findSoffice() != null);

const mismatches = fundingMismatches;

/**
 * The model municipality (both investments above the threshold) with the laptops in a class (term
 * from the organisation), the screens in a class without a term, and licences bought as an
 * "investment" (never activated, CBS Kredo).
 */
function withSettings(overrides: Partial<CalculationInput['assumptions']> = {}): CalculationInput {
  const input = sampleInput();
  const laptops = input.lines.find((l) => l.id === 'l-hw')!;
  const licences = {
    ...laptops,
    id: 'l-lic',
    description: 'Licentierechten (eenmalig)',
    costBasis: 'licence' as const,
    costPool: 'software' as const,
    amountCents: null,
    units: 100,
    unitPriceCents: 50_000,
    depreciationYears: null,
  };
  return {
    ...input,
    assumptions: {
      ...input.assumptions,
      depreciationYearsByAssetClass: { hardware: 3, software: 5 },
      externalFinancingPct: 35,
      ...overrides,
    },
    lines: [...input.lines, licences].map((l) =>
      l.id === 'l-hw'
        ? { ...l, depreciationYears: null, assetClass: 'hardware' }
        : l.id === 'l-hw-small'
          ? { ...l, assetClass: 'other' }
          : l,
    ),
  };
}

function build(input: CalculationInput, capitalFromReserve = false, maxYears = 3) {
  const result = calculate(input);
  const funding = fundingOverviewFor(
    input,
    result,
    sampleFundingInputs(input.firstYear),
    { maxYears, thresholdCents: null },
    { capitalFromReserve },
  );
  return {
    result,
    funding,
    built: createBudgetWorkbook({ input, result, meta: sampleMeta(input, 'De Bilt'), funding }),
  };
}

/** Drops the cached results so LibreOffice has to recalculate, after `change` edited the inputs. */
async function recalculated(wb: ExcelJS.Workbook, change: (wb: ExcelJS.Workbook) => void) {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(Buffer.from(await wb.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
  change(copy);
  for (const ws of copy.worksheets)
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === 'object' && 'formula' in v && v.formula)
          c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  return recalculateWithLibreOffice(Buffer.from(await copy.xlsx.writeBuffer()));
}

function settingCell(wb: ExcelJS.Workbook, label: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(ASSUMPTIONS_SHEET)!;
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) found = row.getCell(3);
  });
  if (!found) throw new Error(`no row "${label}"`);
  return found;
}

describe('kapitaallasten settings in the workbook', () => {
  test('the settings are inputs on Uitgangspunten and the term per class feeds the line', () => {
    const { built } = build(withSettings());
    expect(settingCell(built.workbook, CAPITAL_SETTING_LABELS.assetClass('hardware')).value).toBe(3);
    expect(settingCell(built.workbook, CAPITAL_SETTING_LABELS.externalFinancing).value).toBe(0.35);
    expect(settingCell(built.workbook, CAPITAL_SETTING_LABELS.interestOnOwnEquity).value).toBe(0);
    expect(settingCell(built.workbook, CAPITAL_SETTING_LABELS.writeOffAtOnce).value).toBe(0);
  });

  test.skipIf(skipLibreOffice)(
    'LibreOffice recalculates the capital rows and the reserve dekking to the euro',
    async () => {
      for (const input of [
        withSettings(),
        withSettings({ writeOffAtOnce: true }),
        withSettings({ interestOnOwnEquity: true }),
      ]) {
        const { built, result } = build(input, true);
        const sheets = await recalculateWithLibreOffice(Buffer.from(await built.workbook.xlsx.writeBuffer()));
        expect(compareRecalculation(built, sheets, result).mismatches).toEqual([]);
        expect(built.fundingFigures.some((f) => f.where.includes('reserve'))).toBe(true);
        expect(mismatches(built.fundingFigures, sheets[FUNDING_SHEET]!)).toEqual([]);
      }
    },
  );

  test.skipIf(skipLibreOffice)(
    'switching direct write-off and interest on own equity in Excel moves the figures like the engine',
    async () => {
      const { built } = build(withSettings(), true);
      const sheets = await recalculated(built.workbook, (wb) => {
        settingCell(wb, CAPITAL_SETTING_LABELS.writeOffAtOnce).value = 1;
        settingCell(wb, CAPITAL_SETTING_LABELS.assetClass('hardware')).value = 4;
      });
      const expected = build(
        withSettings({ writeOffAtOnce: true, depreciationYearsByAssetClass: { hardware: 4, software: 5 } }),
        true,
      );
      // The model's own per-inhabitant figure is the model budget's, not this one's: not a setting's effect.
      const own = (m: { where: string }) => !m.where.includes('model per inwoner');
      expect(compareRecalculation(expected.built, sheets, expected.result).mismatches.filter(own)).toEqual([]);
      expect(mismatches(expected.built.fundingFigures, sheets[FUNDING_SHEET]!)).toEqual([]);

      const fresh = build(withSettings(), true).built;
      const ownEquity = await recalculated(fresh.workbook, (wb) => {
        settingCell(wb, CAPITAL_SETTING_LABELS.interestOnOwnEquity).value = 1;
      });
      const ownExpected = build(withSettings({ interestOnOwnEquity: true }), true);
      expect(ownExpected.result.totals.capital).not.toEqual(build(withSettings(), true).result.totals.capital);
      expect(compareRecalculation(ownExpected.built, ownEquity, ownExpected.result).mismatches.filter(own)).toEqual([]);
    },
  );

  test.skipIf(skipLibreOffice)(
    'the Aard of a funding follows the incidental rule typed into the Dekking sheet',
    async () => {
      const { built } = build(sampleInput(DE_BILT));
      const sheets = await recalculated(built.workbook, (wb) => {
        wb.getWorksheet(FUNDING_SHEET)!.getCell('G3').value = 1;
      });
      const expected = build(sampleInput(DE_BILT), false, 1);
      // The Woo-compensatie runs 2 years: incidental under 3, structural under 1.
      expect(sheets[FUNDING_SHEET]![4]![6]).toBe('structureel');
      expect(expected.funding.structuralBalance.funding).not.toEqual(
        build(sampleInput(DE_BILT)).funding.structuralBalance.funding,
      );
      const structuralFunding = expected.built.fundingFigures.filter((f) => f.where.startsWith('Structurele dekking'));
      expect(structuralFunding.length).toBeGreaterThan(0);
      expect(mismatches(structuralFunding, sheets[FUNDING_SHEET]!)).toEqual([]);
    },
  );
});
