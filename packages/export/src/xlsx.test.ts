import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { calculate, plausibility, totalsByProvenance, type CalculationInput, type Profile } from '@app/engine';
import { PROVENANCE_LABELS } from '@app/schemas';
import { buildBudgetWorkbook, createBudgetWorkbook } from './xlsx/workbook.ts';
import { ASSUMPTIONS_SHEET, OWN_COLUMN, PROFILE_ROWS } from './xlsx/assumptions-sheet.ts';
import { LINES_SHEET } from './xlsx/lines-sheet.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { compareRecalculation } from './testing/verify-workbook.ts';
import {
  AMSTERDAM,
  DE_BILT,
  HALF_EURO_PROFILES,
  SCHIERMONNIKOOG,
  UTRECHT,
  sampleInput,
  sampleMeta,
  seedInput,
} from './testing/sample.ts';
import type { ExportMeta } from './meta.ts';

const skipLibreOffice = shouldSkipTool(findSoffice() != null);

async function recalcAndCompare(input: CalculationInput, meta: ExportMeta) {
  const result = calculate(input);
  const built = createBudgetWorkbook({ input, result, meta });
  const buffer = Buffer.from(await built.workbook.xlsx.writeBuffer());
  const sheets = await recalculateWithLibreOffice(buffer);
  return { result, report: compareRecalculation(built, sheets, result) };
}

describe('buildBudgetWorkbook (structure)', () => {
  test('has the sheets, properties, formulas with engine results and print setup', async () => {
    const input = sampleInput(DE_BILT);
    const result = calculate(input);
    const buffer = await buildBudgetWorkbook({ input, result, meta: sampleMeta(input, 'De Bilt') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    // Domain sheets follow the budget's own order (its developments, as on screen), not the alphabet.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Dienstverlening',
      'Fysiek domein',
      'Bedrijfsvoering',
      'Sociaal domein',
      'Regels',
      'Uitgangspunten',
      'Toelichting',
    ]);
    expect(wb.creator).toBe('ICT-begrotingsplanner');
    expect(wb.title).toContain('De Bilt');
    const regels = wb.getWorksheet(LINES_SHEET)!;
    expect(regels.pageSetup.orientation).toBe('landscape');
    expect(regels.pageSetup.fitToWidth).toBe(1);
    expect(regels.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // The coordinator's first year: a formula over Uitgangspunten, cached with the engine's euros.
    const coordRow = result.rows.find((r) => r.lineId === 'l-coord' && r.component === 'structural')!;
    let found = false;
    regels.eachRow((row) => {
      if (row.getCell(1).value === 'l-coord') {
        const cell = row.getCell(22).value as ExcelJS.CellFormulaValue;
        expect(cell.formula).toMatch(/Uitgangspunten!\$C\$\d+/);
        expect(cell.result).toBe(coordRow.amounts[2027]! / 100);
        found = true;
      }
    });
    expect(found).toBe(true);
    // Zero years keep a cached 0 (exceljs would drop it), so non-recalculating viewers show € 0.
    const zeroCells: ExcelJS.Cell[] = [];
    regels.eachRow((row, n) => {
      if (n > 4)
        row.eachCell((cell) => cell.type === ExcelJS.ValueType.Formula && cell.result === 0 && zeroCells.push(cell));
    });
    expect(zeroCells.length).toBeGreaterThan(10);
    const ass = wb.getWorksheet(ASSUMPTIONS_SHEET)!;
    expect(ass.getCell(`${OWN_COLUMN}${PROFILE_ROWS.inhabitants}`).value).toBe(43_673);
    expect(wb.getWorksheet('Toelichting')!.getCell('F5').value).toContain('minder dan evenredig');
  });

  test('Samenvatting splits the totals by provenance with SUMIFS over Regels and shows plausibility beside the benchmark', async () => {
    const input = sampleInput(DE_BILT);
    const result = calculate(input);
    const built = createBudgetWorkbook({ input, result, meta: sampleMeta(input, 'De Bilt') });
    const ws = built.workbook.getWorksheet('Samenvatting')!;
    const rowOf = (label: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (!found && row.getCell(1).value === label) found = n;
      });
      if (!found) throw new Error(`no row "${label}"`);
      return ws.getRow(found);
    };
    const split = totalsByProvenance(result);
    const example = rowOf(PROVENANCE_LABELS.example);
    const cell = example.getCell(2).value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toMatch(
      /^SUMIFS\(Regels!\$V\$5:\$V\$\d+,Regels!\$J\$5:\$J\$\d+,"Voorbeeld",Regels!\$F\$5:\$F\$\d+,"<>Investeringen"\)$/,
    );
    expect(cell.result).toBe(split.example.total[2027]! / 100);
    expect((rowOf(PROVENANCE_LABELS.published).getCell(3).value as ExcelJS.CellFormulaValue).result).toBe(
      split.published.total[2028]! / 100,
    );
    expect(built.figures.filter((f) => f.label.startsWith('herkomst')).length).toBeGreaterThanOrEqual(8);
    const p = plausibility(input, result);
    const structural = rowOf(`Structureel ${p.structural.year}`);
    expect((structural.getCell(3).value as ExcelJS.CellFormulaValue).formula).toMatch(/Uitgangspunten!\$C\$\d+/);
    expect((structural.getCell(3).value as ExcelJS.CellFormulaValue).result).toBe(
      p.structural.own.perInhabitantCents / 100,
    );
    expect(structural.getCell(5).value).toBe(p.structural.model.amountCents / 100);
    expect((structural.getCell(7).value as ExcelJS.CellFormulaValue).result).toBe(p.structural.ratio);
    expect(rowOf('Benchmark per inwoner 2023').getCell(2).value).toBe(109);
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(1).value ?? '') + ' ' + String(row.getCell(3).value ?? '')));
    expect(texts.join('\n')).toContain('niet de volledige ICT-exploitatie');
    expect(texts.join('\n')).toContain('datajaar 2023; bron: M&I/Partners');
  });
});

