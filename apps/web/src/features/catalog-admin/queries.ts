import { queryOptions } from '@tanstack/react-query';
import { EditableEditionSchema } from '@app/schemas';
import { api } from '../../api/client.ts';

/** Prefix of every catalog-admin key (the editable trees of draft editions). */
export const CATALOG_ADMIN_KEY = ['catalog-admin'] as const;

export const catalogAdminQueries = {
  /** A draft edition with everything an administrator edits, retired developments and lines included. */
  edition: (editionId: string) =>
    queryOptions({
      queryKey: [...CATALOG_ADMIN_KEY, editionId] as const,
      queryFn: () => api.get(`/catalog/editions/${encodeURIComponent(editionId)}/editing`, EditableEditionSchema),
    }),
};
