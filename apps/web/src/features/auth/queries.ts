import { queryOptions } from '@tanstack/react-query';
import { UserListSchema } from '@app/schemas';
import { api } from '../../api/client.ts';

/** The users of the signed-in organisation (Beheer → Gebruikers). */
export const userQueries = {
  list: () => queryOptions({ queryKey: ['users'] as const, queryFn: () => api.get('/users', UserListSchema) }),
};
