// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';
import type { BudgetDetail } from '../../api/types.ts';
import { BudgetConflictAlert, clearConflict, reportConflict } from './conflict.tsx';
import { writeBudget } from './mutations.ts';

const BUDGET = 'b-1';
const key = budgetQueries.detail(BUDGET).queryKey;
// Only the fields these tests look at; the alert itself never reads the budget.
const budgetAt = (version: number) => ({ id: BUDGET, version }) as unknown as BudgetDetail;

function renderAlert() {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <button type="button">Regel bewerken</button>
      <BudgetConflictAlert budgetId={BUDGET} />
    </QueryClientProvider>,
  );
  return queryClient;
}

afterEach(() => {
  clearConflict(BUDGET);
  cleanup();
});

describe('BudgetConflictAlert', () => {
  it('shows nothing without a conflict; with one, takes focus and offers two buttons in tab order', async () => {
    const user = userEvent.setup();
    renderAlert();
    expect(screen.queryByRole('alert')).toBeNull();
    screen.getByRole('button', { name: 'Regel bewerken' }).focus();

    act(() => reportConflict({ budgetId: BUDGET, current: null, reapply: vi.fn() }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Deze begroting is intussen door iemand anders gewijzigd.');
    expect(document.activeElement).toBe(alert);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('"Nieuwste versie laden" puts the current budget from the 409 in the cache and drops the change', async () => {
    const user = userEvent.setup();
    const queryClient = renderAlert();
    queryClient.setQueryData(key, budgetAt(3));
    const reapply = vi.fn();
    act(() => reportConflict({ budgetId: BUDGET, current: budgetAt(5), reapply }));
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(queryClient.getQueryData(key)?.version).toBe(5);
    expect(reapply).not.toHaveBeenCalled();
  });
});

describe('writeBudget + the alert', () => {
  it('sends the cached version; a stale one parks the change, and reapplying resends it with the newest version', async () => {
    const user = userEvent.setup();
    const queryClient = renderAlert();
    queryClient.setQueryData(key, budgetAt(3));
    const send = vi.fn(async (version: number | undefined) => {
      if (version === 3)
        throw new ApiError(409, { error: { code: 'CONFLICT', message: 'Verouderd', current: budgetAt(4) } });
      return budgetAt((version ?? 0) + 1);
    });

    await act(() => expect(writeBudget(queryClient, BUDGET, send)).rejects.toBeInstanceOf(ApiError));
    expect(send).toHaveBeenLastCalledWith(3);
    expect(screen.getByRole('alert')).toBeTruthy();

    // The 409's `current` is not a valid budget here, so the alert relies on the refetch; simulate it.
    queryClient.setQueryData(key, budgetAt(4));
    await user.click(screen.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(send).toHaveBeenLastCalledWith(4);
    expect(send).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('queues writes to one budget so a second quick edit goes out with the version the first returned', async () => {
    // Its own budget: the version this module remembers per budget must not leak in from the test above.
    const OTHER = 'b-2';
    const otherKey = budgetQueries.detail(OTHER).queryKey;
    const queryClient = new QueryClient();
    queryClient.setQueryData(otherKey, budgetAt(1));
    const versions: (number | undefined)[] = [];
    const send = async (version: number | undefined) => {
      versions.push(version);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return budgetAt((version ?? 0) + 1);
    };
    await Promise.all([writeBudget(queryClient, OTHER, send), writeBudget(queryClient, OTHER, send)]);
    expect(versions).toEqual([1, 2]);
    // A later write after a refetch that is still behind (version 2 in the cache) uses the newer one.
    queryClient.setQueryData(otherKey, budgetAt(2));
    await writeBudget(queryClient, OTHER, send);
    expect(versions).toEqual([1, 2, 3]);
  });
});
