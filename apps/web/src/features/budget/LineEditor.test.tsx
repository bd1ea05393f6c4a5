// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { calculate, scaledQuantityOf, type LineInput } from '@app/engine';
import { makeInput, makeLine } from '@app/engine/testing';
import type { BudgetDetail } from '../../api/types.ts';
import { LineEditor } from './LineEditor.tsx';
import { applyPending, buildGridModel } from './row-model.ts';
import { largeChanges } from './large-changes.ts';
import type { FormProblem } from '../../lib/form-errors.ts';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

// € 120.000 model over 2 years on inhabitants; this municipality has 45.000 of the model's 100.000.
const MODEL = makeLine({
  id: 'l-gis',
  description: 'GIS-licenties',
  amountCents: 12_000_000,
  durationYears: 2,
  driver: 'inhabitants',
  elasticity: 1,
  developmentId: 'dev-1',
});

function setup(opts: { problems?: FormProblem[]; effective?: Partial<LineInput> } = {}) {
  const effective: LineInput = { ...MODEL, ...opts.effective };
  const budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> = {
    includeExamples: true,
    developments: [
      {
        id: 'bd-1',
        developmentId: 'dev-1',
        domainKey: 'bedrijfsvoering',
        title: 'GIS',
        enabled: true,
        startYear: null,
        ownerUnitId: null,
        priority: null,
        note: null,
      },
    ],
    lines: [
      {
        id: 'l-gis',
        catalogLineId: 'cat-gis',
        developmentId: 'dev-1',
        custom: false,
        model: MODEL,
        effective,
        overriddenFields: Object.keys(opts.effective ?? {}) as BudgetDetail['lines'][number]['overriddenFields'],
        justification: null,
      },
    ],
  };
  const input = makeInput({ profile: { inhabitants: 45_000, employees: 1_000, departments: 40 }, lines: [effective] });
  const onSave = vi.fn();
  // Like the builder: the editor's line is recomputed by the engine with the preview applied.
  function Harness() {
    const [preview, setPreview] = useState<Partial<LineInput> | null>(null);
    const line = useMemo(() => {
      const shown = preview ? applyPending(input, [{ type: 'line', engineLineId: 'l-gis', fields: preview }]) : input;
      return buildGridModel(budget, shown, calculate(shown), {}).domains[0]!.developments[0]!.lines[0]!;
    }, [preview]);
    return (
      <LineEditor
        line={line}
        onPreview={setPreview}
        onSave={onSave}
        onReset={() => undefined}
        onCancel={() => undefined}
        problems={opts.problems}
        modelScaledQuantity={scaledQuantityOf(input, {
          ...effective,
          amountCents: MODEL.amountCents,
          ownQuantity: null,
        })}
      />
    );
  }
  render(<Harness />);
  return { onSave, form: screen.getByRole('form', { name: /Regel aanpassen: GIS-licenties/ }) };
}

afterEach(cleanup);

describe('LineEditor: edit what you mean (own value)', () => {
  it('prefills the scaled value the grid shows, with the model and scaled value beside it', () => {
    const { form } = setup();
    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente') as HTMLInputElement;
    // € 120.000 × 45.000 / 100.000 = € 54.000 (not the model's 120.000).
    expect(amount.value).toBe('54000');
    const description = document.getElementById(amount.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(description.textContent).toContain(`Model (Modelgemeente): ${nbsp('€ 120.000,00')}`);
    expect(description.textContent).toContain(`geschaald naar deze gemeente: ${nbsp('€ 54.000,00')}`);
  });

  it('saves a typed value as the own value (not rescaled again), and an untouched one as it was', async () => {
    const user = userEvent.setup();
    const { form, onSave } = setup();
    await user.type(within(form).getByLabelText('Toelichting (verplicht)'), 'Offerte leverancier');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ amountCents: 12_000_000, ownQuantity: null }),
      'Offerte leverancier',
    );

    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente');
    await user.clear(amount);
    await user.type(amount, '100000');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ amountCents: 10_000_000, ownQuantity: true }),
      'Offerte leverancier',
    );
  });

  it('typing the shown value back keeps the line a rescaled model line (the preview does not leak into "untouched")', async () => {
    const user = userEvent.setup();
    const { form, onSave } = setup();
    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente');
    await user.clear(amount);
    await user.type(amount, '70000');
    expect(form.textContent).toContain('een gewijzigde waarde wordt niet meer geschaald');
    await user.clear(amount);
    await user.type(amount, '54000');
    await user.type(within(form).getByLabelText('Toelichting (verplicht)'), 'Toch niet');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(onSave).toHaveBeenLastCalledWith(
      expect.objectContaining({ amountCents: 12_000_000, ownQuantity: null }),
      'Toch niet',
    );
  });

  it('asks for confirmation when a line-year moves by more than 10× or € 1 miljoen', async () => {
    const user = userEvent.setup();
    const { form, onSave } = setup();
    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente');
    await user.type(within(form).getByLabelText('Toelichting (verplicht)'), 'Tikfout?');
    await user.clear(amount);
    await user.type(amount, '5000000');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(onSave).not.toHaveBeenCalled();
    const alert = within(form).getByRole('alert');
    expect(alert.textContent).toContain('Klopt dit?');
    expect(alert.textContent).toContain(`2026: van ${nbsp('€ 27.000')} naar ${nbsp('€ 2.500.000')}`);
    await user.click(within(alert).getByRole('button', { name: 'Ja, opslaan' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ amountCents: 500_000_000, ownQuantity: true }),
      'Tikfout?',
    );
  });

  it('shows a server rejection at its field, in Dutch, and keeps the input', () => {
    const { form } = setup({
      problems: [
        { field: 'justification', message: 'toelichting is te lang (maximaal 2000 tekens)' },
        { field: 'form', message: 'Adres van de pagina: moet een geldige id zijn' },
      ],
    });
    const justification = within(form).getByLabelText('Toelichting (verplicht)');
    expect(justification.getAttribute('aria-invalid')).toBe('true');
    const described = justification
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('toelichting is te lang');
    expect(justification.getAttribute('maxlength')).toBe('2000');
    expect(form.textContent).toContain('Adres van de pagina: moet een geldige id zijn');
    expect(form.textContent).not.toContain('body.');
  });

  it('an own value is shown as such when the editor opens again', () => {
    const { form } = setup({ effective: { amountCents: 10_000_000, ownQuantity: true } });
    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente') as HTMLInputElement;
    expect(amount.value).toBe('100000');
    expect(form.textContent).toContain('nu: eigen waarde, niet geschaald');
  });
});

describe('largeChanges', () => {
  it('flags more than 10× either way (both non-zero) and more than € 1 miljoen difference', () => {
    expect(largeChanges({ 2026: 100 }, { 2026: 1_000 })).toEqual([]);
    expect(largeChanges({ 2026: 100 }, { 2026: 1_001 })).toEqual([{ year: 2026, before: 100, after: 1_001 }]);
    expect(largeChanges({ 2026: 1_001 }, { 2026: 100 })).toHaveLength(1);
    expect(largeChanges({ 2026: 0 }, { 2026: 100_000_000 })).toEqual([]);
    expect(largeChanges({ 2026: 0 }, { 2026: 100_000_100 })).toHaveLength(1);
    expect(largeChanges({ 2026: 5_400_000, 2027: 5_400_000 }, { 2026: 4_500_000, 2027: 4_500_000 })).toEqual([]);
  });
});
