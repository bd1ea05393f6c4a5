import ExcelJS from 'exceljs';
import { CATEGORY_OF, keyShares, sharePct, type AllocationKey, type Component } from '@app/engine';
import { CATEGORY_LABELS, COMPONENT_LABELS } from '@app/schemas';
import type { BudgetExportInput } from '../meta.ts';
import { createBudgetWorkbook, type BuiltWorkbook } from '../xlsx/workbook.ts';
import { LINES_SHEET } from '../xlsx/lines-sheet.ts';
import {
  EURO_FORMAT,
  INTEGER_FORMAT,
  columnLetter,
  freeze,
  markInput,
  setPrint,
  setTitle,
  styleHeaderRow,
  styleSubtotalRow,
} from '../xlsx/styles.ts';
import { keyText } from './key-text.ts';
import type { AllocationExportInput } from './types.ts';

export const ALLOCATION_SHEET = 'Verdeling';
/** Member columns start here in every block of the sheet (H). */
const M0 = 8;
const INVESTMENT_LABEL = CATEGORY_LABELS.investment;

/** Where the allocation sheet put its figures, for the recalculation test. */
export interface AllocationSheetInfo {
  /** Cell (e.g. `H40`) of member i's part of a (lineId, component, year), for rows the engine computed. */
  parts: { lineId: string; component: Component; year: number; member: number; cell: string; cents: number }[];
  /** Cell of member i's contribution (exploitation) in a year. */
  totals: { year: number; member: number; cell: string; cents: number }[];
  /** Key input cells by key label and member (fixed percentages, usage quantities) and member figure cells. */
  inputs: { inhabitants: string[]; employees: string[]; keyInputs: Record<string, string[]> };
}

const setFormula = (cell: ExcelJS.Cell, formula: string, result: number) => {
  cell.value = { formula, result };
};

/**
 * The shared budget's allocation as a live sheet ("Verdeling"): member figures and key parameters
 * are inputs (yellow); each key's shares are formulas of those inputs; every line-year of the
 * Regels sheet is split over the members with the whole-euro largest-remainder rule written as a
 * formula (floor of each exact part, the euros left over to the largest fractional parts, ties to
 * the earlier member), and each member's contribution per year sums its parts. Cached results are
 * the engine's, so the sheet shows the API's figures even without recalculation.
 */
