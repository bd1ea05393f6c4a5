// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../api/client.ts';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { GridDevelopment, GridDomain } from './row-model.ts';
import { CustomLineForm } from './CustomLineForm.tsx';

// The mutation hook is replaced; a test sets `hook.error` (from `mutate`) to play a server rejection.
const { mutate, hook } = vi.hoisted(() => {
  const mutate = vi.fn();
  return { mutate, hook: { mutate, isPending: false, error: null as unknown } };
});
vi.mock('./mutations.ts', () => ({ useAddCustomLine: () => hook }));

function development(developmentId: string, title: string, enabled: boolean): GridDevelopment {
  return {
    id: `bd-${developmentId}`,
    developmentId,
    title,
    enabled,
    startYear: null,
    ownerUnitId: null,
    lines: [],
    total: {},
  };
}

const domains: GridDomain[] = [
  {
    key: 'dienstverlening',
    name: 'Dienstverlening',
    developments: [
      development('dev-off', 'Serviceformules', false),
      development('dev-on', 'Van buiten naar binnen', true),
    ],
    totals: { incidental: {}, structural: {}, capital: {}, investment: {}, total: {} },
  },
];

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  hook.error = null;
});

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

  it('keeps the input on a server rejection and shows the message at the field, in Dutch', async () => {
    const user = userEvent.setup();
    mutate.mockImplementationOnce(() => {
      hook.error = new ApiError(400, {
        error: {
          code: 'VALIDATION_ERROR',
          message: 'Ongeldige invoer',
          fields: [{ path: 'body.justification', message: 'toelichting is te lang (maximaal 2000 tekens)' }],
        },
      } as never);
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <CustomLineForm budgetId="b-1" domains={domains} />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Eigen regel toevoegen' }));
    await user.type(screen.getByLabelText('Omschrijving'), 'Extra scanner');
    await user.type(screen.getByLabelText('Bedrag (€)'), '1200');
    const justification = screen.getByLabelText('Toelichting (verplicht)') as HTMLInputElement;
    expect(justification.getAttribute('maxlength')).toBe('2000');
    await user.type(justification, 'Nodig voor de balie');
    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    await waitFor(() => expect(justification.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('toelichting is te lang (maximaal 2000 tekens)')).toBeTruthy();
    expect(document.body.textContent).not.toContain('body.');
    expect((screen.getByLabelText('Omschrijving') as HTMLInputElement).value).toBe('Extra scanner');
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
    expect(mutate.mock.calls[0]?.[0]).toMatchObject({
      kind: 'investment',
      amountCents: 4_000_000,
      depreciationYears: 4,
      yearOffset: 1,
    });
  });
});
