import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { orgUnitQueries } from '../../api/queries.ts';
import type { OrgUnit } from '../../api/types.ts';

function useRefreshOrgUnits() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: orgUnitQueries.list().queryKey });
}

export function useAddOrgUnit() {
  const refresh = useRefreshOrgUnits();
  return useMutation({ mutationFn: (name: string) => api.post('/org-units', { name }), onSuccess: refresh });
}

export function useRenameOrgUnit() {
  const refresh = useRefreshOrgUnits();
  return useMutation({
    mutationFn: (u: Pick<OrgUnit, 'id' | 'name'>) =>
      api.patch(`/org-units/${encodeURIComponent(u.id)}`, { name: u.name }),
    onSuccess: refresh,
  });
}

export function useRemoveOrgUnit() {
  const refresh = useRefreshOrgUnits();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/org-units/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}
