import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AllocationResponseSchema,
  CollaborationDetailSchema,
  CollaborationListSchema,
  PartnerContributionListSchema,
  type AllocationKeysUpdate,
  type CollaborationCreate,
} from '@app/schemas';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';

const enc = encodeURIComponent;

/** Query-key factory of the samenwerking screens. */
export const collaborationQueries = {
  all: () => ['collaborations'] as const,
  list: () =>
    queryOptions({
      queryKey: ['collaborations', 'list'] as const,
      queryFn: () => api.get('/collaborations', CollaborationListSchema),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['collaborations', 'detail', id] as const,
      queryFn: () => api.get(`/collaborations/${enc(id)}`, CollaborationDetailSchema),
    }),
  partner: () =>
    queryOptions({
      queryKey: ['collaborations', 'partner'] as const,
      queryFn: () => api.get('/partner-contributions', PartnerContributionListSchema),
    }),
  allocation: (id: string, budgetId: string) =>
    queryOptions({
      queryKey: ['collaborations', 'detail', id, 'allocation', budgetId] as const,
      queryFn: () =>
        api.get(`/collaborations/${enc(id)}/budgets/${enc(budgetId)}/allocation`, AllocationResponseSchema),
    }),
};

export function useCreateCollaboration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CollaborationCreate) => api.post('/collaborations', body, CollaborationDetailSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: collaborationQueries.all() });
      await queryClient.invalidateQueries({ queryKey: budgetQueries.all() });
    },
  });
}

/** Saving keys bumps the shared budget's version: refresh the allocation and that budget. */
export function useSaveKeys(id: string, budgetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AllocationKeysUpdate) =>
      api.put(`/collaborations/${enc(id)}/budgets/${enc(budgetId)}/keys`, body, AllocationResponseSchema),
    onSuccess: async (data) => {
      queryClient.setQueryData(collaborationQueries.allocation(id, budgetId).queryKey, data);
      await queryClient.invalidateQueries({ queryKey: budgetQueries.all() });
    },
  });
}

/** Grant (slug) or revoke (null) a member organisation's partner role; the detail shows the result. */
export function usePartnerRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, organisationSlug }: { memberId: string; organisationSlug: string | null }) =>
      organisationSlug === null
        ? api.delete(`/collaborations/${enc(id)}/members/${enc(memberId)}/partner`, CollaborationDetailSchema)
        : api.put(
            `/collaborations/${enc(id)}/members/${enc(memberId)}/partner`,
            { organisationSlug },
            CollaborationDetailSchema,
          ),
    onSuccess: (data) => queryClient.setQueryData(collaborationQueries.detail(id).queryKey, data),
  });
}
