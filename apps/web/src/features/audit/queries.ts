import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AuditEntryListSchema,
  BudgetCommentListSchema,
  BudgetCommentSchema,
  BudgetVersionInfoSchema,
  NewVersionResultSchema,
  WorkflowStepResultSchema,
} from '@app/schemas';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';

const enc = encodeURIComponent;

export const historyQueries = {
  audit: (budgetId: string, lineId?: string) =>
    queryOptions({
      queryKey: ['budgets', 'detail', budgetId, 'audit', lineId ?? null] as const,
      queryFn: () =>
        api.get(`/budgets/${enc(budgetId)}/audit${lineId ? `?lineId=${enc(lineId)}` : ''}`, AuditEntryListSchema),
    }),
  comments: (budgetId: string) =>
    queryOptions({
      queryKey: ['budgets', 'detail', budgetId, 'comments'] as const,
      queryFn: () => api.get(`/budgets/${enc(budgetId)}/comments`, BudgetCommentListSchema),
    }),
  versions: (budgetId: string) =>
    queryOptions({
      queryKey: ['budgets', 'detail', budgetId, 'versions'] as const,
      queryFn: () => api.get(`/budgets/${enc(budgetId)}/versions`, BudgetVersionInfoSchema),
    }),
};

export type WorkflowStep = 'submit' | 'adopt' | 'send-back';

/** A workflow step changes status, version, comments and history: refresh the whole budget subtree and the list. */
export function useWorkflowStep(budgetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, comment }: { step: WorkflowStep; comment?: string }) =>
      api.post(`/budgets/${enc(budgetId)}/${step}`, comment ? { comment } : {}, WorkflowStepResultSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetQueries.all() }),
  });
}

export function useAddComment(budgetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post(`/budgets/${enc(budgetId)}/comments`, { body }, BudgetCommentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyQueries.comments(budgetId).queryKey }),
  });
}

export function useNewVersion(budgetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(`/budgets/${enc(budgetId)}/new-version`, {}, NewVersionResultSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: budgetQueries.all() }),
  });
}
