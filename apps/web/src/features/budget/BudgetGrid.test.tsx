// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { BudgetGrid, type BudgetGridProps } from './BudgetGrid.tsx';
import { nbsp, twoDomainGridModel, type LineOverride } from './grid-fixture.ts';

function setup(override?: LineOverride) {
  const model = twoDomainGridModel(override);
  const handlers = { onSave: vi.fn(), onReset: vi.fn(), onPreview: vi.fn(), onExplain: vi.fn() };
  function Harness() {
    const [editing, setEditing] = useState<string | null>(null);
    const props: BudgetGridProps = {
      model,
      editingLineId: editing,
      onEdit: (l) => setEditing(l.id),
      onCancelEdit: () => setEditing(null),
      ...handlers,
    };
    return <BudgetGrid {...props} />;
  }
  render(<Harness />);
  return handlers;
}

const row = (name: RegExp) => screen.getByRole('row', { name });

afterEach(cleanup);

describe('BudgetGrid', () => {
  it('shows incidental, structural and total subtotals per domain and for the budget', () => {
    setup();
    // Bedrijfsvoering 2026: € 3.000 incidental + € 10.000 structural.
    expect(within(row(/^Incidenteel Bedrijfsvoering/)).getAllByRole('gridcell')[0]?.textContent).toBe(nbsp('€ 3.000'));
    expect(within(row(/^Structureel Bedrijfsvoering/)).getAllByRole('gridcell')[0]?.textContent).toBe(nbsp('€ 10.000'));
    expect(within(row(/^Totaal Bedrijfsvoering/)).getAllByRole('gridcell')[0]?.textContent).toBe(nbsp('€ 13.000'));
    // Structural lines are indexed by 2 % a year in the fixture: 2027 = € 10.200.
    expect(within(row(/^Totaal Bedrijfsvoering/)).getAllByRole('gridcell')[1]?.textContent).toBe(nbsp('€ 10.200'));
    expect(within(row(/^Totaal Dienstverlening/)).getAllByRole('gridcell')[0]?.textContent).toBe(nbsp('€ 20.000'));
    expect(within(row(/^Totaal begroting/)).getAllByRole('gridcell')[0]?.textContent).toBe(nbsp('€ 33.000'));
  });

  it('requires a justification before an override is saved', async () => {
    const user = userEvent.setup();
    const handlers = setup();
    await user.click(screen.getByRole('button', { name: 'Aanpassen: Opleiding klantreizen' }));
    const form = screen.getByRole('form', { name: /Regel aanpassen: Opleiding klantreizen/ });
    expect(within(form).getByText(/Model \(Modelgemeente\): € 3\.000,00/)).toBeTruthy();
    const amount = within(form).getByLabelText('Bedrag (€) voor deze gemeente');
    await user.clear(amount);
    await user.type(amount, '4500');
    expect(handlers.onPreview).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'l-training' }),
      expect.objectContaining({ amountCents: 450_000, ownQuantity: true }),
    );

    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(within(form).getByText(/Toelichting is verplicht/)).toBeTruthy();
    expect(handlers.onSave).not.toHaveBeenCalled();

    await user.type(within(form).getByLabelText('Toelichting (verplicht)'), 'Twee extra trainers');
    await user.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(handlers.onSave).toHaveBeenCalledTimes(1);
    expect(handlers.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'l-training' }),
      expect.objectContaining({ amountCents: 450_000, driver: 'fixed', yearOffset: 0 }),
      'Twee extra trainers',
    );
  });

  it('shows the model value beside an override and resets to the model in one click', async () => {
    const user = userEvent.setup();
    const handlers = setup({ fields: { amountCents: 800_000 }, justification: 'Meer deelnemers' });
    const line = row(/^Opleiding klantreizen/);
    expect(line.textContent).toContain('Aangepast');
    expect(line.textContent).toContain(`bedrag: model ${nbsp('€ 3.000,00')}`);
    expect(line.textContent).toContain('Meer deelnemers');
    await user.click(screen.getByRole('button', { name: 'Terug naar model: Opleiding klantreizen' }));
    expect(handlers.onReset).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-training' }));
    // A line without override offers no reset.
    expect(screen.queryByRole('button', { name: 'Terug naar model: Portaal' })).toBeNull();
  });
});
