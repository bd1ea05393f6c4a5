import { describe, expect, it } from 'vitest';
import { rowErrors } from './catalog-errors.ts';
import { changeLabel, formatChangeValue } from './change-labels.ts';

describe('rowErrors', () => {
  it('splits the API paths into file row and field; mapping problems get row 0', () => {
    expect(
      rowErrors([
        { path: 'rows.3.kind', message: 'onbekende soort "af en toe"' },
        { path: 'rows.12.salaryScale', message: 'schaal "99" staat niet in de salaristabel' },
        { path: 'body.mapping.amount', message: 'koppel een kolom aan Bedrag (€)' },
        { path: 'body.editionName', message: 'bestaat al' },
      ]),
    ).toEqual([
      { row: 3, field: 'kind', message: 'onbekende soort "af en toe"' },
      { row: 12, field: 'salaryScale', message: 'schaal "99" staat niet in de salaristabel' },
      { row: 0, field: 'amount', message: 'koppel een kolom aan Bedrag (€)' },
      { row: 0, field: 'editionName', message: 'bestaat al' },
    ]);
  });
});

describe('budget-import change labels', () => {
  it('names profile, assumption and line fields in Dutch', () => {
    expect(changeLabel('inhabitants')).toBe('Inwoners');
    expect(changeLabel('salaryTable.scales.10')).toBe('Maandsalaris schaal 10');
    expect(changeLabel('rateCard.rates.senior')).toBe('Uurtarief senior');
    expect(changeLabel('amountCents')).toBe('Bedrag');
    expect(changeLabel('somethingNew')).toBe('somethingNew');
  });
  it('formats cents as euros, percentages with %, counts as integers', () => {
    expect(formatChangeValue('amountCents', 123_456)).toMatch(/^€\s1\.234,56$/);
    expect(formatChangeValue('salaryTable.scales.10', 600_000)).toMatch(/^€\s6\.000,00$/);
    expect(formatChangeValue('priceIndexationPct', 2.5)).toMatch(/^2,5\s%$/);
    expect(formatChangeValue('inhabitants', 50_000)).toBe('50.000');
    expect(formatChangeValue('elasticity', 0.75)).toBe('0,75');
    expect(formatChangeValue('elasticity', null)).toBe('—');
  });
});
