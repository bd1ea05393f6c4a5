import type { CostBasis, CostPool, Driver, LineKind } from '@app/engine';
import { LINE_FIELD_LABELS, type EditableLine, type EditionLineCreate } from '@app/schemas';
import { centsToInput, numberToInput, parseDutchNumber, parseEurosToCents } from '../../lib/format.ts';
import type { FormProblem } from '../../lib/form-errors.ts';

/** A catalog line as the form edits it: text per input, enums as they are. */
export interface LineFormState {
  description: string;
  kind: LineKind;
  costBasis: CostBasis;
  costPool: CostPool;
  driver: Driver;
  elasticity: string;
  amount: string;
  hoursPerWeek: string;
  salaryScale: string;
  hours: string;
  hoursPeriod: '' | 'year' | 'total';
  hireRole: string;
  hourlyRate: string;
  units: string;
  unitPrice: string;
  unitPricePeriod: '' | 'month' | 'year';
  yearOffset: string;
  durationYears: string;
  depreciationYears: string;
  contractYears: string;
  basis: string;
  notes: string;
  sourceUrl: string;
}

/** Which inputs belong to each cost basis (the others are sent as empty). */
export const BASIS_FIELDS: Record<CostBasis, (keyof LineFormState)[]> = {
  amount: ['amount'],
  staff: ['hoursPerWeek', 'salaryScale'],
  hire: ['hours', 'hoursPeriod', 'hireRole', 'hourlyRate'],
  licence: ['units', 'unitPrice', 'unitPricePeriod'],
};

export function emptyLineState(): LineFormState {
  return {
    description: '',
    kind: 'structural',
    costBasis: 'amount',
    costPool: 'services',
    driver: 'inhabitants',
    elasticity: '',
    amount: '',
    hoursPerWeek: '',
    salaryScale: '',
    hours: '',
    hoursPeriod: '',
    hireRole: '',
    hourlyRate: '',
    units: '',
    unitPrice: '',
    unitPricePeriod: '',
    yearOffset: '0',
    durationYears: '1',
    depreciationYears: '',
    contractYears: '',
    basis: '',
    notes: '',
    sourceUrl: '',
  };
}

export function lineState(line: EditableLine): LineFormState {
  return {
    description: line.description,
    kind: line.kind,
    costBasis: line.costBasis,
    costPool: line.costPool,
    driver: line.driver,
    elasticity: numberToInput(line.elasticity),
    amount: centsToInput(line.amountCents),
    hoursPerWeek: numberToInput(line.hoursPerWeek),
    salaryScale: line.salaryScale ?? '',
    hours: numberToInput(line.hours),
    hoursPeriod: (line.hoursPeriod as LineFormState['hoursPeriod']) ?? '',
    hireRole: line.hireRole ?? '',
    hourlyRate: centsToInput(line.hourlyRateCents),
    units: numberToInput(line.units),
    unitPrice: centsToInput(line.unitPriceCents),
    unitPricePeriod: (line.unitPricePeriod as LineFormState['unitPricePeriod']) ?? '',
    yearOffset: String(line.yearOffset),
    durationYears: String(line.durationYears),
    depreciationYears: numberToInput(line.depreciationYears),
    contractYears: numberToInput(line.contractYears),
    basis: line.basis ?? '',
    notes: line.notes ?? '',
    sourceUrl: line.sourceUrl ?? '',
  };
}

export type LineValues = Omit<EditionLineCreate, 'developmentId'>;

/**
 * The request body for the line, or the problems keyed by API field name (so the same labels
 * serve client and server errors). Inputs of another cost basis are sent as null.
 */
export function readLineState(state: LineFormState): { values: LineValues | null; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const active = new Set(BASIS_FIELDS[state.costBasis]);
  const text = (key: keyof LineFormState) =>
    active.has(key) || !Object.values(BASIS_FIELDS).flat().includes(key) ? String(state[key]).trim() : '';
  const number = (key: keyof LineFormState, field: string) => {
    const t = text(key);
    if (t === '') return null;
    const value = parseDutchNumber(t);
    if (value === null) problems.push({ field, message: 'vul een getal in' });
    return value;
  };
  const cents = (key: keyof LineFormState, field: string) => {
    const t = text(key);
    if (t === '') return null;
    const value = parseEurosToCents(t);
    if (value === null) problems.push({ field, message: 'vul een bedrag in euro’s in' });
    return value;
  };
  const whole = (key: keyof LineFormState, field: string, required: boolean) => {
    const value = number(key, field);
    if (value === null && required) problems.push({ field, message: 'is verplicht' });
    if (value !== null && !Number.isInteger(value)) problems.push({ field, message: 'vul een geheel getal in' });
    return value;
  };
  if (state.description.trim() === '') problems.push({ field: 'description', message: 'vul een omschrijving in' });
  const values: LineValues = {
    description: state.description.trim(),
    kind: state.kind,
    costBasis: state.costBasis,
    costPool: state.costPool,
    driver: state.driver,
    elasticity: number('elasticity', 'elasticity'),
    amountCents: cents('amount', 'amountCents'),
    hoursPerWeek: number('hoursPerWeek', 'hoursPerWeek'),
    salaryScale: text('salaryScale') || null,
    hours: number('hours', 'hours'),
    hoursPeriod: active.has('hoursPeriod') && state.hoursPeriod ? state.hoursPeriod : null,
    hireRole: text('hireRole') || null,
    hourlyRateCents: cents('hourlyRate', 'hourlyRateCents'),
    units: number('units', 'units'),
    unitPriceCents: cents('unitPrice', 'unitPriceCents'),
    unitPricePeriod: active.has('unitPricePeriod') && state.unitPricePeriod ? state.unitPricePeriod : null,
    yearOffset: whole('yearOffset', 'yearOffset', true) ?? 0,
    durationYears: whole('durationYears', 'durationYears', true) ?? 1,
    depreciationYears: whole('depreciationYears', 'depreciationYears', false),
    contractYears: whole('contractYears', 'contractYears', false),
    basis: state.basis.trim() || null,
    notes: state.notes.trim() || null,
    sourceUrl: state.sourceUrl.trim() || null,
  };
  return { values: problems.length === 0 ? values : null, problems };
}

/** Names for the form's problems: the line fields plus the development and edition fields. */
export const CATALOG_FORM_LABELS: Record<string, string> = {
  ...LINE_FIELD_LABELS,
  developmentId: 'Ontwikkeling',
  domainKey: 'Domein',
  title: 'Titel',
  summary: 'Samenvatting',
  name: 'Naam',
  form: '',
};
