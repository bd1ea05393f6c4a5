import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CatalogEdition } from '@app/schemas';
import { api } from '../../api/client.ts';
import { referenceQueries } from '../../api/queries.ts';
import { refreshCatalog } from '../reference-admin/queries.ts';

/**
 * Catalog-edition writes (platform administrator). Each one refreshes every cached view of the
 * catalog (refreshCatalog) and waits for it, so a closed form shows the new state at once.
 */
const editions = (editionId: string) => `/catalog/editions/${encodeURIComponent(editionId)}`;

function useCatalogMutation<V, R>(request: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => refreshCatalog(queryClient) });
}

/** A draft copy of a published edition. */
export function useCreateDraft(editionId: string) {
  return useCatalogMutation((body: { name: string }) =>
    api.post<CatalogEdition>(`${editions(editionId)}/drafts`, body),
  );
}

/** Withdraws a published edition; the API refuses the last published one. */
export function useRetireEdition(editionId: string) {
  return useCatalogMutation(() => api.post<CatalogEdition>(`${editions(editionId)}/retire`, {}));
}

/**
 * Publishing also changes what the reference data (current edition) says. `onPublished` runs here
 * rather than per call: the refreshed list shows the edition as published, which unmounts the editor.
 */
export function usePublishEdition(editionId: string, onPublished: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post(`${editions(editionId)}/publish`, {}),
    onSuccess: async () => {
      await refreshCatalog(queryClient);
      await queryClient.invalidateQueries({ queryKey: referenceQueries.all().queryKey });
      onPublished();
    },
  });
}

export function useAddDevelopment(editionId: string) {
  return useCatalogMutation((body: object) => api.post(`${editions(editionId)}/developments`, body));
}

export function useUpdateDevelopment(editionId: string, developmentId: string) {
  return useCatalogMutation((body: object) =>
    api.patch(`${editions(editionId)}/developments/${encodeURIComponent(developmentId)}`, body),
  );
}

export function useRetireDevelopment(editionId: string, developmentId: string) {
  return useCatalogMutation(() =>
    api.post(`${editions(editionId)}/developments/${encodeURIComponent(developmentId)}/retire`, {}),
  );
}

/** Adds a line to a development (`lineId` absent) or changes one. */
export function useSaveLine(editionId: string, lineId?: string) {
  return useCatalogMutation((body: object) =>
    lineId
      ? api.patch(`${editions(editionId)}/lines/${encodeURIComponent(lineId)}`, body)
      : api.post(`${editions(editionId)}/lines`, body),
  );
}

export function useRetireLine(editionId: string) {
  return useCatalogMutation((lineId: string) =>
    api.post(`${editions(editionId)}/lines/${encodeURIComponent(lineId)}/retire`, {}),
  );
}

export function useRestoreLine(editionId: string) {
  return useCatalogMutation((lineId: string) =>
    api.patch(`${editions(editionId)}/lines/${encodeURIComponent(lineId)}`, { retired: false }),
  );
}
