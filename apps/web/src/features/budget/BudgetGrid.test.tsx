// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { calculate, type LineInput } from '@app/engine';
import { makeDevelopment, makeInput, makeLine } from '@app/engine/testing';
import type { BudgetDetail, BudgetLine } from '../../api/types.ts';
import { BudgetGrid, type BudgetGridProps } from './BudgetGrid.tsx';
import { buildGridModel } from './row-model.ts';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

function budgetLine(
  effective: LineInput,
  override?: { fields: Partial<LineInput>; justification: string },
): BudgetLine {
  return {
    id: effective.id,
    catalogLineId: `cat-${effective.id}`,
    developmentId: effective.developmentId,
    custom: false,
    model: effective,
    effective: { ...effective, ...override?.fields },
    overriddenFields: Object.keys(override?.fields ?? {}) as BudgetLine['overriddenFields'],
    justification: override?.justification ?? null,
  };
}

function setup(override?: { fields: Partial<LineInput>; justification: string }) {
  const training = makeLine({
    id: 'l-training',
    description: 'Opleiding klantreizen',
    amountCents: 300_000,
    developmentId: 'dev-1',
  });
  const licence = makeLine({
    id: 'l-saas',
    description: 'Zaaksysteem SaaS',
    kind: 'structural',
    amountCents: 1_000_000,
    developmentId: 'dev-1',
  });
  const portal = makeLine({ id: 'l-portal', description: 'Portaal', amountCents: 2_000_000, developmentId: 'dev-2' });
  const lines = [training, licence, portal];
  const budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> = {
    includeExamples: true,
    developments: [
      {
        id: 'bd-1',
        developmentId: 'dev-1',
        domainKey: 'bedrijfsvoering',
        title: 'Zaakgericht werken',
        enabled: true,
        startYear: null,
        ownerUnitId: null,
        priority: null,
        note: null,
      },
      {
        id: 'bd-2',
        developmentId: 'dev-2',
        domainKey: 'dienstverlening',
        title: 'Digitaal loket',
        enabled: true,
        startYear: null,
        ownerUnitId: null,
        priority: null,
        note: null,
      },
    ],
    lines: lines.map((l) => budgetLine(l, l.id === 'l-training' ? override : undefined)),
  };
  const input = makeInput({
    developments: [
      makeDevelopment({ id: 'dev-1', domainKey: 'bedrijfsvoering' }),
      makeDevelopment({ id: 'dev-2', domainKey: 'dienstverlening', title: 'Digitaal loket' }),
    ],
    lines: budget.lines.map((l) => l.effective),
  });
  const model = buildGridModel(budget, input, calculate(input), {
    bedrijfsvoering: 'Bedrijfsvoering',
    dienstverlening: 'Dienstverlening',
  });
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
