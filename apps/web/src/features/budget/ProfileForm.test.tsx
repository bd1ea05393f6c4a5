// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, api } from '../../api/client.ts';
import type { BudgetDetail } from '../../api/types.ts';
import { ProfileForm } from './ProfileForm.tsx';

const budget = {
  id: 'b-profile',
  version: 4,
  firstYear: 2027,
  horizonYears: 4,
  profile: { name: 'De Bilt', cbsCode: 'GM0310', inhabitants: 43_673, employees: 437, departments: 17 },
} as unknown as BudgetDetail;

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ProfileForm budget={budget} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ProfileForm', () => {
  it('checks the API limits in the form, shows a server rejection at its field in Dutch, and saves with the version', async () => {
    const user = userEvent.setup();
    const patch = vi.spyOn(api, 'patch');
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Profiel en jaren wijzigen' }));
    const form = screen.getByRole('form', { name: 'Profiel en jaren wijzigen' });
    const horizon = within(form).getByLabelText('Aantal begrotingsjaren') as HTMLInputElement;
    expect(horizon.value).toBe('4');
    await user.clear(horizon);
    await user.type(horizon, '11');
    await user.click(within(form).getByRole('button', { name: 'Opslaan en herberekenen' }));
    expect(horizon.getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain('Aantal begrotingsjaren: vul een heel getal van 1 tot en met 10 in.');
    expect(patch).not.toHaveBeenCalled();

    await user.clear(horizon);
    await user.type(horizon, '5');
    const employees = within(form).getByLabelText('Medewerkers (personeel van de gemeente)') as HTMLInputElement;
    await user.clear(employees);
    await user.type(employees, '500');
    patch.mockRejectedValueOnce(
      new ApiError(400, {
        error: {
          code: 'VALIDATION_ERROR',
          message: 'Ongeldige invoer',
          fields: [{ path: 'body.profile.employees', message: 'medewerkers is te groot' }],
        },
      } as never),
    );
    await user.click(within(form).getByRole('button', { name: 'Opslaan en herberekenen' }));
    await waitFor(() => expect(employees.getAttribute('aria-invalid')).toBe('true'));
    const described = employees
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain('medewerkers is te groot');
    expect(form.textContent).not.toContain('body.');
    // The input is kept.
    expect(employees.value).toBe('500');
    expect(patch).toHaveBeenCalledWith(
      '/budgets/b-profile',
      {
        profile: { inhabitants: 43_673, employees: 500, departments: 17 },
        firstYear: 2027,
        horizonYears: 5,
        version: 4,
      },
      expect.anything(),
    );

    patch.mockResolvedValueOnce({ ...budget, version: 5 } as never);
    await user.click(within(form).getByRole('button', { name: 'Opslaan en herberekenen' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Alle bedragen zijn opnieuw berekend'),
    );
    expect(screen.queryByRole('form', { name: 'Profiel en jaren wijzigen' })).toBeNull();
  });
});
