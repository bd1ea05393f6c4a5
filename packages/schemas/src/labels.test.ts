import { describe, expect, it } from 'vitest';
import { lineValueLabel, requestFieldLabel } from './labels.ts';

describe('Dutch labels instead of codes', () => {
  it('names an API field path by its Dutch label, never the path', () => {
    expect(requestFieldLabel('body.justification')).toBe('Toelichting');
    expect(requestFieldLabel('body.fields.units')).toBe('Aantal eenheden');
    expect(requestFieldLabel('body.profile.employees')).toBe('Medewerkers (personeel)');
    expect(requestFieldLabel('params.id')).toBe('Adres van de pagina');
    expect(requestFieldLabel('body.file')).toBe('Bestand');
    expect(requestFieldLabel('body.overrides.3.elasticity')).toBe('Elasticiteit');
    expect(requestFieldLabel('body.somethingNew')).toBe('Invoer');
  });

  it('gives coded line values in Dutch', () => {
    expect(lineValueLabel('driver', 'departments')).toBe('Afdelingen');
    expect(lineValueLabel('driver', 'fixed')).toBe('Vast');
    expect(lineValueLabel('kind', 'incidental')).toBe('Incidenteel');
    expect(lineValueLabel('unitPricePeriod', 'month')).toBe('per maand');
    expect(lineValueLabel('ownQuantity', true)).toBe('ja');
    expect(lineValueLabel('amountCents', 500)).toBeNull();
  });
});
