import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { BudgetDetail } from '../../api/types.ts';
import { developmentKeyOf, domainKeyOf } from './grid-rows.ts';

/** From this many lines on, the builder opens with every development collapsed (docs/performance.md). */
export const LONG_BUDGET_LINES = 300;

/**
 * Finding your way in a long budget: collapsed domains and developments, a filter text, and
 * "Ga naar ontwikkeling" (open it, then focus its heading cell, which scrolls it into view). A long
 * budget (an imported official workbook) opens with its developments collapsed: their headings show
 * the totals.
 */
export function useGridNavigation(budget: Pick<BudgetDetail, 'lines' | 'developments'>) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() =>
    budget.lines.length > LONG_BUDGET_LINES
      ? new Set(budget.developments.map((d) => developmentKeyOf(d.id)))
      : new Set(),
  );
  const [lineFilter, setLineFilter] = useState('');
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const toggle = useCallback(
    (key: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  // After "Ga naar" has expanded the development: focus its heading cell (focus scrolls it into view).
  useLayoutEffect(() => {
    if (!jumpTo) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(`[id="grid-dev-${jumpTo}"]`);
    setJumpTo(null);
    if (cell) {
      cell.tabIndex = 0;
      cell.focus();
    }
  }, [jumpTo]);
  /** Opens a development (and its domain) and moves the keyboard focus to its heading. */
  const openAndFocus = useCallback((domainKey: string, budgetDevelopmentId: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      next.delete(domainKeyOf(domainKey));
      next.delete(developmentKeyOf(budgetDevelopmentId));
      return next;
    });
    setJumpTo(budgetDevelopmentId);
  }, []);
  // While filtering, the matches are shown: only collapsed domains stay collapsed.
  const gridCollapsed = lineFilter.trim() ? new Set([...collapsed].filter((k) => !k.startsWith('dev:'))) : collapsed;
  return {
    collapsed: gridCollapsed,
    setCollapsed,
    toggle,
    lineFilter,
    setLineFilter,
    jumpTo,
    tableRef,
    openAndFocus,
    longBudget: budget.lines.length > LONG_BUDGET_LINES,
  };
}
