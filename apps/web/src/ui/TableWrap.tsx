import type { ReactNode } from 'react';

/** Horizontal scroll container for wide tables; focusable so keyboard users can scroll it too. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-table-wrap" tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