export function addAllocationSheet(built: BuiltWorkbook, data: AllocationExportInput): AllocationSheetInfo {
  const ws = built.workbook.addWorksheet(ALLOCATION_SHEET, { properties: { tabColor: { argb: 'FF548235' } } });
  const { allocation, members } = data;
  const n = members.length;
  const years = allocation.years;
  const lastMemberCol = columnLetter(M0 + n - 1);
  const memberCol = (i: number) => columnLetter(M0 + i);
  setTitle(ws, `Verdeling ${data.collaborationName} — ${data.budgetName}`, data.remainderRule);
  const info: AllocationSheetInfo = {
    parts: [],
    totals: [],
    inputs: { inhabitants: [], employees: [], keyInputs: {} },
  };

  // --- members (inputs: inhabitants, employees) ----------------------------------------------
  let r = 4;
  const memberHeader = ws.getRow(r);
  memberHeader.values = ['Deelnemer', 'CBS-code', 'Inwoners', 'Medewerkers', 'Peildatum'];
  styleHeaderRow(memberHeader, 1, 5);
  const firstMemberRow = r + 1;
  members.forEach((m, i) => {
    const row = ws.getRow(firstMemberRow + i);
    row.values = [m.name, m.cbsCode ?? 'handmatig', m.inhabitants, m.employees, m.referenceDate ?? ''];
    markInput(row.getCell(3));
    markInput(row.getCell(4));
    row.getCell(3).numFmt = INTEGER_FORMAT;
    row.getCell(4).numFmt = INTEGER_FORMAT;
    info.inputs.inhabitants.push(`C${firstMemberRow + i}`);
    info.inputs.employees.push(`D${firstMemberRow + i}`);
  });
  const lastMemberRow = firstMemberRow + n - 1;
  const inhabitantsRange = `$C$${firstMemberRow}:$C$${lastMemberRow}`;
  const employeesRange = `$D$${firstMemberRow}:$D$${lastMemberRow}`;
  r = lastMemberRow + 2;

  // --- contribution per year (filled after the lines block is laid out) -----------------------
  const summaryHeaderRow = r;
  const summaryRows = years.map((_, k) => summaryHeaderRow + 1 + k);
  r = summaryHeaderRow + years.length + 3;

  // --- keys: an input row and a share row each -------------------------------------------------
  const keyRowsHeader = ws.getRow(r);
  keyRowsHeader.values = [
    'Sleutel',
    'Soort',
    'Geldt voor',
    'Invoer',
    'Controle',
    '',
    '',
    ...members.map((m) => m.name),
  ];
  styleHeaderRow(keyRowsHeader, 1, M0 + n - 1);
  r++;
  const keys: { label: string; key: AllocationKey; appliesTo: string }[] = [
    { label: 'Standaard', key: data.keys.defaultKey, appliesTo: 'alle regels zonder eigen sleutel' },
  ];
  for (const [id, key] of Object.entries(data.keys.developmentKeys ?? {}))
    keys.push({ label: `Ontwikkeling ${keys.length}`, key, appliesTo: data.developmentTitles[id] ?? id });
  for (const [id, key] of Object.entries(data.keys.lineKeys ?? {}))
    keys.push({ label: `Regel ${keys.length}`, key, appliesTo: data.lineDescriptions[id] ?? id });
  const shareRowOf = new Map<AllocationKey, number>();
  const engineMembers = members.map((m) => ({
    id: m.memberId,
    name: m.name,
    inhabitants: m.inhabitants,
    employees: m.employees,
  }));

  const basisFormula = (basis: 'equal' | 'inhabitants' | 'employees', i: number) =>
    basis === 'equal'
      ? `1/${n}`
      : basis === 'inhabitants'
        ? `$C$${firstMemberRow + i}/SUM(${inhabitantsRange})`
        : `$D$${firstMemberRow + i}/SUM(${employeesRange})`;

  for (const { label, key, appliesTo } of keys) {
    const shares = keyShares(key, engineMembers);
    const partRows: number[] = [];
    if (key.type === 'hybrid') {
      // One input row per part: its percentage in column D.
      for (const part of key.parts) {
        const row = ws.getRow(r);
        row.values = [
          `${label} — deel`,
          part.basis === 'equal' ? 'gelijk' : part.basis === 'inhabitants' ? 'naar inwoners' : 'naar medewerkers',
          appliesTo,
          part.percentage,
        ];
        markInput(row.getCell(4));
        partRows.push(r);
        r++;
      }
      const check = ws.getRow(partRows[0]!).getCell(5);
      setFormula(
        check,
        `SUM(D${partRows[0]}:D${partRows.at(-1)})`,
        key.parts.reduce((a, p) => a + p.percentage, 0),
      );
      info.inputs.keyInputs[label] = partRows.map((pr) => `D${pr}`);
    }
    const inputRow = r;
    if (key.type === 'fixed' || key.type === 'usage') {
      const row = ws.getRow(inputRow);
      row.getCell(1).value = `${label} — invoer`;
      row.getCell(2).value =
        key.type === 'fixed'
          ? 'percentage per deelnemer (samen 100)'
          : `gebruik per deelnemer${key.unit ? ` (${key.unit})` : ''}`;
      row.getCell(3).value = appliesTo;
      const values = members.map((m) =>
        key.type === 'fixed' ? (key.percentages[m.memberId] ?? 0) : (key.quantities[m.memberId] ?? 0),
      );
      values.forEach((v, i) => {
        const cell = row.getCell(M0 + i);
        cell.value = v;
        markInput(cell);
      });
      setFormula(
        row.getCell(5),
        `SUM(${memberCol(0)}${inputRow}:${lastMemberCol}${inputRow})`,
        values.reduce((a, b) => a + b, 0),
      );
      info.inputs.keyInputs[label] = members.map((_, i) => `${memberCol(i)}${inputRow}`);
      r++;
    }
    const shareRow = r;
    const row = ws.getRow(shareRow);
    row.getCell(1).value = `${label} — aandeel`;
    row.getCell(2).value = keyText(key, members);
    row.getCell(3).value = appliesTo;
    members.forEach((_, i) => {
      let formula: string;
      switch (key.type) {
        case 'equal':
        case 'inhabitants':
        case 'employees':
          formula = basisFormula(key.type, i);
          break;
        case 'fixed':
          formula = `${memberCol(i)}${inputRow}/100`;
          break;
        case 'usage':
          formula = `${memberCol(i)}${inputRow}/SUM($${memberCol(0)}$${inputRow}:$${lastMemberCol}$${inputRow})`;
          break;
        case 'hybrid':
          formula = key.parts.map((p, k) => `$D$${partRows[k]}/100*${basisFormula(p.basis, i)}`).join('+');
          break;
      }
      const cell = row.getCell(M0 + i);
      setFormula(cell, formula, sharePct(shares, i, 8) / 100);
      cell.numFmt = '0.00%';
    });
    setFormula(row.getCell(5), `SUM(${memberCol(0)}${shareRow}:${lastMemberCol}${shareRow})`, 1);
    row.getCell(5).numFmt = '0.00%';
    shareRowOf.set(key, shareRow);
    r += 2;
  }

  // --- line-years --------------------------------------------------------------------------------
  const linesHeaderRow = r;
  const lh = ws.getRow(linesHeaderRow);
  lh.values = [
    'Regel',
    'Onderdeel',
    'Categorie',
    'Jaar',
    'Bedrag',
    'Sleutel',
    'Controle',
    ...members.map((m) => m.name),
  ];
  styleHeaderRow(lh, 1, M0 + n - 1);
  r++;
  const firstLineRow = r;
  const allocatedByRow = new Map(allocation.rows.map((row, index) => [`${row.lineId}\u0000${row.component}`, index]));
  const keyFor = (lineId: string, developmentId: string) =>
    data.keys.lineKeys?.[lineId] ?? data.keys.developmentKeys?.[developmentId] ?? data.keys.defaultKey;
  const keyLabel = new Map(keys.map((k) => [k.key, k.label]));

  for (const sheetRow of built.lines.rows) {
    const { line, component } = sheetRow;
    const key = keyFor(line.id, line.developmentId);
    const shareRow = shareRowOf.get(key)!;
    const shareRange = `$${memberCol(0)}$${shareRow}:$${lastMemberCol}$${shareRow}`;
    const allocated = allocatedByRow.get(`${line.id}\u0000${component}`);
    for (const year of years) {
      const row = ws.getRow(r);
      const amountCents = sheetRow.amounts[year] ?? 0;
      row.getCell(1).value = data.lineDescriptions[line.id] ?? line.description;
      row.getCell(2).value = COMPONENT_LABELS[component];
      row.getCell(3).value = CATEGORY_LABELS[CATEGORY_OF[component]];
      row.getCell(4).value = year;
      setFormula(
        row.getCell(5),
        `ROUND('${LINES_SHEET}'!${built.lines.yearColumn[year]}${sheetRow.rowNumber},0)`,
        amountCents / 100,
      );
      row.getCell(5).numFmt = EURO_FORMAT;
      row.getCell(6).value = keyLabel.get(key) ?? 'Standaard';
      setFormula(row.getCell(7), `SUM(${memberCol(0)}${r}:${lastMemberCol}${r})-E${r}`, 0);
      const a = `ABS(E${r})`;
      const exact = `ROUND(${a}*${shareRange},6)`;
      const leftover = `(${a}-SUMPRODUCT(INT(${exact})))`;
      const fracs = `(${exact}-INT(${exact}))`;
      members.forEach((_, i) => {
        const s = `${memberCol(i)}$${shareRow}`;
        const own = `ROUND(${a}*${s},6)`;
        const frac = `(${own}-INT(${own}))`;
        const rank = `(SUMPRODUCT(--(${fracs}>${frac}))+SUMPRODUCT((${fracs}=${frac})*(COLUMN(${shareRange})<COLUMN(${s}))))`;
        const formula = `SIGN(E${r})*(INT(${own})+IF(${rank}<${leftover},1,0))`;
        const cents = allocated === undefined ? 0 : (allocation.rows[allocated]!.parts[i]![year] ?? 0);
        const cell = row.getCell(M0 + i);
        setFormula(cell, formula, cents / 100);
        cell.numFmt = EURO_FORMAT;
        if (allocated !== undefined)
          info.parts.push({ lineId: line.id, component, year, member: i, cell: `${memberCol(i)}${r}`, cents });
      });
      r++;
    }
  }
  const lastLineRow = Math.max(firstLineRow, r - 1);

  // --- summary: contribution per year (exploitation; investments beside it) ----------------------
  const sh = ws.getRow(summaryHeaderRow);
  sh.values = ['Bijdrage per jaar', '', '', 'Jaar', 'Gezamenlijk', '', '', ...members.map((m) => m.name)];
  styleHeaderRow(sh, 1, M0 + n - 1);
  years.forEach((year, k) => {
    const row = ws.getRow(summaryRows[k]!);
    row.getCell(1).value = 'Exploitatie (incidenteel + structureel + kapitaallasten)';
    row.getCell(4).value = year;
    const sumIf = (col: string) =>
      `SUMIFS(${col}$${firstLineRow}:${col}$${lastLineRow},$D$${firstLineRow}:$D$${lastLineRow},${year},$C$${firstLineRow}:$C$${lastLineRow},"<>${INVESTMENT_LABEL}")`;
    const shared = allocation.members.reduce((acc, m) => acc + (m.totals.total[year] ?? 0), 0);
    setFormula(row.getCell(5), sumIf('E'), shared / 100);
    row.getCell(5).numFmt = EURO_FORMAT;
    members.forEach((_, i) => {
      const cents = allocation.members[i]!.totals.total[year] ?? 0;
      const cell = row.getCell(M0 + i);
      setFormula(cell, sumIf(memberCol(i)), cents / 100);
      cell.numFmt = EURO_FORMAT;
      info.totals.push({ year, member: i, cell: `${memberCol(i)}${summaryRows[k]}`, cents });
    });
    styleSubtotalRow(row, 4, M0 + n - 1);
  });

  [48, 22, 18, 12, 14, 16, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let i = 0; i < n; i++) ws.getColumn(M0 + i).width = 15;
  freeze(ws, 4);
  setPrint(ws, linesHeaderRow, `Verdeling ${data.collaborationName}`);
  keepZeroResults(ws);
  return info;
}

/** exceljs drops a cached result of 0 (see xlsx/workbook.ts); put it back so viewers show € 0. */
function keepZeroResults(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula || cell.result !== undefined) return;
      (cell as unknown as { _value: { result: number } })._value.result = 0;
    }),
  );
}

/** The shared budget's workbook (every sheet of the budget export) with the allocation sheet added. */
export function createSharedBudgetWorkbook(
  budget: BudgetExportInput,
  data: AllocationExportInput,
): { built: BuiltWorkbook; allocation: AllocationSheetInfo } {
  const built = createBudgetWorkbook(budget);
  return { built, allocation: addAllocationSheet(built, data) };
}

export async function buildSharedBudgetWorkbook(
  budget: BudgetExportInput,
  data: AllocationExportInput,
): Promise<Buffer> {
  const { built } = createSharedBudgetWorkbook(budget, data);
  return Buffer.from((await built.workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
