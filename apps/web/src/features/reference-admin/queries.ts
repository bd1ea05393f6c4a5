import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { EditableEditionSchema, ReferenceAdminSchema, SharedReferenceChangeListSchema } from '@app/schemas';
import { api } from '../../api/client.ts';
import { MODEL_BUDGET_KEY } from '../../api/queries.ts';

export const referenceAdminQuery = () => queryOptions({ queryKey: ['reference-admin'] as const, queryFn: () => api.get('/reference-data/admin', ReferenceAdminSchema) });

const SHARED_CHANGES_KEY = ['reference-admin', 'history'] as const;
export const sharedChangesQuery = () => queryOptions({ queryKey: SHARED_CHANGES_KEY, queryFn: () => api.get('/reference-data/history', SharedReferenceChangeListSchema) });

export const editableEditionQuery = (editionId: string) =>
  queryOptions({ queryKey: ['catalog-admin', editionId] as const, queryFn: () => api.get(`/catalog/editions/${encodeURIComponent(editionId)}/editing`, EditableEditionSchema) });

/**
 * After an administrator's change: every cached view of reference data and the catalog is stale,
 * and so is the Modelgemeente's budget (start page), which is computed from both.
 */
export async function refreshReferenceData(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['reference-admin'] }),
    queryClient.invalidateQueries({ queryKey: ['reference-data'] }),
    queryClient.invalidateQueries({ queryKey: MODEL_BUDGET_KEY }),
  ]);
}

export async function refreshCatalog(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['catalog-admin'] }),
    queryClient.invalidateQueries({ queryKey: ['catalog'] }),
    queryClient.invalidateQueries({ queryKey: SHARED_CHANGES_KEY }),
    queryClient.invalidateQueries({ queryKey: MODEL_BUDGET_KEY }),
  ]);
}
