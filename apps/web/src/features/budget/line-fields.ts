import { DRIVERS, LINE_KINDS, type CostBasis, type LineInput } from '@app/engine';
import {
  centsToInput,
  formatDecimal,
  numberToInput,
  formatEuroCents,
  parseDutchNumber,
  parseEurosToCents,
} from '../../lib/format.ts';
import { DRIVER_LABELS, KIND_LABELS, LINE_FIELD_LABELS, lineValueShape, limitsOf } from '@app/schemas';
import { DRIVER_OPTION_LABELS } from '../../lib/labels.ts';

/** The line fields a user may override inline, with how to show and parse each one. */
export type EditableField =
  | 'amountCents'
  | 'hoursPerWeek'
  | 'salaryScale'
  | 'hours'
  | 'hourlyRateCents'
  | 'units'
  | 'unitPriceCents'
  | 'driver'
  | 'elasticity'
  | 'extrapolate'
  | 'yearOffset'
  | 'kind';

interface FieldSpec {
  label: string;
  input: 'euro' | 'number' | 'integer' | 'text' | 'select';
  options?: { value: string; label: string }[];
  /** Empty input means "use the default" (null) rather than an error. */
  nullable?: boolean;
  hint?: string;
  /** Limits of the API schema (lineValueShape), in the engine unit (cents for euro fields). */
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
}

/** The API's own limits for a line field, so the form rejects what the server would. */
const limits = (field: keyof typeof lineValueShape) => {
  const l = limitsOf(lineValueShape[field]);
  return { min: l.min, max: l.max, maxLength: l.maxLength };
};

export const FIELD_SPECS: Record<EditableField, FieldSpec> = {
  amountCents: { label: 'Bedrag (€)', input: 'euro', ...limits('amountCents') },
  hoursPerWeek: { label: 'Uren per week', input: 'number', hint: '36 uur = 1 fte', ...limits('hoursPerWeek') },
  salaryScale: { label: 'Salarisschaal', input: 'text', ...limits('salaryScale') },
  hours: { label: 'Uren', input: 'number', ...limits('hours') },
  hourlyRateCents: {
    label: 'Uurtarief (€)',
    input: 'euro',
    nullable: true,
    hint: 'Leeg = tarief uit de tariefkaart',
    ...limits('hourlyRateCents'),
  },
  units: { label: 'Aantal eenheden', input: 'number', ...limits('units') },
  unitPriceCents: { label: 'Prijs per eenheid (€)', input: 'euro', ...limits('unitPriceCents') },
  driver: {
    label: 'Schaalbasis',
    input: 'select',
    options: DRIVERS.map((d) => ({ value: d, label: DRIVER_OPTION_LABELS[d] })),
  },
  elasticity: {
    label: 'Elasticiteit',
    input: 'number',
    nullable: true,
    hint: 'Leeg = standaard voor de schaalbasis',
    ...limits('elasticity'),
  },
  extrapolate: {
    label: 'Geldigheidsbereik schaling',
    input: 'select',
    options: [
      { value: 'false', label: 'Toepassen (standaard)' },
      { value: 'true', label: 'Niet toepassen: machtsregel bij elke omvang' },
    ],
    hint: 'Buiten het bereik schaalt een regel evenredig vanaf de grens',
  },
  yearOffset: {
    label: 'Start (jaren na start ontwikkeling)',
    input: 'integer',
    hint: '0 = eerste jaar van de ontwikkeling',
    ...limits('yearOffset'),
  },
  kind: { label: 'Soort', input: 'select', options: LINE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })) },
};

const BASIS_FIELDS: Record<CostBasis, EditableField[]> = {
  amount: ['amountCents'],
  staff: ['hoursPerWeek', 'salaryScale'],
  hire: ['hours', 'hourlyRateCents'],
  licence: ['units', 'unitPriceCents'],
};

/** The field holding a line's quantity: the value that is rescaled to the municipality. */
export const QUANTITY_FIELD: Record<CostBasis, 'amountCents' | 'hoursPerWeek' | 'hours' | 'units'> = {
  amount: 'amountCents',
  staff: 'hoursPerWeek',
  hire: 'hours',
  licence: 'units',
};

export function editableFieldsFor(costBasis: CostBasis): EditableField[] {
  return [...BASIS_FIELDS[costBasis], 'driver', 'elasticity', 'extrapolate', 'yearOffset', 'kind'];
}

type FieldValue = LineInput[EditableField];

/** Input text for a field's current value. */
export function toText(field: EditableField, value: FieldValue | undefined): string {
  if (field === 'extrapolate') return value === true ? 'true' : 'false';
  if (value === null || value === undefined) return '';
  const spec = FIELD_SPECS[field];
  if (spec.input === 'euro') return centsToInput(value as number);
  if (spec.input === 'number' || spec.input === 'integer') return numberToInput(value as number);
  return String(value);
}

