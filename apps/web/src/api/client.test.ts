import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage } from './client.ts';

describe('errorMessage', () => {
  it('names rejected fields by their Dutch label, never by the code path', () => {
    const error = new ApiError(400, {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Ongeldige invoer: body.justification toelichting is verplicht; params.id is geen geldige verwijzing',
        fields: [
          { path: 'body.justification', message: 'toelichting is verplicht (minstens 3 tekens)' },
          { path: 'params.id', message: 'is geen geldige verwijzing (controleer het adres of kies opnieuw)' },
        ],
      },
    });
    const text = errorMessage(error);
    expect(text).toBe(
      'Ongeldige invoer: Toelichting: toelichting is verplicht (minstens 3 tekens); Adres van de pagina: is geen geldige verwijzing (controleer het adres of kies opnieuw)',
    );
    expect(text).not.toMatch(/body\.|params\./);
  });

  it('replaces a path in a message without fields by its label', () => {
    const error = new ApiError(413, {
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'Ongeldige invoer: body.file is te groot (maximaal 25 MB)' },
    });
    expect(errorMessage(error)).toBe('Ongeldige invoer: Bestand is te groot (maximaal 25 MB)');
  });

  it('keeps the message of other errors', () => {
    expect(errorMessage(new ApiError(404, { error: { code: 'NOT_FOUND', message: 'Begroting niet gevonden' } }))).toBe(
      'Begroting niet gevonden',
    );
  });

  it('puts engine rejections in Dutch too', () => {
    const error = new ApiError(400, {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Ongeldige invoer voor de berekening: …',
        fields: [{ path: 'lines.abc.hoursPerWeek', message: 'is required' }],
      },
    });
    expect(errorMessage(error)).toBe('Ongeldige invoer: Uren per week: is verplicht');
  });
});

describe('engineErrorText', () => {
  it('gives the Dutch label and sentence for an engine input error', async () => {
    const { EngineInputError } = await import('@app/engine');
    const { engineErrorText } = await import('../lib/engine-errors.ts');
    expect(engineErrorText(new EngineInputError('lines[3].salaryScale', 'is required for staff lines'))).toBe(
      'Salarisschaal: is verplicht voor eigen personeel',
    );
    expect(engineErrorText(new EngineInputError('lines[0].yearOffset', 'must be a whole number ≥ 0'))).toBe(
      'Startjaar (na begin ontwikkeling): moet een heel getal van minstens 0 zijn',
    );
  });
});
