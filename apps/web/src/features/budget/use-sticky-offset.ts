import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps `--app-sticky-offset` on <html> at the height of a sticky bar, so `scroll-padding-top`
 * (builder.css) keeps a focused or jumped-to element below the bar instead of behind it.
 */
export function useStickyOffset(ref: RefObject<HTMLElement | null>, ready: boolean) {
  useLayoutEffect(() => {
    const element = ref.current;
    const root = document.documentElement;
    if (!element) return undefined;
    const update = () =>
      root.style.setProperty('--app-sticky-offset', `${Math.ceil(element.getBoundingClientRect().height)}px`);
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--app-sticky-offset');
    };
  }, [ref, ready]);
}
