import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LineInput } from '@app/engine';
import { BudgetDetailSchema, BudgetLineWriteResultSchema } from '@app/schemas';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';
import type { BudgetDetail, BudgetLineWriteResult } from '../../api/types.ts';
import { isVersionConflict, parseCurrent, reportConflict } from './conflict.tsx';
import { patchDetail } from './patch-detail.ts';

/** One budget write, given the version to send (undefined only when the budget is not loaded). */
type Send<R extends { version: number }> = (version: number | undefined) => Promise<R>;

// Writes to one budget go out one after another, each with the version the previous one returned:
// two quick edits in this tab must not conflict with each other, only with another tab's edits.
const queues = new Map<string, Promise<unknown>>();
// The version our own last write produced. Kept beside the cache rather than written into it: screens
// remount on a new version (the assumptions form is keyed by it), which must not happen before the
// mutation's own callbacks have run. Versions only grow, so the higher of this and the cache's is current.
const lastWritten = new Map<string, number>();

function versionToSend(queryClient: QueryClient, budgetId: string): number | undefined {
  const cached = queryClient.getQueryData(detailKey(budgetId))?.version;
  const written = lastWritten.get(budgetId);
  if (cached === undefined) return written;
  return written === undefined ? cached : Math.max(cached, written);
}

const detailKey = (budgetId: string) => budgetQueries.detail(budgetId).queryKey;

/**
 * Sends a write with the budget's current version (the next queued write uses the version this one
 * returned). A stale version parks the change in conflict.tsx, whose alert lets the user reload or
 * reapply it — the error is still thrown so the screen drops its preview.
 */
export function writeBudget<R extends { version: number }>(
  queryClient: QueryClient,
  budgetId: string,
  send: Send<R>,
): Promise<R> {
  const previous = queues.get(budgetId) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      try {
        const detail = await send(versionToSend(queryClient, budgetId));
        lastWritten.set(budgetId, Math.max(detail.version, lastWritten.get(budgetId) ?? 0));
        return detail;
      } catch (error) {
        if (isVersionConflict(error)) {
          reportConflict({
            budgetId,
            current: parseCurrent(error.current),
            reapply: async () => {
              await writeBudget(queryClient, budgetId, send);
              await queryClient.invalidateQueries({ queryKey: detailKey(budgetId) });
            },
          });
        }
        throw error;
      }
    });
  queues.set(budgetId, run);
  return run;
}

/**
 * Budget mutations. Each one invalidates the narrowest key that holds what it changed (the budget's
 * detail, which also covers its calculation) and waits for the refetch, so the instant preview is
 * only dropped once fresh server data is there.
 */
function useBudgetMutation<V>(
  budgetId: string,
  request: (vars: V, version: number | undefined) => Promise<BudgetDetail>,
  alsoList = false,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => writeBudget(queryClient, budgetId, (version) => request(vars, version)),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: detailKey(budgetId) });
      if (alsoList)
        await queryClient.invalidateQueries({ queryKey: budgetQueries.list().queryKey, refetchType: 'none' });
    },
  });
}

/**
 * A line write (override, reset) asks for the short answer — the changed line, totals and
 * version instead of the whole detail (ADR 0028) — and patches the cached detail with it; only
 * what hangs below the detail (history, comments) is refetched. When the cache cannot be patched
 * exactly (another write landed in between) the detail is refetched as for any other write.
 */
function useLineWrite<V>(
  budgetId: string,
  request: (vars: V, version: number | undefined) => Promise<BudgetLineWriteResult>,
) {
  const queryClient = useQueryClient();
  const key = detailKey(budgetId);
  return useMutation({
    mutationFn: (vars: V) => writeBudget(queryClient, budgetId, (version) => request(vars, version)),
    onSuccess: async (result) => {
      const cached = queryClient.getQueryData(key);
      const next = cached ? patchDetail(cached, result) : null;
      if (!next) return queryClient.invalidateQueries({ queryKey: key });
      queryClient.setQueryData(key, next);
      await queryClient.invalidateQueries({ queryKey: key, predicate: (query) => query.queryKey.length > key.length });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

const base = (budgetId: string) => `/budgets/${encodeURIComponent(budgetId)}`;
const withVersion = (path: string, version: number | undefined) =>
  version === undefined ? path : `${path}?version=${version}`;
// Bodies and query strings carry the version only when it is known; the API then checks it.
const versioned = <B extends object>(body: B, version: number | undefined) =>
  version === undefined ? body : { ...body, version };
const Detail = BudgetDetailSchema as { parse(data: unknown): BudgetDetail };
const LineWrite = BudgetLineWriteResultSchema as { parse(data: unknown): BudgetLineWriteResult };
const MINIMAL = { prefer: 'return=minimal' };

export function useOverrideLine(budgetId: string) {
  return useLineWrite(
    budgetId,
    (
      { lineId, fields, justification }: { lineId: string; fields: Partial<LineInput>; justification: string },
      version,
    ) =>
      api.put(
        `${base(budgetId)}/lines/${encodeURIComponent(lineId)}/override`,
        versioned({ fields, justification }, version),
        LineWrite,
        MINIMAL,
      ),
  );
}

export function useResetLine(budgetId: string) {
  return useLineWrite(budgetId, ({ lineId }: { lineId: string }, version) =>
    api.delete(
      withVersion(`${base(budgetId)}/lines/${encodeURIComponent(lineId)}/override`, version),
      LineWrite,
      MINIMAL,
    ),
  );
}

export interface DevelopmentPatch {
  enabled?: boolean;
  startYear?: number | null;
  ownerUnitId?: string | null;
}

export function usePatchDevelopment(budgetId: string) {
  return useBudgetMutation(budgetId, ({ id, patch }: { id: string; patch: DevelopmentPatch }, version) =>
    api.patch(`${base(budgetId)}/developments/${encodeURIComponent(id)}`, versioned(patch, version), Detail),
  );
}

export function useAddCustomLine(budgetId: string) {
  return useBudgetMutation(budgetId, (body: Record<string, unknown>, version) =>
    api.post(`${base(budgetId)}/lines`, versioned(body, version), Detail),
  );
}

export function useDeleteLine(budgetId: string) {
  return useBudgetMutation(budgetId, ({ lineId }: { lineId: string }, version) =>
    api.delete(withVersion(`${base(budgetId)}/lines/${encodeURIComponent(lineId)}`, version), Detail),
  );
}

/** "Bijdrage samenwerking": a link to a collaboration the organisation is partner in (ADR 0023). */
export function useAddContribution(budgetId: string) {
  return useBudgetMutation(budgetId, (body: { collaborationId: string }, version) =>
    api.post(`${base(budgetId)}/contributions`, versioned(body, version), Detail),
  );
}

export function useRemoveContribution(budgetId: string) {
  return useBudgetMutation(budgetId, ({ contributionId }: { contributionId: string }, version) =>
    api.delete(withVersion(`${base(budgetId)}/contributions/${encodeURIComponent(contributionId)}`, version), Detail),
  );
}

/** The caller's `version` is only a fallback: a reapplied change must go out with the newest one. */
export function usePatchBudget(budgetId: string) {
  return useBudgetMutation(
    budgetId,
    (body: Record<string, unknown> & { version: number }, version) =>
      api.patch(base(budgetId), { ...body, version: version ?? body.version }, Detail),
    true,
  );
}
