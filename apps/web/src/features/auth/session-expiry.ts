import type { QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { sessionQuery } from '../../api/session.ts';

interface Navigator {
  navigate(to: string, options?: { replace?: boolean }): unknown;
  state: { location: { pathname: string; search: string } };
}

const SIGN_IN_PATH = '/inloggen';

/** Where to go after signing in: only paths inside this app (never an absolute URL from the query). */
export function safeReturnPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(SIGN_IN_PATH) ? value : '/';
}

/**
 * When any request answers 401 (session expired or ended elsewhere), forget the session and send
 * the user to the sign-in page, remembering where they were. The session query's own 401 is the
 * normal "not signed in" answer and is left alone, and so is a refused sign-in (wrong password:
 * the form shows it in place).
 */
export function installSessionExpiry(queryClient: QueryClient, router: Navigator): void {
  const onError = (error: unknown, queryKey?: readonly unknown[]) => {
    if (!(error instanceof ApiError) || error.status !== 401) return;
    if (queryKey && queryKey[0] === sessionQuery.queryKey[0]) return;
    setCsrfToken(null);
    queryClient.setQueryData(sessionQuery.queryKey, null);
    const { pathname, search } = router.state.location;
    if (pathname.startsWith(SIGN_IN_PATH)) return;
    void router.navigate(`${SIGN_IN_PATH}?terug=${encodeURIComponent(pathname + search)}`, { replace: true });
  };
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error, event.query.queryKey);
  });
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error')
      onError(event.action.error, event.mutation.options.mutationKey);
  });
}
