import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LineInput } from '@app/engine';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';

/**
 * Budget mutations. Each one invalidates the narrowest key that holds what it changed (the budget's
 * detail, which also covers its calculation) and waits for the refetch, so the instant preview is
 * only dropped once fresh server data is there.
 */
function useBudgetMutation<V>(budgetId: string, run: (vars: V) => Promise<unknown>, alsoList = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: budgetQueries.detail(budgetId).queryKey });
      if (alsoList) await queryClient.invalidateQueries({ queryKey: budgetQueries.list().queryKey, refetchType: 'none' });
    },
  });
}

const base = (budgetId: string) => `/budgets/${encodeURIComponent(budgetId)}`;

export function useOverrideLine(budgetId: string) {
  return useBudgetMutation(budgetId, ({ lineId, fields, justification }: { lineId: string; fields: Partial<LineInput>; justification: string }) =>
    api.put(`${base(budgetId)}/lines/${encodeURIComponent(lineId)}/override`, { fields, justification }),
  );
}

export function useResetLine(budgetId: string) {
  return useBudgetMutation(budgetId, ({ lineId }: { lineId: string }) => api.delete(`${base(budgetId)}/lines/${encodeURIComponent(lineId)}/override`));
}

export interface DevelopmentPatch {
  enabled?: boolean;
  startYear?: number | null;
  ownerUnitId?: string | null;
}

export function usePatchDevelopment(budgetId: string) {
  return useBudgetMutation(budgetId, ({ id, patch }: { id: string; patch: DevelopmentPatch }) =>
    api.patch(`${base(budgetId)}/developments/${encodeURIComponent(id)}`, patch),
  );
}

export function useAddCustomLine(budgetId: string) {
  return useBudgetMutation(budgetId, (body: Record<string, unknown>) => api.post(`${base(budgetId)}/lines`, body));
}

export function useDeleteLine(budgetId: string) {
  return useBudgetMutation(budgetId, ({ lineId }: { lineId: string }) => api.delete(`${base(budgetId)}/lines/${encodeURIComponent(lineId)}`));
}

export function usePatchBudget(budgetId: string) {
  return useBudgetMutation(budgetId, (body: Record<string, unknown> & { version: number }) => api.patch(base(budgetId), body), true);
}