const profiles: [string, Profile | undefined][] = [
  ['Modelgemeente', undefined],
  ['De Bilt', DE_BILT],
  ['Utrecht', UTRECHT],
];
/** Below and above the validity range of the rescaling (ADR 0010). */
const edgeProfiles: [string, Profile][] = [
  ['Schiermonnikoog', SCHIERMONNIKOOG],
  ['Amsterdam', AMSTERDAM],
];
/** The seed catalog also for the municipalities whose amounts land on half euros, and the edges. */
const seedProfiles: [string, Profile | undefined][] = [
  ...profiles,
  ...Object.entries(HALF_EURO_PROFILES),
  ...edgeProfiles,
];
const RANGE = { scalingRange: { minRatio: 0.2, maxRatio: 2.5 } };

/** Not the defaults: other indexation, employer costs, threshold, interest and contract-end percentages. */
const OTHER_ASSUMPTIONS = {
  wageIndexationPct: 2.5,
  priceIndexationPct: 4.2,
  employerCostPct: 31.5,
  activationThresholdCents: 1_000_000,
  interestRatePct: 2.25,
  retenderPct: 12.5,
  migrationPct: 7.5,
};

describe.skipIf(skipLibreOffice)('LibreOffice recalculation equals the engine to the euro', () => {
  test.each(profiles)('sample budget, %s', async (name, profile) => {
    const input = sampleInput(profile);
    const { report } = await recalcAndCompare(input, sampleMeta(input, name));
    console.info(
      `[xlsx] ${name}: ${report.lineYearsChecked} line-years and ${report.figuresChecked} totals checked; totals`,
      report.totals,
    );
    expect(report.mismatches).toEqual([]);
    expect(report.lineYearsChecked).toBeGreaterThan(50);
  });

  test.each(edgeProfiles)('sample budget with the validity range of the rescaling, %s', async (name, profile) => {
    const input = sampleInput(profile, RANGE);
    const result = calculate(input);
    // The range must apply here, or this test proves nothing.
    expect(result.lines.some((l) => l.scalingRule !== 'power')).toBe(true);
    const { report } = await recalcAndCompare(input, sampleMeta(input, name));
    expect(report.mismatches).toEqual([]);
  });

  const seed = seedInput();
  test.skipIf(seed == null).each(seedProfiles)('real seed catalog lines, %s', async (name, profile) => {
    const s = seedInput(profile)!;
    const { report } = await recalcAndCompare(s.input, { ...s.meta, municipalityName: name });
    console.info(
      `[xlsx seed] ${name}: ${report.lineYearsChecked} line-years and ${report.figuresChecked} totals checked; totals`,
      report.totals,
    );
    expect(report.mismatches).toEqual([]);
  });

  test.skipIf(seed == null).each(Object.entries(HALF_EURO_PROFILES))(
    'real seed catalog lines with non-default assumptions, %s',
    async (name, profile) => {
      const s = seedInput(profile, OTHER_ASSUMPTIONS)!;
      const { report } = await recalcAndCompare(s.input, { ...s.meta, municipalityName: name });
      expect(report.mismatches).toEqual([]);
      expect(report.lineYearsChecked).toBeGreaterThan(100);
    },
  );

  test('changing inhabitants in Uitgangspunten moves the whole workbook like the engine', async () => {
    const input = sampleInput(); // model profile
    const result = calculate(input);
    const built = createBudgetWorkbook({ input, result, meta: sampleMeta(input) });
    const original = Buffer.from(await built.workbook.xlsx.writeBuffer());

    // Edit the file the way a user would: new inhabitants, and no stale cached results anywhere.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ExcelJS.Buffer);
    const changed: Profile = { ...input.profile, inhabitants: 43_673 };
    wb.getWorksheet(ASSUMPTIONS_SHEET)!.getCell(`${OWN_COLUMN}${PROFILE_ROWS.inhabitants}`).value = changed.inhabitants;
    let cleared = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue | null;
          if (v && typeof v === 'object' && 'formula' in v && v.formula) {
            cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
            cleared++;
          }
        }),
      );
    }
    expect(cleared).toBeGreaterThan(100);
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const sheets = await recalculateWithLibreOffice(edited);

    const expected = calculate({ ...input, profile: changed });
    // The changed profile must change the figures, or this test proves nothing.
    expect(expected.totals.total).not.toEqual(result.totals.total);
    // Same layout: compare against the expected result using the original workbook's cell map,
    // with the rows/figures' engine values swapped for the changed run.
    const expectedBuilt = createBudgetWorkbook({
      input: { ...input, profile: changed },
      result: expected,
      meta: sampleMeta(input),
    });
    const report = compareRecalculation(expectedBuilt, sheets, expected);
    console.info(
      `[xlsx edit] inhabitants 100000 → 43673: ${report.lineYearsChecked} line-years, ${report.figuresChecked} totals; totals`,
      report.totals,
    );
    expect(report.mismatches).toEqual([]);
    expect(sheets[LINES_SHEET]!.length).toBe(built.workbook.getWorksheet(LINES_SHEET)!.rowCount);
  });

  test.skipIf(seed == null)(
    'editing the profile down to Schiermonnikoog in Excel applies the validity range like the engine',
    async () => {
      const input = seedInput()!.input; // model profile, inside the range
      const meta = seedInput()!.meta;
      const result = calculate(input);
      const built = createBudgetWorkbook({ input, result, meta });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await built.workbook.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
      const ass = wb.getWorksheet(ASSUMPTIONS_SHEET)!;
      for (const driver of ['inhabitants', 'employees', 'departments'] as const)
        ass.getCell(`${OWN_COLUMN}${PROFILE_ROWS[driver]}`).value = SCHIERMONNIKOOG[driver];
      for (const ws of wb.worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const v = cell.value as ExcelJS.CellFormulaValue | null;
            if (v && typeof v === 'object' && 'formula' in v && v.formula)
              cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
          }),
        );
      }
      const sheets = await recalculateWithLibreOffice(Buffer.from(await wb.xlsx.writeBuffer()));
      const changed = { ...input, profile: { ...SCHIERMONNIKOOG } };
      const expected = calculate(changed);
      expect(expected.lines.filter((l) => l.scalingRule === 'shared-fixed').length).toBeGreaterThan(0);
      expect(expected.lines.filter((l) => l.scalingRule === 'below-range').length).toBeGreaterThan(0);
      const report = compareRecalculation(
        createBudgetWorkbook({ input: changed, result: expected, meta }),
        sheets,
        expected,
      );
      expect(report.mismatches).toEqual([]);
      expect(report.lineYearsChecked).toBeGreaterThan(100);
    },
  );
});
