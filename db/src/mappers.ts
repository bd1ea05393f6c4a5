import type { Assumptions, LineInput, Profile, RateCard, SalaryTable } from '@app/engine';
import type { BudgetLineRow } from './schema/budgets.ts';
import type { CatalogEditionRow, CatalogLineRow } from './schema/catalog.ts';
import type { AssumptionDefaultsRow, RateCardRow, SalaryTableRow } from './schema/reference-data.ts';

// Pure row → engine-input mappers, so the API builds a CalculationInput without knowing columns.

/** A catalog line as the engine sees it (model values, id = the catalog line id). */
export function toLineInput(row: CatalogLineRow): LineInput {
  return {
    id: row.id,
    developmentId: row.developmentId,
    description: row.description,
    kind: row.kind,
    costBasis: row.costBasis,
    costPool: row.costPool,
    provenance: row.provenance,
    amountCents: row.amountCents,
    hoursPerWeek: row.hoursPerWeek,
    salaryScale: row.salaryScale,
    hours: row.hours,
    hoursPeriod: row.hoursPeriod,
    hireRole: row.hireRole,
    hourlyRateCents: row.hourlyRateCents,
    units: row.units,
    unitPriceCents: row.unitPriceCents,
    unitPricePeriod: row.unitPricePeriod,
    driver: row.driver,
    elasticity: row.elasticity,
    yearOffset: row.yearOffset,
    durationYears: row.durationYears,
    depreciationYears: row.depreciationYears,
    contractYears: row.contractYears,
    retenderCents: row.retenderCents,
    migrationCents: row.migrationCents,
    contractEndFixed: row.contractEndFixed,
    extrapolate: row.extrapolate,
    indexation: row.indexation,
  };
}

/**
 * A budget line as the engine sees it: the catalog line's model values with the budget's
 * overrides on top (or the custom line), identified by the budget line id.
 */
export function toBudgetLineInput(line: BudgetLineRow, catalogLine: CatalogLineRow | null): LineInput {
  if (line.customLine) {
    const { basis: _basis, notes: _notes, taakveld: _taakveld, ...fields } = line.customLine;
    return { ...fields, ...line.overrides, id: line.id, developmentId: line.developmentId, provenance: 'custom' };
  }
  if (!catalogLine) throw new Error(`budget line ${line.id} has neither a catalog line nor a custom line`);
  return { ...toLineInput(catalogLine), ...line.overrides, id: line.id, developmentId: line.developmentId };
}

/** Names of the fields a budget line overrides (for the "aangepast" badge and reset). */
export function overriddenFields(line: Pick<BudgetLineRow, 'overrides'>): string[] {
  return Object.keys(line.overrides).filter((key) => (line.overrides as Record<string, unknown>)[key] !== undefined);
}

export function toSalaryTable(row: SalaryTableRow): SalaryTable {
  return { id: row.id, label: row.label, validFrom: row.validFrom, source: row.source, scales: row.scales };
}

export function toRateCard(row: RateCardRow): RateCard {
  return { id: row.id, label: row.label, validFrom: row.validFrom, source: row.source, rates: row.rates };
}

/** 'max' or a step index, as stored in assumption_defaults.salary_step. */
export function parseSalaryStep(value: string): number | 'max' {
  if (value === 'max') return 'max';
  const step = Number(value);
  if (!Number.isInteger(step) || step < 0) throw new Error(`invalid salary step "${value}" (expected 'max' or an index ≥ 0)`);
  return step;
}

/** The engine's Assumptions from the stored defaults plus the salary table and rate card they name. */
export function toAssumptions(defaults: AssumptionDefaultsRow, salaryTable: SalaryTableRow, rateCard: RateCardRow): Assumptions {
  if (defaults.salaryTableId !== salaryTable.id) throw new Error(`defaults name salary table ${defaults.salaryTableId}, got ${salaryTable.id}`);
  if (defaults.rateCardId !== rateCard.id) throw new Error(`defaults name rate card ${defaults.rateCardId}, got ${rateCard.id}`);
  return {
    salaryTable: toSalaryTable(salaryTable),
    salaryStep: parseSalaryStep(defaults.salaryStep),
    employerCostPct: defaults.employerCostPct,
    rateCard: toRateCard(rateCard),
    defaultHireRole: defaults.defaultHireRole,
    priceIndexationPct: defaults.priceIndexationPct,
    wageIndexationPct: defaults.wageIndexationPct,
    interestRatePct: defaults.interestRatePct,
    activationThresholdCents: defaults.activationThresholdCents,
    defaultDepreciationYears: defaults.defaultDepreciationYears,
    defaultElasticity: { ...defaults.defaultElasticity },
    retenderPct: defaults.retenderPct,
    migrationPct: defaults.migrationPct,
    scalingRange: defaults.scalingRange ? { ...defaults.scalingRange } : null,
  };
}

/** The model municipality of an edition (100,000 inhabitants / 1,000 employees / 40 departments). */
export function toModelProfile(edition: Pick<CatalogEditionRow, 'modelInhabitants' | 'modelEmployees' | 'modelDepartments'>): Profile {
  return { inhabitants: edition.modelInhabitants, employees: edition.modelEmployees, departments: edition.modelDepartments };
}

/** Formatie per 1,000 inhabitants for one size class (reference data, table staff_ratios). */
export interface StaffRatio {
  id: string;
  label: string;
  minInhabitants: number;
  maxInhabitants: number | null;
  ftePer1000: number;
  year: number;
  source: string;
  sourceUrl: string | null;
  estimate: boolean;
  note: string | null;
}

/** The size class a municipality falls in (minInhabitants ≤ n < maxInhabitants), or undefined. */
export function staffRatioFor(inhabitants: number, ratios: readonly StaffRatio[]): StaffRatio | undefined {
  return ratios.find((r) => inhabitants >= r.minInhabitants && (r.maxInhabitants == null || inhabitants < r.maxInhabitants));
}

/**
 * Employees and departments are not published per municipality, so they are suggested:
 * - employees = max(1, round(inhabitants × formatie per 1.000 inwoners of the size class / 1.000)),
 *   from the dated, sourced reference data (BBV indicator); without a class (no reference data) the
 *   model's own ratio (1.000 per 100.000);
 * - departments = max(1, round(employees × model departments / model employees)): the model's span
 *   of control (1.000 employees in 40 departments = 25 per department) applied to the suggested staff.
 */
export function suggestProfile(inhabitants: number, model: Profile, ratios: readonly StaffRatio[]): Profile {
  const ratio = staffRatioFor(inhabitants, ratios);
  const raw = ratio ? (inhabitants * ratio.ftePer1000) / 1_000 : (inhabitants * model.employees) / model.inhabitants;
  const employees = inhabitants > 0 ? Math.max(1, Math.round(raw)) : 0;
  return {
    inhabitants,
    employees,
    departments: Math.max(1, Math.round((employees * model.departments) / model.employees)),
  };
}
