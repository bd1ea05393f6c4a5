/**
 * Excel formulas that reproduce the engine (packages/engine/src/plan.ts) per line-year, so a user
 * who changes an input in Uitgangspunten sees every figure move. Each formula mirrors one branch of
 * the engine's fillComponent(); the cached result written beside it is the engine's own number,
 * never recomputed here (the engine stays the only place the maths lives; the LibreOffice test
 * proves the formulas agree with it).
 *
 * Units: the sheet works in euros, the engine in cents; whole-euro cents / 100 = the sheet's euros.
 * Excel's ROUND(x, 0) rounds half away from zero, like the engine's roundEuro(); but a half reached
 * through binary floating point (9.000 × 232.650 / 100.000 = 20.938,4999…) would round down, so every
 * amount is first rounded to 6 decimals (`euros()`), the same half-a-millionth window the engine's
 * roundEuro() uses.
 */
import type ExcelJS from 'exceljs';
import {
  linePlanSummary,
  monthlySalaryCents,
  type CalculationInput,
  type Component,
  type Indexation,
  type LineInput,
  type LineResult,
} from '@app/engine';
import type { AssumptionRefs } from './assumptions-sheet.ts';
import type { LineColumnKey } from './lines-sheet.ts';

export interface LineCells {
  /** This sheet row. */
  row: number;
  /** The line's first row (the structural row of a SaaS line): re-tender and migration read its base. */
  mainRow: number;
  col: (key: LineColumnKey) => string;
}

export interface LineFormulaInput {
  input: CalculationInput;
  line: LineInput;
  lineResult: LineResult | undefined;
  component: Component;
  cells: LineCells;
  refs: AssumptionRefs;
  years: number[];
  /** Engine amounts of this row in cents (the cached results). */
  amounts: Record<number, number>;
}

export interface LineFormulaCells {
  elasticity: ExcelJS.CellValue;
  ratio: ExcelJS.CellValue;
  scaledQuantity: ExcelJS.CellValue;
  unitPrice: ExcelJS.CellValue;
  base: ExcelJS.CellValue;
  indexation: Indexation;
  startYear: number;
  term: ExcelJS.CellValue;
  years: Record<number, ExcelJS.CellValue>;
}

/** Whole euros, half away from zero, with the engine's tolerance for a half reached through floating point. */
const euros = (expr: string) => `ROUND(ROUND(${expr},6),0)`;

function formula(text: string, result: number | undefined): ExcelJS.CellValue {
  return result === undefined || !Number.isFinite(result) ? { formula: text, result: 0 } : { formula: text, result };
}

/**
 * The factor on the model quantity, as planLine computes it (ADR 0010): the power law ratio^e inside
 * the validity range; outside it edge^e × ratio/edge; a fixed line below the range its inhabitants'
 * share (own/model)/min. Without a range (or for a line marked extrapolate) the power law alone;
 * an own value (ownQuantity, ADR 0013) is not scaled at all.
 */
function scaleFactorFormula(
  input: CalculationInput,
  line: LineInput,
  refs: AssumptionRefs,
  c: (key: LineColumnKey) => string,
): string {
  const R = c('ratio');
  const E = c('elasticity');
  // IF: Excel answers 0^0 with #NUM!, the engine (and mathematics here) with 1.
  const power = `IF(${E}=0,1,${R}^${E})`;
  const range = refs.scalingRange;
  if (line.ownQuantity === true) return '1';
  if (input.assumptions.scalingRange == null || range == null || line.extrapolate === true)
    return line.driver === 'fixed' ? '1' : power;
  const { min, max } = range;
  if (line.driver === 'fixed') {
    const inh = `(${refs.own.inhabitants}/${refs.model.inhabitants})`;
    return `IF(${inh}<${min},${inh}/${min},1)`;
  }
  const edge = `MIN(MAX(${R},${min}),${max})`;
  return `IF(OR(${E}=1,AND(${R}>=${min},${R}<=${max})),${power},${edge}^${E}*(${R}/${edge}))`;
}

