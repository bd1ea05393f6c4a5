// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { GridDevelopment, GridDomain } from './row-model.ts';
import { CustomLineForm } from './CustomLineForm.tsx';

const mutate = vi.fn();
vi.mock('./mutations.ts', () => ({ useAddCustomLine: () => ({ mutate, isPending: false, error: null }) }));

function development(developmentId: string, title: string, enabled: boolean): GridDevelopment {
  return { id: `bd-${developmentId}`, developmentId, title, enabled, startYear: null, ownerUnitId: null, lines: [], total: {} };
}

const domains: GridDomain[] = [
  {
    key: 'dienstverlening',
    name: 'Dienstverlening',
    developments: [development('dev-off', 'Serviceformules', false), development('dev-on', 'Van buiten naar binnen', true)],
    totals: { incidental: {}, structural: {}, capital: {}, investment: {}, total: {} },
  },
];

afterEach(cleanup);

describe('CustomLineForm', () => {
  it('starts on a development that is on, and warns when the chosen one is switched off', async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CustomLineForm budgetId="b-1" domains={domains} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Eigen regel toevoegen' }));
    const select = screen.getByLabelText('Ontwikkeling');
    expect(select).toHaveProperty('value', 'dev-on');
    expect(screen.getByRole('option', { name: 'Dienstverlening — Serviceformules (uitgezet)' })).toBeTruthy();
    expect(screen.queryByText(/staat uit/)).toBeNull();

    await user.selectOptions(select, 'dev-off');
    expect(select.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Deze ontwikkeling staat uit: de regel telt pas mee als u haar aanzet.')).toBeTruthy();
  });
});

describe('CustomLineForm: savings, start year and depreciation term', () => {
  const years = [2027, 2028, 2029, 2030];
  const open = async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CustomLineForm budgetId="b-1" domains={domains} years={years} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Eigen regel toevoegen' }));
    return user;
  };

  it('sends a negative amount (a saving) with the chosen start year as the offset from the development start', async () => {
    mutate.mockClear();
    const user = await open();
    await user.type(screen.getByLabelText('Omschrijving'), 'Besparing licenties');
    await user.selectOptions(screen.getByLabelText('Soort'), 'structural');
    await user.type(screen.getByLabelText('Bedrag (€)'), '-12.500');
    expect(screen.getByLabelText('Startjaar')).toHaveProperty('value', '2027');
    await user.selectOptions(screen.getByLabelText('Startjaar'), '2029');
    await user.type(screen.getByLabelText('Toelichting (verplicht)'), 'Oud contract vervalt');
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0]?.[0]).toMatchObject({ kind: 'structural', amountCents: -1_250_000, yearOffset: 2 });
    expect(mutate.mock.calls[0]?.[0]).not.toHaveProperty('depreciationYears');
  });

  it('an investment gets its own depreciation term, and may not be negative', async () => {
    mutate.mockClear();
    const user = await open();
    expect(screen.queryByLabelText('Afschrijvingstermijn (jaren)')).toBeNull();
    await user.type(screen.getByLabelText('Omschrijving'), 'Eigen servers');
    await user.selectOptions(screen.getByLabelText('Soort'), 'investment');
    await user.type(screen.getByLabelText('Bedrag (€)'), '-40000');
    await user.type(screen.getByLabelText('Afschrijvingstermijn (jaren)'), '60');
    await user.type(screen.getByLabelText('Toelichting (verplicht)'), 'Vervanging');
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    expect(mutate).not.toHaveBeenCalled();
    expect(screen.getByText(/Een investering kan niet negatief zijn/)).toBeTruthy();
    expect(screen.getByText(/afschrijvingstermijn in van 1 tot en met 50 jaar/)).toBeTruthy();

    await user.clear(screen.getByLabelText('Bedrag (€)'));
    await user.type(screen.getByLabelText('Bedrag (€)'), '40000');
    await user.clear(screen.getByLabelText('Afschrijvingstermijn (jaren)'));
    await user.type(screen.getByLabelText('Afschrijvingstermijn (jaren)'), '4');
    await user.selectOptions(screen.getByLabelText('Startjaar'), '2028');
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    expect(mutate.mock.calls[0]?.[0]).toMatchObject({ kind: 'investment', amountCents: 4_000_000, depreciationYears: 4, yearOffset: 1 });
  });
});
