import { describe, expect, it } from 'vitest';
import type { EditableLine } from '@app/schemas';
import { emptyLineState, lineState, readLineState } from './line-form.ts';

const staffLine: EditableLine = {
  id: 'l1',
  developmentId: 'd1',
  key: 'x/y',
  description: 'Coördinator',
  basis: null,
  notes: null,
  sourceUrl: null,
  taakveld: '0.4',
  provenance: 'published',
  retired: false,
  kind: 'structural',
  costBasis: 'staff',
  costPool: 'personnel',
  amountCents: null,
  hoursPerWeek: 16,
  salaryScale: '10',
  hours: null,
  hoursPeriod: null,
  hireRole: null,
  hourlyRateCents: null,
  units: null,
  unitPriceCents: null,
  unitPricePeriod: null,
  driver: 'inhabitants',
  elasticity: 0.7,
  yearOffset: 0,
  durationYears: 1,
  depreciationYears: null,
  contractYears: null,
  retenderCents: null,
  migrationCents: null,
  indexation: null,
};

describe('catalog line form', () => {
  it('round-trips a line and reads Dutch numbers', () => {
    const state = { ...lineState(staffLine), hoursPerWeek: '18,5' };
    expect(state.elasticity).toBe('0,7');
    const { values, problems } = readLineState(state);
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      costBasis: 'staff',
      hoursPerWeek: 18.5,
      salaryScale: '10',
      elasticity: 0.7,
      amountCents: null,
      yearOffset: 0,
      durationYears: 1,
    });
  });

  it('sends inputs of another cost basis as empty and names bad inputs by their API field', () => {
    const state = {
      ...emptyLineState(),
      description: 'Licenties',
      costBasis: 'licence' as const,
      units: '1.000',
      unitPrice: '4',
      unitPricePeriod: 'month' as const,
      amount: '999',
    };
    expect(readLineState(state).values).toMatchObject({
      amountCents: null,
      units: 1000,
      unitPriceCents: 400,
      unitPricePeriod: 'month',
    });
    const bad = readLineState({ ...emptyLineState(), description: ' ', amount: 'veel', yearOffset: '1,5' });
    expect(bad.values).toBeNull();
    expect(bad.problems.map((p) => p.field).sort()).toEqual(['amountCents', 'description', 'yearOffset']);
  });
});
