import ExcelJS from 'exceljs';
import {
  salaryAtStep,
  type Assumptions,
  type CalculationInput,
  type Driver,
  type LineInput,
  type Profile,
  type RateCard,
  type SalaryTable,
} from '@app/engine';
import { DRIVER_LABELS } from '@app/schemas';
import {
  ASSUMPTIONS_SHEET,
  ASSUMPTION_ROWS,
  OWN_COLUMN,
  SCALED_DRIVERS,
  elasticityLabel,
  rateRowLabel,
  salaryRowLabel,
} from '../xlsx/assumptions-sheet.ts';
import { FIRST_YEAR_COLUMN, LINES_SHEET, LINE_COLUMNS, type LineColumnKey } from '../xlsx/lines-sheet.ts';
import { columnLetter } from '../xlsx/styles.ts';
import { cellNumber, UploadError } from './table.ts';
import { checkZipLimits } from './zip-guard.ts';

/** A cell-level problem, addressed the way a user finds it in Excel: `Regels!N12`. */
export interface CellIssue {
  cell: string;
  message: string;
}

export type ImportableAssumption = Exclude<keyof typeof ASSUMPTION_ROWS, 'firstYear'>;

/** LineInput fields the workbook can change. */
export type ImportableLineField =
  | 'elasticity'
  | 'amountCents'
  | 'hoursPerWeek'
  | 'hours'
  | 'units'
  | 'unitPriceCents'
  | 'hourlyRateCents'
  | 'yearOffset'
  | 'durationYears'
  | 'depreciationYears'
  | 'contractYears';

export interface LineChange {
  lineId: string;
  description: string;
  /** field → old and new value (engine units: cents, hours, years). */
  fields: Partial<Record<ImportableLineField, { from: number | null; to: number; cell: string }>>;
}

export interface BudgetWorkbookChanges {
  profile: Partial<Profile>;
  /** Engine units: percent (not fraction), cents, years. */
  assumptions: Partial<Record<ImportableAssumption, number>>;
  defaultElasticity: Partial<Record<Driver, number>>;
  /** scale → new monthly salary (cents) at the budget's step. */
  salaryScales: Record<string, number>;
  /** rate card role → new hourly rate (cents). */
  hourlyRates: Record<string, number>;
  lines: LineChange[];
  warnings: CellIssue[];
  errors: CellIssue[];
}

type Raw = ExcelJS.CellValue;

