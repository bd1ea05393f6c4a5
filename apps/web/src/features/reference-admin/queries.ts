import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ReferenceAdminSchema, SharedReferenceChangeListSchema } from '@app/schemas';
import { api } from '../../api/client.ts';
import { MODEL_BUDGET_KEY, catalogQueries, referenceQueries } from '../../api/queries.ts';
import { CATALOG_ADMIN_KEY } from '../catalog-admin/queries.ts';

const REFERENCE_ADMIN_KEY = ['reference-admin'] as const;
export const referenceAdminQuery = () =>
  queryOptions({
    queryKey: REFERENCE_ADMIN_KEY,
    queryFn: () => api.get('/reference-data/admin', ReferenceAdminSchema),
  });

const SHARED_CHANGES_KEY = [...REFERENCE_ADMIN_KEY, 'history'] as const;
export const sharedChangesQuery = () =>
  queryOptions({
    queryKey: SHARED_CHANGES_KEY,
    queryFn: () => api.get('/reference-data/history', SharedReferenceChangeListSchema),
  });

/**
 * After an administrator's change: every cached view of reference data and the catalog is stale,
 * and so is the Modelgemeente's budget (start page), which is computed from both.
 */
export async function refreshReferenceData(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: REFERENCE_ADMIN_KEY }),
    queryClient.invalidateQueries({ queryKey: referenceQueries.all().queryKey }),
    queryClient.invalidateQueries({ queryKey: MODEL_BUDGET_KEY }),
  ]);
}

export async function refreshCatalog(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: CATALOG_ADMIN_KEY }),
    queryClient.invalidateQueries({ queryKey: catalogQueries.all() }),
    queryClient.invalidateQueries({ queryKey: SHARED_CHANGES_KEY }),
    queryClient.invalidateQueries({ queryKey: MODEL_BUDGET_KEY }),
  ]);
}
