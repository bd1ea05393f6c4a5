import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type SessionInfo } from '@app/schemas';
import { api, ApiError, setCsrfToken } from './client.ts';

/** The signed-in user, or null when there is no session (401). */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: async (): Promise<SessionInfo | null> => {
    try {
      const info = await api.get('/auth/me', SessionInfoSchema);
      setCsrfToken(info.csrfToken);
      return info;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

/** A wrong password answers 401 too; session expiry must not treat it as an ended session. */
export const SIGN_IN_MUTATION_KEY = ['session', 'sign-in'] as const;

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: SIGN_IN_MUTATION_KEY,
    mutationFn: (body: { email: string; password: string }) => api.post('/auth/sign-in', body, SessionInfoSchema),
    onSuccess: (info) => {
      setCsrfToken(info.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, info);
      // Everything cached before belonged to nobody (or someone else).
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/auth/sign-out', {}),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}

export const ROLE_LABEL: Record<string, string> = {
  advisor: 'informatieadviseur',
  manager: 'manager',
  admin: 'beheerder',
};
