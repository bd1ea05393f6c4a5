import type { ReactNode } from 'react';

/**
 * Horizontal scroll container for wide tables; focusable so keyboard users can scroll it too.
 * `focusable={false}` for a grid, whose own cells take focus (and scroll it into view).
 */
export function TableWrap({
  label,
  children,
  focusable = true,
}: {
  label: string;
  children: ReactNode;
  focusable?: boolean;
}) {
  return (
    <div className="app-table-wrap" tabIndex={focusable ? 0 : undefined} role="group" aria-label={label}>
      {children}
    </div>
  );
}
