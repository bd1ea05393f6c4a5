import type {
  AssumptionDefaultsRow,
  BudgetLineRow,
  CatalogEditionRow,
  CatalogLineRow,
  RateCardRow,
  SalaryTableRow,
} from '@app/db';
import type { Assumptions, LineInput, Profile, RateCard, SalaryTable } from '@app/engine';
import type { DefaultValues, LineValueField } from '@app/schemas';

// Pure row → engine-input mappers: the API's translation of stored rows into what the engine reads
// (db only stores; see docs/adr/0014-db-stores-the-api-maps.md).

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
    assetClass: row.assetClass,
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
export function overriddenFields(line: Pick<BudgetLineRow, 'overrides'>): LineValueField[] {
  return (Object.keys(line.overrides) as LineValueField[]).filter((key) => line.overrides[key] !== undefined);
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
  if (!Number.isInteger(step) || step < 0)
    throw new Error(`invalid salary step "${value}" (expected 'max' or an index ≥ 0)`);
  return step;
}

/** The stored default values as the API shows them (tables by id, salary step parsed). */
export function toDefaultValues(row: AssumptionDefaultsRow): DefaultValues {
  return {
    salaryTableId: row.salaryTableId,
    salaryStep: parseSalaryStep(row.salaryStep),
    employerCostPct: row.employerCostPct,
    rateCardId: row.rateCardId,
    defaultHireRole: row.defaultHireRole,
    priceIndexationPct: row.priceIndexationPct,
    wageIndexationPct: row.wageIndexationPct,
    interestRatePct: row.interestRatePct,
    activationThresholdCents: row.activationThresholdCents,
    defaultDepreciationYears: row.defaultDepreciationYears,
    defaultElasticity: { ...row.defaultElasticity },
    retenderPct: row.retenderPct,
    migrationPct: row.migrationPct,
    scalingRange: row.scalingRange ? { ...row.scalingRange } : null,
    depreciationYearsByAssetClass: { ...row.depreciationYearsByAssetClass },
    externalFinancingPct: row.externalFinancingPct,
    interestOnOwnEquity: row.interestOnOwnEquity,
    writeOffAtOnce: row.writeOffAtOnce,
  };
}

/** The engine's Assumptions from the stored defaults plus the salary table and rate card they name. */
export function toAssumptions(
  defaults: AssumptionDefaultsRow,
  salaryTable: SalaryTableRow,
  rateCard: RateCardRow,
): Assumptions {
  if (defaults.salaryTableId !== salaryTable.id)
    throw new Error(`defaults name salary table ${defaults.salaryTableId}, got ${salaryTable.id}`);
  if (defaults.rateCardId !== rateCard.id)
    throw new Error(`defaults name rate card ${defaults.rateCardId}, got ${rateCard.id}`);
  const {
    salaryTableId: _salaryTableId,
    salaryStep,
    employerCostPct,
    rateCardId: _rateCardId,
    ...rest
  } = toDefaultValues(defaults);
  // The values in their own order, with the tables embedded where their ids stood.
  return {
    salaryTable: toSalaryTable(salaryTable),
    salaryStep,
    employerCostPct,
    rateCard: toRateCard(rateCard),
    ...rest,
  };
}

/** The model municipality of an edition (100,000 inhabitants / 1,000 employees / 40 departments). */
export function toModelProfile(
  edition: Pick<CatalogEditionRow, 'modelInhabitants' | 'modelEmployees' | 'modelDepartments'>,
): Profile {
  return {
    inhabitants: edition.modelInhabitants,
    employees: edition.modelEmployees,
    departments: edition.modelDepartments,
  };
}
