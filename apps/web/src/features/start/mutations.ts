import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BudgetArchiveResultSchema, BudgetDetailSchema } from '@app/schemas';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';

const enc = encodeURIComponent;

/** A new budget: the list is stale, and the new budget's detail is known already (no refetch on opening it). */
export function useCreateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post('/budgets', body, BudgetDetailSchema),
    onSuccess: (budget) => {
      void queryClient.invalidateQueries({ queryKey: budgetQueries.list().queryKey });
      queryClient.setQueryData(budgetQueries.detail(budget.id).queryKey, budget);
    },
  });
}

/** Deleting or archiving changes families, lists and the budget itself: refresh the whole budget subtree. */
export function useDeleteBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/budgets/${enc(id)}`),
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: budgetQueries.detail(id).queryKey });
      await queryClient.invalidateQueries({ queryKey: budgetQueries.all() });
    },
  });
}

export function useArchiveBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api.post(`/budgets/${enc(id)}/${archived ? 'archive' : 'unarchive'}`, {}, BudgetArchiveResultSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetQueries.all() }),
  });
}
