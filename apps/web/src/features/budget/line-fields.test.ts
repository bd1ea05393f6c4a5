import { describe, expect, it } from 'vitest';
import { makeLine } from '@app/engine/testing';
import { changedFields, displayValue, editableFieldsFor, overrideNote, parseField, toText } from './line-fields.ts';

describe('the validity-range override of a line (extrapolate)', () => {
  it('is offered for every cost basis', () => {
    expect(editableFieldsFor('amount')).toContain('extrapolate');
    expect(editableFieldsFor('staff')).toContain('extrapolate');
  });
  it('reads and shows the flag; absent means the range applies', () => {
    expect(toText('extrapolate', null)).toBe('false');
    expect(toText('extrapolate', true)).toBe('true');
    expect(displayValue('extrapolate', undefined)).toBe('toepassen');
    expect(displayValue('extrapolate', true)).toBe('niet toepassen');
    expect(parseField('extrapolate', 'true')).toEqual({ value: true });
    expect(parseField('extrapolate', 'false')).toEqual({ value: false });
  });
  it('counts only a real change as an override', () => {
    const model = makeLine({ extrapolate: null });
    expect(changedFields(model, { extrapolate: false })).toEqual({});
    expect(changedFields(model, { extrapolate: true })).toEqual({ extrapolate: true });
    expect(changedFields({ ...model, extrapolate: true }, { extrapolate: false })).toEqual({ extrapolate: false });
  });
});

describe('overrideNote', () => {
  it('names the field and gives the model value with its unit', () => {
    expect(overrideNote('hoursPerWeek', 120)).toBe('uren per week: model 120 uur per week');
    expect(overrideNote('units', 1)).toBe('aantal eenheden: model 1 eenheid');
    expect(overrideNote('units', 2500)).toBe('aantal eenheden: model 2.500 eenheden');
    expect(overrideNote('hours', 16)).toBe('uren: model 16 uur');
    expect(overrideNote('amountCents', 300_000)).toMatch(/^bedrag: model €\s3\.000,00$/);
  });
});