export function lineFormulas(p: LineFormulaInput): LineFormulaCells {
  const { input, line, lineResult: lr, component, cells, refs, years, amounts } = p;
  const a = input.assumptions;
  const r = cells.row;
  const c = (key: LineColumnKey, row = r) => `$${cells.col(key)}${row}`;
  const driver = line.driver;

  if (line.fixedYearAmountsCents != null) {
    // A collaboration contribution (ADR 0023): the amounts per year are inputs of this sheet, exactly
    // as allocated in the shared budget; not scaled or indexed, so nothing here derives them.
    const yearValues: Record<number, ExcelJS.CellValue> = {};
    for (const y of years) yearValues[y] = (amounts[y] ?? 0) / 100;
    const first = (amounts[years[0] as number] ?? 0) / 100;
    return {
      elasticity: 0,
      ratio: 1,
      scaledQuantity: first,
      unitPrice: null,
      base: first,
      indexation: 'none',
      startYear: input.firstYear,
      term: null,
      years: yearValues,
    };
  }

  // An own value (ownQuantity) is not rescaled: elasticity 0, like the engine's effectiveElasticity().
  const elasticity: ExcelJS.CellValue =
    driver === 'fixed' || line.ownQuantity === true
      ? 0
      : line.elasticity != null
        ? line.elasticity
        : formula(refs.defaultElasticity[driver], lr?.elasticity);
  const ratio: ExcelJS.CellValue =
    driver === 'fixed' ? 1 : formula(`${refs.own[driver]}/${refs.model[driver]}`, lr?.ratio);
  const factor = scaleFactorFormula(input, line, refs, c);
  const scaledQuantity = formula(
    `${c('modelQuantity')}*${factor}`,
    lr == null ? undefined : line.costBasis === 'amount' ? lr.scaledQuantity / 100 : lr.scaledQuantity,
  );

  let unitPrice: ExcelJS.CellValue = null;
  let baseFormula: string;
  const q = c('scaledQuantity');
  switch (line.costBasis) {
    case 'amount':
      baseFormula = q;
      break;
    case 'staff': {
      const scale = line.salaryScale ?? '';
      const ref = refs.monthlySalary[scale];
      unitPrice = ref
        ? formula(ref, monthlySalaryCents(a.salaryTable, scale, a.salaryStep, 'salaryScale') / 100)
        : null;
      // FTE = hours/36; annual = FTE × monthly × 12 × (1 + employer costs).
      baseFormula = `${q}/36*${c('unitPrice')}*12*(1+${refs.employerCost})`;
      break;
    }
    case 'hire': {
      if (line.hourlyRateCents != null) unitPrice = line.hourlyRateCents / 100;
      else {
        const role = line.hireRole ?? a.defaultHireRole;
        unitPrice = formula(refs.hourlyRate[role] ?? '0', (a.rateCard.rates[role] ?? 0) / 100);
      }
      baseFormula = `${q}*${c('unitPrice')}`;
      break;
    }
    case 'licence': {
      unitPrice = (line.unitPriceCents ?? 0) / 100;
      baseFormula = line.unitPricePeriod === 'month' ? `${q}*${c('unitPrice')}*12` : `${q}*${c('unitPrice')}`;
      break;
    }
  }
  const lineBase = lr ? lr.baseAmountCents / 100 : undefined;
  let base: ExcelJS.CellValue = formula(baseFormula, lineBase);
  if (component === 'retender' || component === 'migration') {
    const explicit = component === 'retender' ? line.retenderCents : line.migrationCents;
    const pctRef = component === 'retender' ? refs.retender : refs.migration;
    const pct = component === 'retender' ? a.retenderPct : a.migrationPct;
    if (explicit == null)
      base = formula(`${c('base', cells.mainRow)}*${pctRef}`, lineBase == null ? undefined : (lineBase * pct) / 100);
    // Explicit contract-end amounts scale with the line's own factor unless the catalog marks them fixed (docs/scaling-drivers.md).
    else if (line.contractEndFixed === true) base = explicit / 100;
    else base = formula(`${explicit / 100}*${factor}`, lr == null ? undefined : (explicit * lr.scaleFactor) / 100);
  }

  const { perYear, indexation, startYear } = linePlanSummary(input, line);

  let term: ExcelJS.CellValue = null;
  if (line.kind === 'incidental') term = line.durationYears;
  else if (line.kind === 'investment')
    term =
      line.depreciationYears != null
        ? line.depreciationYears
        : line.assetClass != null && refs.assetClassYears[line.assetClass] != null
          ? formula(
              refs.assetClassYears[line.assetClass] as string,
              a.depreciationYearsByAssetClass?.[line.assetClass] ?? a.defaultDepreciationYears,
            )
          : formula(refs.defaultDepreciationYears, a.defaultDepreciationYears);
  else if (line.contractYears) term = line.contractYears;

  const B = c('base');
  const S = c('startYear');
  const T = c('term');
  const thr = refs.activationThreshold;
  // SaaS and licence rights are never activated (CBS Kredo); others from the threshold on.
  const act = line.costBasis === 'licence' ? 'FALSE' : `${euros(B)}>=${thr}`;
  const atOnce = `${refs.writeOffAtOnce}=1`;
  const interestShare = `IF(${refs.interestOnOwnEquity}=1,1,${refs.externalFinancing})`;
  const yearFormula = (y: number): string => {
    switch (component) {
      case 'structural': {
        const idx = indexation === 'wage' ? refs.wageIndexation : indexation === 'price' ? refs.priceIndexation : null;
        // Indexation compounds from the budget's first year, also for lines that start later.
        const factor = idx ? `*(1+${idx})^(${y}-${refs.firstYear})` : '';
        return `IF(${y}>=${S},${euros(`${B}${factor}`)},0)`;
      }
      case 'incidental': {
        if (line.kind === 'investment') return `IF(AND(${y}=${S},NOT(${act})),${euros(B)},0)`;
        if (perYear) return `IF(AND(${y}>=${S},${y}<${S}+${T}),${euros(B)},0)`;
        // A total spread over the term: round once, then whole euros, the leftover euros one
        // each to the first years (engine splitWholeEuros).
        const e = euros(B);
        return `IF(AND(${y}>=${S},${y}<${S}+${T}),SIGN(${e})*(INT(ABS(${e})/${T})+IF(${y}-${S}<MOD(ABS(${e}),${T}),1,0)),0)`;
      }
      case 'investment':
        return `IF(AND(${y}=${S},${act}),${euros(B)},0)`;
      case 'depreciation':
        // Direct write-off: the whole amount in the year of the investment; else linear from the next year.
        return `IF(AND(${act},${atOnce},${y}=${S}),${euros(B)},IF(AND(${act},NOT(${atOnce}),${y}-${S}>=1,${y}-${S}<=${T}),${euros(`${B}/${T}`)},0))`;
      case 'interest':
        // Interest on the book value at 1 January: A × (term − j + 1) / term, j = years since the
        // investment, on the share that bears interest (ADR 0027); none after a direct write-off.
        return `IF(AND(${act},NOT(${atOnce}),${y}-${S}>=1,${y}-${S}<=${T}),${euros(`${B}*(${T}-(${y}-${S})+1)*${refs.interestRate}*${interestShare}/${T}`)},0)`;
      case 'retender':
      case 'migration':
        // Due in the last year of every contract term.
        return `IF(AND(${y}>=${S}+${T}-1,MOD(${y}-${S}-${T}+1,${T})=0),${euros(B)},0)`;
    }
  };
  const yearCells: Record<number, ExcelJS.CellValue> = {};
  for (const y of years) yearCells[y] = { formula: yearFormula(y), result: (amounts[y] ?? 0) / 100 };

  return { elasticity, ratio, scaledQuantity, unitPrice, base, indexation, startYear, term, years: yearCells };
}
