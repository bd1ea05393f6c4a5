import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps <html>'s `scroll-padding-block-start` at the height of a sticky bar (plus a margin), so a
 * focused or jumped-to element stays below the bar instead of behind it.
 *
 * The height comes from a ResizeObserver (after layout, no forced synchronous layout of a page that
 * has just rendered a long grid), and it is written as the property itself, not as an inherited
 * custom property: changing one of those on <html> recalculated the style of every element.
 */
export function useStickyOffset(ref: RefObject<HTMLElement | null>, ready: boolean) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    let height = -1;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.ceil(entry?.borderBoxSize?.[0]?.blockSize ?? element.offsetHeight);
      if (next === height) return;
      height = next;
      root.style.scrollPaddingBlockStart = `calc(${next}px + 0.5rem)`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('scroll-padding-block-start');
    };
  }, [ref, ready]);
}
