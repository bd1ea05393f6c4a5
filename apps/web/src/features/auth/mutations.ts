import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserSchema, type User, type UserRole } from '@app/schemas';
import { api } from '../../api/client.ts';
import { userQueries } from './queries.ts';

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userQueries.list().queryKey });
}

/** A role change or (de)activation of one user. */
export function useUpdateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'disabled'>> }) =>
      api.patch(`/users/${encodeURIComponent(id)}`, patch, UserSchema),
    onSuccess: refresh,
  });
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: { email: string; displayName: string; role: UserRole; password: string }) =>
      api.post('/users', body, UserSchema),
    onSuccess: refresh,
  });
}