function isFormula(v: Raw): boolean {
  return v != null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

const same = (a: number | null | undefined, b: number) =>
  a != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
/** Percent from a fraction cell without binary noise (0,033 → 3,3, not 3,3000000000000003). */
const pctFromFraction = (f: number) => Math.round(f * 100 * 1e9) / 1e9;

/**
 * Reads an edited export (Uitgangspunten and Regels) and lists what differs from the budget's
 * current input: the profile, assumptions and line inputs a user typed over. Formula cells are the
 * export's own and count as unchanged; year amounts are always computed, so a typed-over year
 * cell is a warning, not a change. Text where a number belongs is an error naming the cell.
 */
export async function readBudgetWorkbook(buffer: Buffer, input: CalculationInput): Promise<BudgetWorkbookChanges> {
  checkZipLimits(buffer);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new UploadError('Het bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  const assumptionsWs = wb.getWorksheet(ASSUMPTIONS_SHEET);
  const linesWs = wb.getWorksheet(LINES_SHEET);
  if (!assumptionsWs && !linesWs) {
    throw new UploadError(
      `Het bestand heeft geen werkblad "${ASSUMPTIONS_SHEET}" of "${LINES_SHEET}"; lees een export van deze begroting in.`,
    );
  }
  const changes: BudgetWorkbookChanges = {
    profile: {},
    assumptions: {},
    defaultElasticity: {},
    salaryScales: {},
    hourlyRates: {},
    lines: [],
    warnings: [],
    errors: [],
  };
  if (assumptionsWs) readAssumptions(assumptionsWs, input, changes);
  if (linesWs) readLines(linesWs, input, changes);
  return changes;
}

function numberAt(
  ws: ExcelJS.Worksheet,
  address: string,
  changes: BudgetWorkbookChanges,
): { value: number | null; formula: boolean } {
  const raw = ws.getCell(address).value;
  if (isFormula(raw)) return { value: null, formula: true };
  if (raw == null) return { value: null, formula: false };
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? cellNumber(raw) : NaN;
  if (n == null) return { value: null, formula: false };
  if (Number.isNaN(n)) {
    changes.errors.push({
      cell: `${ws.name}!${address}`,
      message: `"${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)}" is geen getal`,
    });
    return { value: null, formula: false };
  }
  return { value: n, formula: false };
}

function readAssumptions(ws: ExcelJS.Worksheet, input: CalculationInput, changes: BudgetWorkbookChanges): void {
  const rowsByLabel = new Map<string, number>();
  ws.eachRow((row, n) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string' && !rowsByLabel.has(label)) rowsByLabel.set(label, n);
  });
  for (const driver of SCALED_DRIVERS) {
    const r = rowsByLabel.get(DRIVER_LABELS[driver]);
    if (!r) continue;
    const address = `${OWN_COLUMN}${r}`;
    const { value } = numberAt(ws, address, changes);
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0)
      changes.errors.push({
        cell: `${ws.name}!${address}`,
        message: `${DRIVER_LABELS[driver]} moet een geheel getal van 0 of meer zijn`,
      });
    else if (value !== input.profile[driver]) changes.profile[driver] = value;
  }
  const a = input.assumptions;
  for (const [key, def] of Object.entries(ASSUMPTION_ROWS) as [
    keyof typeof ASSUMPTION_ROWS,
    (typeof ASSUMPTION_ROWS)[keyof typeof ASSUMPTION_ROWS],
  ][]) {
    const r = rowsByLabel.get(def.label);
    if (!r) continue;
    const address = `C${r}`;
    const { value } = numberAt(ws, address, changes);
    if (value == null) continue;
    if (key === 'firstYear') {
      if (value !== input.firstYear)
        changes.warnings.push({
          cell: `${ws.name}!${address}`,
          message: 'het eerste begrotingsjaar wordt niet uit Excel overgenomen; wijzig het in de begroting',
        });
      continue;
    }
    const engineValue =
      def.unit === 'percent' ? pctFromFraction(value) : def.unit === 'euro' ? Math.round(value * 100) : value;
    if (def.unit === 'years' && (!Number.isInteger(engineValue) || engineValue < 1)) {
      changes.errors.push({
        cell: `${ws.name}!${address}`,
        message: `${def.label} moet een geheel aantal jaren (1 of meer) zijn`,
      });
      continue;
    }
    if (!same(a[key], engineValue)) changes.assumptions[key] = engineValue;
  }
  for (const driver of ['fixed', ...SCALED_DRIVERS] as Driver[]) {
    const r = rowsByLabel.get(elasticityLabel(driver));
    if (!r) continue;
    const { value } = numberAt(ws, `C${r}`, changes);
    if (value == null || driver === 'fixed') continue;
    if (!same(a.defaultElasticity[driver], value)) changes.defaultElasticity[driver] = value;
  }
  const money = (label: string, current: number | undefined, onChange: (cents: number) => void) => {
    const r = rowsByLabel.get(label);
    if (!r) return;
    const { value } = numberAt(ws, `C${r}`, changes);
    if (value == null) return;
    if (value < 0)
      changes.errors.push({ cell: `${ws.name}!C${r}`, message: `${label}: het bedrag mag niet negatief zijn` });
    else if (Math.round(value * 100) !== current) onChange(Math.round(value * 100));
  };
  for (const [scale, steps] of Object.entries(a.salaryTable.scales)) {
    money(salaryRowLabel(scale), salaryAtStep(steps, a.salaryStep), (cents) => (changes.salaryScales[scale] = cents));
  }
  for (const [role, cents] of Object.entries(a.rateCard.rates)) {
    money(rateRowLabel(role, role === a.defaultHireRole), cents, (c) => (changes.hourlyRates[role] = c));
  }
}

