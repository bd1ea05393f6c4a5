import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { allocate, calculate, compareAloneTogether, type AllocationInput, type CalculationInput } from '@app/engine';
import {
  buildContributionCsv,
  buildContributionPdf,
  createSharedBudgetWorkbook,
  ALLOCATION_SHEET,
  type AllocationExportInput,
  type AllocationExportMember,
} from './index.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { hasPdftotext, pdfToText } from './testing/poppler.ts';
import { sampleInput, sampleMeta } from './testing/sample.ts';

// Issue 13, exports: the shared budget's workbook gets a live "Verdeling" sheet whose member parts,
// after LibreOffice recalculates it, equal the engine's allocation to the euro — also after a key
// input is changed in the workbook; the member PDF and CSV carry the API's figures.

const skipLibreOffice = shouldSkipTool(findSoffice() != null);

const MEMBERS: AllocationExportMember[] = [
  {
    memberId: 'm-bunschoten',
    name: 'Bunschoten',
    cbsCode: 'GM0313',
    inhabitants: 22_899,
    employees: 170,
    referenceDate: '2026-01-01',
  },
  {
    memberId: 'm-leusden',
    name: 'Leusden',
    cbsCode: 'GM0327',
    inhabitants: 32_288,
    employees: 238,
    referenceDate: '2026-01-01',
  },
  {
    memberId: 'm-nijkerk',
    name: 'Nijkerk',
    cbsCode: 'GM0267',
    inhabitants: 46_276,
    employees: 356,
    referenceDate: '2026-01-01',
  },
  {
    memberId: 'm-putten',
    name: 'Putten',
    cbsCode: 'GM0273',
    inhabitants: 25_169,
    employees: 187,
    referenceDate: '2026-01-01',
  },
];
const PROFILE = { inhabitants: 126_632, employees: 951, departments: 38 };

function scenario(members = MEMBERS, keys?: Pick<AllocationInput, 'defaultKey' | 'developmentKeys' | 'lineKeys'>) {
  const input: CalculationInput = sampleInput(PROFILE);
  const result = calculate(input);
  const chosen = keys ?? {
    defaultKey: {
      type: 'hybrid',
      parts: [
        { basis: 'equal', percentage: 50 },
        { basis: 'inhabitants', percentage: 50 },
      ],
    },
    developmentKeys: {
      'dev-energie': {
        type: 'fixed',
        percentages: { 'm-bunschoten': 10, 'm-leusden': 20.5, 'm-nijkerk': 49.5, 'm-putten': 20 },
      },
    },
    lineKeys: {
      [input.lines[0]!.id]: {
        type: 'usage',
        quantities: { 'm-bunschoten': 3, 'm-leusden': 0, 'm-nijkerk': 7, 'm-putten': 1.5 },
        unit: 'licenties',
      },
    },
  };
  const engineMembers = members.map((m) => ({
    id: m.memberId,
    name: m.name,
    inhabitants: m.inhabitants,
    employees: m.employees,
  }));
  const allocation = allocate({ members: engineMembers, ...chosen }, result);
  const alone = Object.fromEntries(
    members.map((m) => [
      m.memberId,
      calculate({ ...input, profile: { inhabitants: m.inhabitants, employees: m.employees, departments: 10 } }),
    ]),
  );
  const data: AllocationExportInput = {
    collaborationName: 'BLNP',
    hostName: 'Bunschoten',
    formLabel: 'Bedrijfsvoeringsorganisatie',
    keyPeriod: '01-01-2027 – 31-12-2030',
    budgetName: 'BLNP ICT 2027–2030',
    status: 'Concept',
    generatedAt: '2026-12-03T12:00:00Z',
    members,
    keys: chosen,
    allocation,
    aloneTogether: compareAloneTogether(allocation, alone),
    remainderRule: 'Hele euro’s, grootste restant, gelijk: eerdere deelnemer.',
    domainNames: {
      bedrijfsvoering: 'Bedrijfsvoering',
      'fysiek-domein': 'Fysiek domein',
      dienstverlening: 'Dienstverlening',
      'sociaal-domein': 'Sociaal domein',
    },
    developmentTitles: Object.fromEntries(input.developments.map((d) => [d.id, d.title])),
    lineDescriptions: Object.fromEntries(input.lines.map((l) => [l.id, l.description])),
  };
  return { input, result, data, meta: sampleMeta(input, 'BLNP') };
}

/** `H12` → [row 11, col 7] (0-based) in LibreOffice's CSV rows. */
function cellAt(rows: string[][], address: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return Number(rows[Number(m[2]) - 1]?.[col] ?? 'NaN');
}

