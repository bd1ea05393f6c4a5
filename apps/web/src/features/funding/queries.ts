import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { FundingOverviewSchema, type FundingCreate, type FundingOverview, type FundingPatch } from '@app/schemas';
import { api } from '../../api/client.ts';

/** Query keys of dekking: under the budget's detail key, so a budget change refreshes them too. */
export const fundingQueries = {
  overview: (budgetId: string) =>
    queryOptions({
      queryKey: ['budgets', 'detail', budgetId, 'funding'] as const,
      queryFn: () => api.get(`/budgets/${encodeURIComponent(budgetId)}/funding`, FundingOverviewSchema),
    }),
};

/** Add, change and remove a funding; each answers the new overview, which replaces the cached one. */
export function useFundingMutations(budgetId: string) {
  const queryClient = useQueryClient();
  const base = `/budgets/${encodeURIComponent(budgetId)}/funding`;
  const settle = async (overview: FundingOverview) => {
    queryClient.setQueryData(fundingQueries.overview(budgetId).queryKey, overview);
    // The budget's version moved: refresh its detail (not the funding key just set).
    await queryClient.invalidateQueries({ queryKey: ['budgets', 'detail', budgetId], exact: true });
    await queryClient.invalidateQueries({ queryKey: ['budgets', 'list'] });
  };
  return {
    add: useMutation({
      mutationFn: (body: FundingCreate) => api.post(base, body, FundingOverviewSchema),
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: FundingPatch }) =>
        api.patch(`${base}/${encodeURIComponent(id)}`, patch, FundingOverviewSchema),
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        api.delete(`${base}/${encodeURIComponent(id)}?version=${version}`, FundingOverviewSchema),
      onSuccess: settle,
    }),
  };
}
