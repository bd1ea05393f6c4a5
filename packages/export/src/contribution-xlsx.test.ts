import { describe, expect, test } from 'vitest';
import { calculate, type CalculationInput } from '@app/engine';
import { createBudgetWorkbook } from './xlsx/workbook.ts';
import { readBudgetWorkbook } from './import/budget-workbook.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { compareRecalculation } from './testing/verify-workbook.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';

const skipLibreOffice = shouldSkipTool(findSoffice() != null);

/** A member budget with its contribution to a collaboration (ADR 0023): exact cents per year. */
function withContribution(): CalculationInput {
  const input = sampleInput(DE_BILT, { priceIndexationPct: 2.5 });
  input.developments.push({
    id: 'samenwerking',
    domainKey: 'samenwerking',
    title: 'Bijdragen aan samenwerkingen',
    startYear: null,
    enabled: true,
  });
  input.lines.push({
    id: 'c-blnp',
    developmentId: 'samenwerking',
    description: 'Bijdrage samenwerking BLNP',
    kind: 'structural',
    costBasis: 'amount',
    costPool: 'services',
    provenance: 'custom',
    amountCents: null,
    driver: 'fixed',
    elasticity: 0,
    yearOffset: 0,
    durationYears: 1,
    indexation: 'none',
    fixedYearAmountsCents: { 2027: 12_345_600, 2028: 12_999_900, 2029: 0, 2030: 13_100_100 },
  });
  return input;
}

describe('a contribution line in the workbook', () => {
  test('its year cells are the allocated amounts as values (inputs), and the totals include them', () => {
    const input = withContribution();
    const result = calculate(input);
    const built = createBudgetWorkbook({
      input,
      result,
      meta: { ...sampleMeta(input), domainNames: { samenwerking: 'Samenwerking' } },
    });
    const sheet = built.workbook.getWorksheet('Regels')!;
    let found = false;
    sheet.eachRow((row) => {
      if (row.values && JSON.stringify(row.values).includes('Bijdrage samenwerking BLNP')) {
        found = true;
        const numbers = (row.values as unknown[]).filter((v) => typeof v === 'number');
        for (const euros of [123_456, 129_999, 131_001]) expect(numbers).toContain(euros);
      }
    });
    expect(found).toBe(true);
  });

  test('reading the unchanged workbook back finds no change and no warning for the contribution line', async () => {
    const input = withContribution();
    const result = calculate(input);
    const built = createBudgetWorkbook({ input, result, meta: sampleMeta(input) });
    const changes = await readBudgetWorkbook(Buffer.from(await built.workbook.xlsx.writeBuffer()), input);
    expect(changes.errors).toEqual([]);
    expect(changes.warnings).toEqual([]);
    expect(changes.lines.filter((l) => l.lineId === 'c-blnp')).toEqual([]);
  });

  test.skipIf(skipLibreOffice)(
    'LibreOffice recalculation equals the engine to the euro',
    async () => {
      const input = withContribution();
      const result = calculate(input);
      expect(result.years.map((y) => result.rows.find((r) => r.lineId === 'c-blnp')!.amounts[y])).toEqual([
        12_345_600, 12_999_900, 0, 13_100_100,
      ]);
      const built = createBudgetWorkbook({ input, result, meta: sampleMeta(input) });
      const sheets = await recalculateWithLibreOffice(Buffer.from(await built.workbook.xlsx.writeBuffer()));
      const report = compareRecalculation(built, sheets, result);
      expect(report.mismatches).toEqual([]);
      expect(report.lineYearsChecked).toBeGreaterThan(0);
    },
    120_000,
  );
});
