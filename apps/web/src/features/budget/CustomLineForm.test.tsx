// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { ApiError, api } from '../../api/client.ts';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { GridDevelopment, GridDomain } from './row-model.ts';
import { CustomLineForm } from './CustomLineForm.tsx';

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

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
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
    vi.spyOn(api, 'post').mockRejectedValueOnce(
      new ApiError(400, { error: { code: 'VALIDATION_ERROR', message: 'Ongeldige invoer', fields: [{ path: 'body.justification', message: 'toelichting is te lang (maximaal 2000 tekens)' }] } } as never),
    );
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