async function recalcAllocation(buffer: Buffer) {
  const sheets = await recalculateWithLibreOffice(buffer);
  const rows = sheets[ALLOCATION_SHEET];
  if (!rows) throw new Error(`no ${ALLOCATION_SHEET} sheet in ${Object.keys(sheets).join(', ')}`);
  return rows;
}

describe('allocation sheet', () => {
  test('has live formulas with the engine results cached', async () => {
    const { input, result, data, meta } = scenario();
    const { built, allocation } = createSharedBudgetWorkbook({ input, result, meta }, data);
    const ws = built.workbook.getWorksheet(ALLOCATION_SHEET)!;
    const part = ws.getCell(allocation.parts[0]!.cell);
    expect(part.formula).toMatch(/SUMPRODUCT/);
    expect(part.result).toBe(allocation.parts[0]!.cents / 100);
    expect(allocation.parts.length).toBeGreaterThan(100);
  });

  test.skipIf(skipLibreOffice)(
    'recalculated in LibreOffice, every member part and total equals the engine to the euro; a changed key input recalculates like the engine',
    async () => {
      const { input, result, data, meta } = scenario();
      const { built, allocation } = createSharedBudgetWorkbook({ input, result, meta }, data);
      const rows = await recalcAllocation(Buffer.from(await built.workbook.xlsx.writeBuffer()));
      const mismatches = [...allocation.parts, ...allocation.totals]
        .filter((p) => cellAt(rows, p.cell) !== p.cents / 100)
        .map((p) => `${p.cell}: ${cellAt(rows, p.cell)} ≠ ${p.cents / 100}`);
      expect(mismatches).toEqual([]);

      // Edit the workbook like a user: Bunschoten's inhabitants and the fixed percentages of the development key.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await built.workbook.xlsx.writeBuffer()) as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet(ALLOCATION_SHEET)!;
      ws.getCell(allocation.inputs.inhabitants[0]!).value = 40_000;
      const fixedCells = allocation.inputs.keyInputs['Ontwikkeling 1']!;
      [25, 25, 25, 25].forEach((pct, i) => (ws.getCell(fixedCells[i]!).value = pct));
      const edited = await recalcAllocation(Buffer.from(await wb.xlsx.writeBuffer()));

      const members = data.members.map((m, i) => (i === 0 ? { ...m, inhabitants: 40_000 } : m));
      const keys = {
        ...data.keys,
        developmentKeys: {
          'dev-energie': {
            type: 'fixed' as const,
            percentages: { 'm-bunschoten': 25, 'm-leusden': 25, 'm-nijkerk': 25, 'm-putten': 25 },
          },
        },
      };
      const expected = scenario(members, keys);
      const { allocation: expectedCells } = createSharedBudgetWorkbook(
        { input: expected.input, result: expected.result, meta: expected.meta },
        expected.data,
      );
      // The key change must change the figures, or this proves nothing.
      expect(expectedCells.totals.map((t) => t.cents)).not.toEqual(allocation.totals.map((t) => t.cents));
      const editedMismatches = [...expectedCells.parts, ...expectedCells.totals]
        .filter((p) => cellAt(edited, p.cell) !== p.cents / 100)
        .map((p) => `${p.cell}: ${cellAt(edited, p.cell)} ≠ ${p.cents / 100}`);
      expect(editedMismatches).toEqual([]);
    },
    120_000,
  );
});

describe('contribution per member', () => {
  test('CSV carries the member totals per year and alone vs together', () => {
    const { data } = scenario();
    const csv = buildContributionCsv(data, 'm-nijkerk');
    expect(csv.startsWith('\uFEFFBijdrage per deelnemer;Nijkerk')).toBe(true);
    const total = csv.split('\r\n').find((l) => l.startsWith('Totaal bijdrage'))!;
    const nijkerk = data.allocation.members[2]!;
    expect(
      total
        .split(';')
        .slice(3)
        .map((v) => Number(v.replace(',', '.'))),
    ).toEqual(data.allocation.years.map((y) => (nijkerk.totals.total[y] ?? 0) / 100));
    expect(csv).toContain('Alleen (eigen begroting)');
    expect(() => buildContributionCsv(data, 'nobody')).toThrow();
  });

  test('PDF names the member and shows its total', async () => {
    const { data } = scenario();
    const pdf = await buildContributionPdf(data, 'm-putten');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPdftotext()) return;
    const text = await pdfToText(pdf);
    expect(text).toContain('Putten');
    expect(text).toContain('Bijdrage per jaar');
    const year = data.allocation.years[0]!;
    const euros = Math.round((data.allocation.members[3]!.totals.total[year] ?? 0) / 100);
    expect(text.replace(/\s+/g, ' ')).toContain(`€ ${euros.toLocaleString('nl-NL')}`);
  });
});
