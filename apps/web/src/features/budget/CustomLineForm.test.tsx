// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
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
