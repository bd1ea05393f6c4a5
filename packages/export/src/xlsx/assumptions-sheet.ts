import type ExcelJS from 'exceljs';
import {
  ASSET_CLASS_NL,
  ASSET_CLASSES,
  salaryAtStep,
  type AssetClass,
  type CalculationInput,
  type Driver,
} from '@app/engine';
import type { AssumptionSource, ExportMeta } from '../meta.ts';
import { DRIVER_LABELS } from '@app/schemas';
import { formatDate } from '../format.ts';
import {
  DECIMAL_FORMAT,
  EURO_CENTS_FORMAT,
  EURO_FORMAT,
  INTEGER_FORMAT,
  PERCENT_FORMAT,
  YEAR_FORMAT,
  freeze,
  markInput,
  setPrint,
  setTitle,
  styleHeaderRow,
} from './styles.ts';

export const ASSUMPTIONS_SHEET = 'Uitgangspunten';

export type ScaledDriver = Exclude<Driver, 'fixed'>;
export const SCALED_DRIVERS: ScaledDriver[] = ['inhabitants', 'employees', 'departments'];

/** Absolute references (`Uitgangspunten!$C$5`) of every input the line formulas read. */
export interface AssumptionRefs {
  own: Record<ScaledDriver, string>;
  model: Record<ScaledDriver, string>;
  firstYear: string;
  /** Percent assumptions are stored as fractions (0.33) with a percent format. */
  employerCost: string;
  priceIndexation: string;
  wageIndexation: string;
  interestRate: string;
  /** Euros. */
  activationThreshold: string;
  defaultDepreciationYears: string;
  /** Depreciation term per asset class (only classes with a term of their own). */
  assetClassYears: Partial<Record<AssetClass, string>>;
  /** Fraction (0.4) of the book value financed externally. */
  externalFinancing: string;
  /** 1 = interest on own equity, 0 = not. */
  interestOnOwnEquity: string;
  /** 1 = activeren en direct afschrijven, 0 = not. */
  writeOffAtOnce: string;
  retender: string;
  migration: string;
  /** Validity range of the rescaling (ADR 0010); null when the budget has none. */
  scalingRange: { min: string; max: string } | null;
  defaultElasticity: Record<Driver, string>;
  /** salary scale → monthly salary (euros) at the budget's step. */
  monthlySalary: Record<string, string>;
  /** rate card role → hourly rate (euros). */
  hourlyRate: Record<string, string>;
}

export type PercentAssumption =
  'employerCostPct' | 'priceIndexationPct' | 'wageIndexationPct' | 'interestRatePct' | 'retenderPct' | 'migrationPct';

/**
 * Labels of the assumption rows (column A) and how their cell maps to the engine value; the
 * budget import finds the rows by these labels, so a user may insert rows without breaking it.
 */
export const ASSUMPTION_ROWS = {
  firstYear: { label: 'Eerste begrotingsjaar', unit: 'year' },
  employerCostPct: { label: 'Werkgeverslasten (op 12 × maandsalaris)', unit: 'percent' },
  priceIndexationPct: { label: 'Prijsindexatie per jaar', unit: 'percent' },
  wageIndexationPct: { label: 'Loonindexatie per jaar', unit: 'percent' },
  interestRatePct: { label: 'Rente kapitaallasten (omslagrente)', unit: 'percent' },
  activationThresholdCents: { label: 'Activeringsgrens', unit: 'euro' },
  defaultDepreciationYears: { label: 'Standaard afschrijvingstermijn (jaren)', unit: 'years' },
  retenderPct: { label: 'Aanbesteding bij contracteinde (% van jaarwaarde)', unit: 'percent' },
  migrationPct: { label: 'Migratie bij contracteinde (% van jaarwaarde)', unit: 'percent' },
} as const;

/**
 * Rows of the kapitaallasten settings (ADR 0027). Not read back by the budget import: they are
 * organisation settings, changed in the app, and only shown here so the formulas can use them.
 */
export const CAPITAL_SETTING_LABELS = {
  assetClass: (cls: AssetClass) => `Afschrijvingstermijn ${ASSET_CLASS_NL[cls]} (jaren)`,
  externalFinancing: 'Deel gefinancierd met vreemd vermogen',
  interestOnOwnEquity: 'Rente over eigen vermogen (1 = ja, 0 = nee)',
  writeOffAtOnce: 'Activeren en direct afschrijven (1 = ja, 0 = nee)',
} as const;

/** Rows of the validity range of the rescaling (ADR 0010); written only when the budget has one. */
export const SCALING_RANGE_LABELS = {
  min: 'Geldigheidsbereik schaling: ondergrens (verhouding eigen/model)',
  max: 'Geldigheidsbereik schaling: bovengrens (verhouding eigen/model)',
} as const;

