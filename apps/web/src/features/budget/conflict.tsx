import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { BudgetDetailSchema } from '@app/schemas';
import { ApiError, errorMessage } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';
import type { BudgetDetail } from '../../api/types.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * Optimistic concurrency in the web app, in one place: every budget write carries the version the
 * client last saw (mutations.ts); a stale one comes back as 409 with the budget as it is now. The
 * change that failed is parked here and one alert in the budget layout lets the user either drop it
 * and look at the newest version, or apply it again on top of that version.
 */

export interface BudgetConflict {
  budgetId: string;
  /** The budget as the server has it now (from the 409 body), when it was valid. */
  current: BudgetDetail | null;
  /** Sends the same change again; it reads the (by then adopted) newest version itself. */
  reapply: () => Promise<unknown>;
}

const conflicts = new Map<string, BudgetConflict>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** A 409 about a stale version (it carries `current`), not one about status (adopted, submitted). */
export function isVersionConflict(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.code === 'CONFLICT' &&
    error.current !== undefined &&
    error.current !== null
  );
}

export function reportConflict(conflict: BudgetConflict): void {
  conflicts.set(conflict.budgetId, conflict);
  notify();
}

export function clearConflict(budgetId: string): void {
  if (conflicts.delete(budgetId)) notify();
}

export function parseCurrent(current: unknown): BudgetDetail | null {
  const parsed = BudgetDetailSchema.safeParse(current);
  return parsed.success ? (parsed.data as BudgetDetail) : null;
}

function useBudgetConflict(budgetId: string): BudgetConflict | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => conflicts.get(budgetId) ?? null,
  );
}

/** Puts the server's current budget in the cache (no extra round trip), then refetches it and its calculation. */
async function adoptCurrent(queryClient: QueryClient, budgetId: string, current: BudgetDetail | null): Promise<void> {
  const key = budgetQueries.detail(budgetId).queryKey;
  if (current) queryClient.setQueryData(key, current);
  await queryClient.invalidateQueries({ queryKey: key });
}

/** The one conflict alert of a budget; rendered by the budget layout so every budget screen has it. */
export function BudgetConflictAlert({ budgetId }: { budgetId: string }) {
  const conflict = useBudgetConflict(budgetId);
  const queryClient = useQueryClient();
  const alertRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // Keyboard and screen-reader users land on the alert; when it is resolved they go back to where they were.
  useEffect(() => {
    if (!conflict) return;
    if (document.activeElement instanceof HTMLElement && !alertRef.current?.contains(document.activeElement))
      returnTo.current = document.activeElement;
    alertRef.current?.focus();
  }, [conflict]);

  if (!conflict) return null;

  const resolve = async (reapply: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      await adoptCurrent(queryClient, budgetId, conflict.current);
      clearConflict(budgetId);
      if (reapply) await conflict.reapply();
    } catch (error) {
      // A second conflict parks itself again (and shows this alert anew); anything else is shown here.
      if (!isVersionConflict(error)) {
        // Keep the change parked; its `current` is outdated by now, the cache already has newer data.
        reportConflict({ ...conflict, current: null });
        setFailure(errorMessage(error));
      }
    } finally {
      setBusy(false);
      const target = returnTo.current;
      if (target?.isConnected) requestAnimationFrame(() => target.focus());
    }
  };

  return (
    <div
      ref={alertRef}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--warning"
      role="alert"
      aria-labelledby="budget-conflict-title"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message app-stack">
          <p id="budget-conflict-title" className="utrecht-paragraph">
            <strong>Deze begroting is intussen door iemand anders gewijzigd.</strong> Uw laatste wijziging is nog niet
            opgeslagen. Laad de nieuwste versie (uw wijziging vervalt) of pas uw wijziging opnieuw toe op de nieuwste
            versie.
          </p>
          {failure ? <p className="utrecht-paragraph">Opnieuw toepassen is mislukt: {failure}</p> : null}
          <div className="app-row">
            <Button disabled={busy} onClick={() => void resolve(false)}>
              Nieuwste versie laden
            </Button>
            <Button appearance="primary" disabled={busy} busy={busy} onClick={() => void resolve(true)}>
              Mijn wijziging opnieuw toepassen
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}
