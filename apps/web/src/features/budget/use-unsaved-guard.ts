import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/**
 * An edit typed but not saved must not vanish silently: leaving the page or the domain asks first
 * (the page shows the question while `blocker.state` is 'blocked', with focus on "stay"), and
 * closing the tab gets the browser's own warning.
 */
export function useUnsavedGuard(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const stayRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (blocker.state === 'blocked') stayRef.current?.focus();
  }, [blocker.state]);
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return { blocker, stayRef };
}