export function salaryRowLabel(scale: string): string {
  return `Schaal ${scale}`;
}

export function rateRowLabel(role: string, isDefault: boolean): string {
  return isDefault ? `${role} (standaard)` : role;
}

export function elasticityLabel(driver: Driver): string {
  return `Standaard elasticiteit ${DRIVER_LABELS[driver].toLowerCase()}`;
}

/** Row addresses of the profile cells, for the budget import that reads an edited workbook back. */
export const PROFILE_ROWS: Record<ScaledDriver, number> = { inhabitants: 5, employees: 6, departments: 7 };
export const OWN_COLUMN = 'C';

function abs(col: string, row: number): string {
  return `${ASSUMPTIONS_SHEET}!$${col}$${row}`;
}

function sourceText(source: AssumptionSource | undefined): [string, string] {
  if (!source) return ['', ''];
  const text = source.note ? `${source.source} (${source.note})` : source.source;
  return [text, source.date ? formatDate(source.date) : ''];
}

/** Writes the Uitgangspunten sheet and returns where each input lives. */
export function writeAssumptionsSheet(
  ws: ExcelJS.Worksheet,
  input: CalculationInput,
  meta: ExportMeta,
): AssumptionRefs {
  const a = input.assumptions;
  setTitle(ws, 'Uitgangspunten', 'Gele cellen zijn invoer: wijzig ze en de hele werkmap rekent mee.');
  ws.columns = [
    { width: 34 },
    { width: 16 },
    { width: 18 },
    { width: 18 },
    { width: 14 },
    { width: 60 },
    { width: 14 },
  ];

  // Profile block.
  const head = ws.getRow(4);
  head.values = ['Gemeenteprofiel', '', 'Eigen gemeente', 'Modelgemeente', 'Verhouding', 'Bron', 'Datum'];
  styleHeaderRow(head, 1, 7);
  const own = {} as Record<ScaledDriver, string>;
  const model = {} as Record<ScaledDriver, string>;
  for (const driver of SCALED_DRIVERS) {
    const r = PROFILE_ROWS[driver];
    const row = ws.getRow(r);
    const [src, date] = sourceText(meta.sources[driver] ?? meta.sources[`profile.${driver}`]);
    row.values = [DRIVER_LABELS[driver], '', input.profile[driver], input.modelProfile[driver], null, src, date];
    row.getCell(5).value = { formula: `C${r}/D${r}`, result: input.profile[driver] / input.modelProfile[driver] };
    row.getCell(3).numFmt = INTEGER_FORMAT;
    row.getCell(4).numFmt = INTEGER_FORMAT;
    row.getCell(5).numFmt = '0.0000';
    markInput(row.getCell(3));
    own[driver] = abs('C', r);
    model[driver] = abs('D', r);
  }

  // Budget assumptions block.
  const aHead = ws.getRow(9);
  aHead.values = ['Uitgangspunt', '', 'Waarde', '', '', 'Bron', 'Datum'];
  styleHeaderRow(aHead, 1, 7);
  let r = 10;
  const put = (label: string, key: string, value: number, numFmt: string): string => {
    const row = ws.getRow(r);
    const [src, date] = sourceText(meta.sources[key]);
    row.values = [label, '', value, '', '', src, date];
    row.getCell(3).numFmt = numFmt;
    markInput(row.getCell(3));
    return abs('C', r++);
  };
  const firstYear = put(ASSUMPTION_ROWS.firstYear.label, 'firstYear', input.firstYear, YEAR_FORMAT);
  // The year columns are fixed in the sheets, so the first year is shown, not an input.
  ws.getCell(firstYear.replace(/^.*!/, '').replace(/\$/g, '')).fill = { type: 'pattern', pattern: 'none' };
  const pct = (key: PercentAssumption) => put(ASSUMPTION_ROWS[key].label, key, a[key] / 100, PERCENT_FORMAT);
  const employerCost = pct('employerCostPct');
  const priceIndexation = pct('priceIndexationPct');
  const wageIndexation = pct('wageIndexationPct');
  const interestRate = pct('interestRatePct');
  const activationThreshold = put(
    ASSUMPTION_ROWS.activationThresholdCents.label,
    'activationThresholdCents',
    a.activationThresholdCents / 100,
    EURO_FORMAT,
  );
  const defaultDepreciationYears = put(
    ASSUMPTION_ROWS.defaultDepreciationYears.label,
    'defaultDepreciationYears',
    a.defaultDepreciationYears,
    INTEGER_FORMAT,
  );
  const assetClassYears: Partial<Record<AssetClass, string>> = {};
  for (const cls of ASSET_CLASSES) {
    const years = a.depreciationYearsByAssetClass?.[cls];
    if (years != null)
      assetClassYears[cls] = put(
        CAPITAL_SETTING_LABELS.assetClass(cls),
        'depreciationYearsByAssetClass',
        years,
        INTEGER_FORMAT,
      );
  }
  const externalFinancing = put(
    CAPITAL_SETTING_LABELS.externalFinancing,
    'externalFinancingPct',
    (a.externalFinancingPct ?? 100) / 100,
    PERCENT_FORMAT,
  );
  const interestOnOwnEquity = put(
    CAPITAL_SETTING_LABELS.interestOnOwnEquity,
    'interestOnOwnEquity',
    a.interestOnOwnEquity === true ? 1 : 0,
    INTEGER_FORMAT,
  );
  const writeOffAtOnce = put(
    CAPITAL_SETTING_LABELS.writeOffAtOnce,
    'writeOffAtOnce',
    a.writeOffAtOnce === true ? 1 : 0,
    INTEGER_FORMAT,
  );
  const retender = pct('retenderPct');
  const migration = pct('migrationPct');
  const scalingRange = a.scalingRange
    ? {
        min: put(SCALING_RANGE_LABELS.min, 'scalingRange', a.scalingRange.minRatio, '0.0000'),
        max: put(SCALING_RANGE_LABELS.max, 'scalingRange', a.scalingRange.maxRatio, '0.0000'),
      }
    : null;
  const defaultElasticity = {} as Record<Driver, string>;
  for (const driver of ['fixed', ...SCALED_DRIVERS] as Driver[]) {
    defaultElasticity[driver] = put(
      elasticityLabel(driver),
      `defaultElasticity.${driver}`,
      a.defaultElasticity[driver] ?? (driver === 'fixed' ? 0 : 1),
      DECIMAL_FORMAT,
    );
  }
  const stepRow = ws.getRow(r++);
  stepRow.values = [
    'Trede salaristabel',
    '',
    a.salaryStep === 'max' ? 'maximum' : a.salaryStep + 1,
    '',
    '',
    'De maandbedragen hieronder zijn die van deze trede.',
    '',
  ];

  // Salary table.
  r++;
  const table = a.salaryTable;
  const sHead = ws.getRow(r++);
  sHead.values = [`Salaristabel: ${table.label}`, '', 'Maandsalaris', '', '', 'Bron', 'Geldig vanaf'];
  styleHeaderRow(sHead, 1, 7);
  const monthlySalary: Record<string, string> = {};
  const scales = Object.keys(table.scales).sort(compareScales);
  for (const scale of scales) {
    const chosen = salaryAtStep(table.scales[scale] ?? [], a.salaryStep);
    if (chosen == null) continue;
    const row = ws.getRow(r);
    row.values = [salaryRowLabel(scale), '', chosen / 100, '', '', table.source, formatDate(table.validFrom)];
    row.getCell(3).numFmt = EURO_CENTS_FORMAT;
    markInput(row.getCell(3));
    monthlySalary[scale] = abs('C', r++);
  }

  // Rate card.
  r++;
  const card = a.rateCard;
  const rHead = ws.getRow(r++);
  rHead.values = [`Tarievenkaart inhuur: ${card.label}`, '', 'Uurtarief (excl. btw)', '', '', 'Bron', 'Geldig vanaf'];
  styleHeaderRow(rHead, 1, 7);
  const hourlyRate: Record<string, string> = {};
  for (const role of Object.keys(card.rates).sort()) {
    const row = ws.getRow(r);
    row.values = [
      rateRowLabel(role, role === a.defaultHireRole),
      '',
      (card.rates[role] ?? 0) / 100,
      '',
      '',
      card.source,
      formatDate(card.validFrom),
    ];
    row.getCell(3).numFmt = EURO_CENTS_FORMAT;
    markInput(row.getCell(3));
    hourlyRate[role] = abs('C', r++);
  }

  freeze(ws, 4);
  setPrint(ws, 4, `${meta.municipalityName} — ${meta.budgetName}`);
  return {
    own,
    model,
    firstYear,
    employerCost,
    priceIndexation,
    wageIndexation,
    interestRate,
    activationThreshold,
    defaultDepreciationYears,
    assetClassYears,
    externalFinancing,
    interestOnOwnEquity,
    writeOffAtOnce,
    retender,
    migration,
    scalingRange,
    defaultElasticity,
    monthlySalary,
    hourlyRate,
  };
}

/** "8" < "10" < "10A" < "11". */
function compareScales(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a.localeCompare(b);
}
