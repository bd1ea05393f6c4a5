import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BudgetDetailSchema } from '@app/schemas';
import { api } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';

const enc = encodeURIComponent;

/** Scenario writes change the family, the list and the compared totals: each refreshes the whole budget subtree. */
function useScenarioMutation<V, R>(request: (vars: V) => Promise<R>, after?: (vars: V) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (_data, vars) => {
      await queryClient.invalidateQueries({ queryKey: budgetQueries.all() });
      after?.(vars);
    },
  });
}

/** A copy of the budget as a new scenario of its base. */
export function useDuplicateScenario(budgetId: string) {
  return useScenarioMutation((scenarioName: string) =>
    api.post(`/budgets/${enc(budgetId)}/scenarios`, { scenarioName }, BudgetDetailSchema),
  );
}

export function useRenameScenario() {
  return useScenarioMutation(({ id, scenarioName, version }: { id: string; scenarioName: string; version: number }) =>
    api.patch(`/budgets/${enc(id)}`, { scenarioName, version }),
  );
}

/**
 * Makes a scenario the base. The caller words the notice when it asks (the family as it is then:
 * which budget was the base); `onPromoted` runs after the refresh even if that replaced the screen.
 */
export function usePromoteScenario(onPromoted: (vars: { id: string; notice: string }) => void) {
  return useScenarioMutation(
    ({ id }: { id: string; notice: string }) => api.post(`/budgets/${enc(id)}/promote`, {}),
    onPromoted,
  );
}
