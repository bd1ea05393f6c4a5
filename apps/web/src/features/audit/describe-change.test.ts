import { describe, expect, it } from 'vitest';
import { describeValues } from './describe-change.ts';

describe('describeValues', () => {
  it('names a status change in Dutch and leaves the internal revision counter out', () => {
    expect(describeValues({ status: 'submitted', version: 6 })).toBe('status: Ingediend');
    expect(describeValues({ status: 'adopted', version: 7 })).toBe('status: Vastgesteld');
  });

  it('shows line codes (kind, cost pool, scaling basis) with the shared Dutch labels', () => {
    expect(describeValues({ overrides: { kind: 'structural', driver: 'inhabitants', amountCents: 700_000 } })).toBe(
      'aanpassing: soort Structureel, schaalbasis Inwoners, bedrag €\u00a07.000,00',
    );
    expect(describeValues({ customLine: { description: 'Extra licenties', costPool: 'software' } })).toBe(
      'eigen regel: omschrijving Extra licenties, kostensoort Software/licenties',
    );
  });

  it('still leaves ids out and says so when nothing is left', () => {
    expect(describeValues({ budgetId: 'x', version: 3 })).toBe('—');
  });
});