/**
 * The salary table and rate card with the workbook's amounts: only the budget's step of a changed
 * scale moves, and the label says the table was edited in Excel. Undefined when nothing changed.
 */
export function changedTables(
  a: Assumptions,
  changes: BudgetWorkbookChanges,
): { salaryTable?: SalaryTable; rateCard?: RateCard } {
  const out: { salaryTable?: SalaryTable; rateCard?: RateCard } = {};
  if (Object.keys(changes.salaryScales).length > 0) {
    const scales: Record<string, number[]> = {};
    for (const [scale, steps] of Object.entries(a.salaryTable.scales)) {
      const next = [...steps];
      const cents = changes.salaryScales[scale];
      if (cents != null) next[a.salaryStep === 'max' ? next.length - 1 : a.salaryStep] = cents;
      scales[scale] = next;
    }
    out.salaryTable = { ...a.salaryTable, label: editedLabel(a.salaryTable.label), scales };
  }
  if (Object.keys(changes.hourlyRates).length > 0) {
    out.rateCard = {
      ...a.rateCard,
      label: editedLabel(a.rateCard.label),
      rates: { ...a.rateCard.rates, ...changes.hourlyRates },
    };
  }
  return out;
}

const EDITED = ' (aangepast in Excel)';
function editedLabel(label: string): string {
  return label.endsWith(EDITED) ? label : `${label}${EDITED}`.slice(0, 200);
}

function quantityField(line: LineInput): ImportableLineField {
  return line.costBasis === 'amount'
    ? 'amountCents'
    : line.costBasis === 'staff'
      ? 'hoursPerWeek'
      : line.costBasis === 'hire'
        ? 'hours'
        : 'units';
}