/** The model value as a reader sees it. */
export function displayValue(field: EditableField, value: FieldValue | undefined): string {
  if (field === 'extrapolate') return value === true ? 'niet toepassen' : 'toepassen';
  if (value === null || value === undefined) return field === 'elasticity' ? 'standaard' : '—';
  const spec = FIELD_SPECS[field] as FieldSpec | undefined;
  if (!spec) return typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  if (spec.input === 'euro') return formatEuroCents(value as number);
  if (spec.input === 'number') return formatDecimal(value as number, 3);
  if (field === 'driver') return DRIVER_LABELS[value as keyof typeof DRIVER_LABELS] ?? String(value);
  if (field === 'kind') return KIND_LABELS[value as keyof typeof KIND_LABELS] ?? String(value);
  return String(value);
}

/** Parses one input text; returns an error message (Dutch) instead of a value when it is invalid. */
export function parseField(field: EditableField, text: string): { value: FieldValue } | { error: string } {
  const spec = FIELD_SPECS[field];
  const trimmed = text.trim();
  if (trimmed === '') {
    return spec.nullable ? { value: null } : { error: `${spec.label}: vul een waarde in.` };
  }
  switch (spec.input) {
    case 'euro': {
      const cents = parseEurosToCents(trimmed);
      if (cents === null || cents < 0)
        return { error: `${spec.label}: vul een bedrag in euro's in, bijvoorbeeld 5.000 of 12,50.` };
      if (spec.max != null && cents > spec.max)
        return { error: `${spec.label}: is te groot (maximaal ${formatEuroCents(spec.max)}).` };
      return { value: cents };
    }
    case 'number': {
      const n = parseDutchNumber(trimmed);
      if (n === null) return { error: `${spec.label}: vul een getal in.` };
      if (spec.min != null && n < spec.min)
        return {
          error:
            spec.min === 0
              ? `${spec.label}: mag niet negatief zijn.`
              : `${spec.label}: mag niet kleiner zijn dan ${formatDecimal(spec.min, 3)}.`,
        };
      if (spec.max != null && n > spec.max)
        return { error: `${spec.label}: is te groot (maximaal ${formatDecimal(spec.max, 3)}).` };
      return { value: n };
    }
    case 'integer': {
      const n = parseDutchNumber(trimmed);
      const min = spec.min ?? 0;
      const max = spec.max ?? Number.MAX_SAFE_INTEGER;
      return n === null || !Number.isInteger(n) || n < min || n > max
        ? { error: `${spec.label}: vul een heel getal van ${min} tot en met ${max} in.` }
        : { value: n };
    }
    default:
      if (field === 'extrapolate') return { value: trimmed === 'true' };
      if (spec.maxLength != null && trimmed.length > spec.maxLength)
        return { error: `${spec.label}: is te lang (maximaal ${spec.maxLength} tekens).` };
      return { value: trimmed as FieldValue };
  }
}

/** Fields whose draft differs from the reference values (the model, or the effective line for custom lines). */
export function changedFields(reference: LineInput, draft: Partial<LineInput>): Partial<LineInput> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof LineInput)[]) {
    const value = draft[key];
    const before = reference[key] ?? null;
    // A flag that is absent means false: choosing "false" for it is no change.
    if (key === 'extrapolate' ? (value === true) !== (before === true) : (value ?? null) !== before) out[key] = value;
  }
  return out as Partial<LineInput>;
}

/** The unit after a field's number where the label alone does not say it ("120 uur per week"). */
const FIELD_UNITS: Partial<Record<EditableField, { one: string; many: string }>> = {
  hoursPerWeek: { one: 'uur per week', many: 'uur per week' },
  hours: { one: 'uur', many: 'uur' },
  units: { one: 'eenheid', many: 'eenheden' },
  yearOffset: { one: 'jaar na de start', many: 'jaar na de start' },
};

/** displayValue with its unit, for a value shown without its field label ("model 120 uur per week"). */
export function displayValueWithUnit(field: EditableField, value: FieldValue | undefined): string {
  const text = displayValue(field, value);
  const unit = FIELD_UNITS[field];
  if (!unit || typeof value !== 'number') return text;
  return `${text} ${value === 1 ? unit.one : unit.many}`;
}

/** What an overridden line's note says per changed field: "uren per week: model 120 uur per week". */
export function overrideNote(field: EditableField, modelValue: FieldValue | undefined): string {
  const label = (FIELD_SPECS[field]?.label ?? LINE_FIELD_LABELS[field] ?? 'waarde')
    .replace(/\s*\(€\)$/, '')
    .toLowerCase();
  return `${label}: model ${displayValueWithUnit(field, modelValue)}`;
}
