// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { limitsOf, NameSchema, YearSchema } from '@app/schemas';
import { fieldBinder, SelectField, TextAreaField, TextField } from './Field.tsx';

afterEach(cleanup);

describe('form fields', () => {
  it('take maxlength, min and max from the API limits; an explicit attribute wins', () => {
    render(
      <>
        <TextField label="Naam" limits={limitsOf(NameSchema)} />
        <TextField label="Jaar" type="number" limits={limitsOf(YearSchema)} />
        <TextField label="Kort" limits={limitsOf(NameSchema)} maxLength={20} />
        <TextAreaField label="Toelichting" limits={limitsOf(NameSchema)} />
      </>,
    );
    expect(screen.getByLabelText('Naam').getAttribute('maxlength')).toBe('200');
    expect(screen.getByLabelText('Naam').hasAttribute('minlength')).toBe(false);
    const year = screen.getByLabelText('Jaar');
    expect([year.getAttribute('min'), year.getAttribute('max')]).toEqual([
      String(limitsOf(YearSchema).min),
      String(limitsOf(YearSchema).max),
    ]);
    expect(screen.getByLabelText('Kort').getAttribute('maxlength')).toBe('20');
    expect(screen.getByLabelText('Toelichting').getAttribute('maxlength')).toBe('200');
  });

  it('a select with written-out options shows its error beside it, described and invalid', () => {
    render(
      <SelectField label="Tot en met jaar" error="mag niet voor het beginjaar liggen" defaultValue="">
        <option value="">Geen einde</option>
        <optgroup label="Jaren">
          <option value="2027">2027</option>
        </optgroup>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: 'Tot en met jaar' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(select.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('mag niet voor het beginjaar liggen');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Geen einde', '2027']);
  });

  it('a bound field shows its state, writes back to its key and shows the problem for its API path', async () => {
    function Form() {
      const [state, setState] = useState({ amount: '12', note: '' });
      const field = fieldBinder(state, (key, value) => setState((s) => ({ ...s, [key]: value })), [
        { field: 'amountCents', message: 'moet een bedrag zijn' },
      ]);
      return (
        <>
          <TextField label="Bedrag" {...field('amount', 'amountCents')} />
          <TextField label="Notitie" {...field('note')} />
          <output>{JSON.stringify(state)}</output>
        </>
      );
    }
    render(<Form />);
    const amount = screen.getByLabelText('Bedrag');
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(amount.getAttribute('aria-describedby')!)?.textContent).toBe('moet een bedrag zijn');
    expect(screen.getByLabelText('Notitie').hasAttribute('aria-invalid')).toBe(false);
    await userEvent.type(screen.getByLabelText('Notitie'), 'ok');
    await userEvent.type(amount, '3');
    expect(screen.getByRole('status').textContent).toBe('{"amount":"123","note":"ok"}');
  });
});
