import { describe, expect, it } from 'vitest';
import type { AllocationResponse } from '@app/schemas';
import { fixedTotal, keyFormFrom, keyUpdate } from './key-form.ts';

const member = (memberId: string, name: string, inhabitants: number) => ({
  memberId,
  name,
  cbsCode: null,
  inhabitants,
  employees: 100,
  departments: 1,
  referenceDate: null,
});

/** Only the parts of an allocation the key editor reads. */
function allocation(keys: Pick<AllocationResponse, 'keys'>['keys']): AllocationResponse {
  return {
    budgetVersion: 7,
    keys,
    members: [member('a', 'Barneveld', 60_000), member('b', 'Nijkerk', 40_000), member('c', 'Putten', 25_000)],
    developments: [{ id: 'dev-1', title: 'Zaakgericht werken', domainKey: 'bedrijfsvoering' }],
  } as Partial<AllocationResponse> as AllocationResponse;
}

describe('key editor form', () => {
  it('starts from the saved hybrid key and gives the other key types a starting value', () => {
    const form = keyFormFrom(
      allocation({
        defaultKey: {
          type: 'hybrid',
          parts: [
            { basis: 'equal', percentage: 30.5 },
            { basis: 'inhabitants', percentage: 69.5 },
          ],
        },
        developmentKeys: { 'dev-1': { type: 'equal' } },
        lineKeys: {},
      }),
    );
    expect(form.type).toBe('hybrid');
    expect(form.equalPct).toBe('30,5');
    expect(form.percentages).toEqual({ a: '33,33', b: '33,33', c: '33,33' });
    expect(form.quantities).toEqual({ a: '1', b: '1', c: '1' });
    expect(form.developmentKeys).toEqual({ 'dev-1': 'equal' });
    expect(form.figures.a).toEqual({ inhabitants: '60000', employees: '100', referenceDate: '' });
  });

  it('sends fixed percentages typed in Dutch notation, the exceptions chosen and the member figures', () => {
    const saved = allocation({ defaultKey: { type: 'inhabitants' }, developmentKeys: {}, lineKeys: {} });
    const form = {
      ...keyFormFrom(saved),
      type: 'fixed' as const,
      percentages: { a: '50,25', b: '30', c: '19,75' },
      developmentKeys: { 'dev-1': 'employees', 'dev-2': '' },
    };
    form.figures = { ...form.figures, b: { inhabitants: '41.250', employees: '90', referenceDate: '2026-01-01' } };
    expect(fixedTotal(form, saved)).toBe(100);
    const body = keyUpdate(form, saved);
    expect(body).toEqual({
      version: 7,
      defaultKey: { type: 'fixed', percentages: { a: 50.25, b: 30, c: 19.75 } },
      developmentKeys: { 'dev-1': { type: 'employees' } },
      lineKeys: {},
      members: [
        { memberId: 'a', inhabitants: 60_000, employees: 100, referenceDate: null },
        { memberId: 'b', inhabitants: 41_250, employees: 90, referenceDate: '2026-01-01' },
        { memberId: 'c', inhabitants: 25_000, employees: 100, referenceDate: null },
      ],
    });
  });

  it('splits a hybrid key into the equal part and the rest to inhabitants', () => {
    const saved = allocation({ defaultKey: { type: 'equal' }, developmentKeys: {}, lineKeys: {} });
    const body = keyUpdate({ ...keyFormFrom(saved), type: 'hybrid', equalPct: '33,3' }, saved);
    expect(body.defaultKey).toEqual({
      type: 'hybrid',
      parts: [
        { basis: 'equal', percentage: 33.3 },
        { basis: 'inhabitants', percentage: 66.7 },
      ],
    });
  });
});