function readLines(ws: ExcelJS.Worksheet, input: CalculationInput, changes: BudgetWorkbookChanges): void {
  // Columns by header text in the header row (the row whose first cell is "Regel-ID").
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === LINE_COLUMNS[0].header) headerRow = n;
  });
  if (!headerRow) {
    changes.errors.push({ cell: `${ws.name}!A1`, message: 'kopregel met "Regel-ID" niet gevonden' });
    return;
  }
  const header = ws.getRow(headerRow);
  const col: Partial<Record<LineColumnKey, string>> = {};
  for (let c = 1; c <= header.cellCount; c++) {
    const text = header.getCell(c).value;
    const def = LINE_COLUMNS.find((d) => d.header === text);
    if (def) col[def.key] = columnLetter(c);
  }
  const lines = new Map(input.lines.map((l) => [l.id, l]));
  const devStart = new Map(input.developments.map((d) => [d.id, d.startYear ?? input.firstYear]));
  const seen = new Set<string>();
  const typedYears: string[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    // A contribution line (ADR 0023) follows the shared budget: its year values are not imported.
    const rowId = row.getCell(1).value;
    if (typeof rowId === 'string' && lines.get(rowId)?.fixedYearAmountsCents != null) return;
    for (let c = FIRST_YEAR_COLUMN; c <= row.cellCount; c++) {
      const v = row.getCell(c).value;
      if (v != null && !isFormula(v)) typedYears.push(`${columnLetter(c)}${n}`);
    }
    const id = row.getCell(1).value;
    if (typeof id !== 'string' || id === '' || seen.has(id)) return;
    seen.add(id);
    const line = lines.get(id);
    if (!line) {
      changes.warnings.push({
        cell: `${ws.name}!A${n}`,
        message: `regel "${id}" hoort niet bij deze begroting en wordt overgeslagen`,
      });
      return;
    }
    const change: LineChange = { lineId: id, description: line.description, fields: {} };
    const at = (key: LineColumnKey) => (col[key] ? `${col[key]}${n}` : null);
    const put = (field: ImportableLineField, from: number | null | undefined, to: number, address: string) => {
      if (!same(from ?? null, to)) change.fields[field] = { from: from ?? null, to, cell: `${ws.name}!${address}` };
    };
    const read = (key: LineColumnKey) => {
      const address = at(key);
      return address ? { address, ...numberAt(ws, address, changes) } : null;
    };

    const e = read('elasticity');
    if (e?.value != null && line.driver !== 'fixed' && line.ownQuantity !== true)
      put('elasticity', line.elasticity ?? input.assumptions.defaultElasticity[line.driver] ?? 1, e.value, e.address);

    const q = read('modelQuantity');
    if (q?.value != null) {
      const field = quantityField(line);
      if (q.value < 0)
        changes.errors.push({ cell: `${ws.name}!${q.address}`, message: 'de modelhoeveelheid mag niet negatief zijn' });
      else if (field === 'amountCents') put(field, line.amountCents, Math.round(q.value * 100), q.address);
      else put(field, line[field], q.value, q.address);
    }

    const p = read('unitPrice');
    if (p?.value != null) {
      const cents = Math.round(p.value * 100);
      if (line.costBasis === 'licence') put('unitPriceCents', line.unitPriceCents, cents, p.address);
      else if (line.costBasis === 'hire') put('hourlyRateCents', line.hourlyRateCents, cents, p.address);
      else if (line.costBasis === 'staff') {
        changes.warnings.push({
          cell: `${ws.name}!${p.address}`,
          message: 'een maandsalaris per regel wordt niet overgenomen; wijzig de schaal of de salaristabel',
        });
      }
    }

    const s = read('startYear');
    if (s?.value != null) {
      const start = devStart.get(line.developmentId) ?? input.firstYear;
      const offset = s.value - start;
      if (!Number.isInteger(s.value) || offset < 0)
        changes.errors.push({
          cell: `${ws.name}!${s.address}`,
          message: `het eerste jaar moet een jaartal vanaf ${start} zijn (start van de ontwikkeling)`,
        });
      else put('yearOffset', line.yearOffset, offset, s.address);
    }

    const t = read('term');
    if (t?.value != null) {
      if (!Number.isInteger(t.value) || t.value < 1)
        changes.errors.push({
          cell: `${ws.name}!${t.address}`,
          message: 'de looptijd moet een geheel aantal jaren (1 of meer) zijn',
        });
      else if (line.kind === 'incidental') put('durationYears', line.durationYears, t.value, t.address);
      else if (line.kind === 'investment') put('depreciationYears', line.depreciationYears, t.value, t.address);
      else if (line.contractYears) put('contractYears', line.contractYears, t.value, t.address);
    }
    if (Object.keys(change.fields).length > 0) changes.lines.push(change);
  });
  if (typedYears.length > 0) {
    changes.warnings.push({
      cell: `${ws.name}!${typedYears[0]}${typedYears.length > 1 ? ` (+${typedYears.length - 1})` : ''}`,
      message:
        'jaarbedragen worden altijd berekend; overschreven jaarcellen worden genegeerd. Wijzig de invoerkolommen of Uitgangspunten.',
    });
  }
}

/** The budget input with the workbook's changes applied (for a preview calculation). */
export function applyWorkbookChanges(input: CalculationInput, changes: BudgetWorkbookChanges): CalculationInput {
  const byId = new Map(changes.lines.map((c) => [c.lineId, c]));
  return {
    ...input,
    profile: { ...input.profile, ...changes.profile },
    assumptions: {
      ...input.assumptions,
      ...changes.assumptions,
      ...changedTables(input.assumptions, changes),
      defaultElasticity: { ...input.assumptions.defaultElasticity, ...changes.defaultElasticity },
    },
    lines: input.lines.map((line) => {
      const c = byId.get(line.id);
      if (!c) return line;
      const fields = Object.fromEntries(Object.entries(c.fields).map(([f, v]) => [f, v!.to]));
      return { ...line, ...fields };
    }),
  };
}
