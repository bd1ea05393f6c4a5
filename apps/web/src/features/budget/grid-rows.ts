import type { Totals } from '@app/engine';
import type { GridDevelopment, GridDomain, GridLine } from './row-model.ts';

/**
 * The builder grid's body as one flat list of table rows, in display order. The grid renders this
 * list whole for an ordinary budget and only the window near the viewport for a long one
 * (BudgetGrid.tsx), so both paths show exactly the same rows.
 */
export type GridRow =
  | { kind: 'domain'; key: string; domain: GridDomain; open: boolean }
  | { kind: 'development'; key: string; dev: GridDevelopment; open: boolean }
  | { kind: 'line'; key: string; line: GridLine; disabled: boolean }
  | { kind: 'editor'; key: string; line: GridLine }
  | { kind: 'empty'; key: string }
  | { kind: 'subtotal'; key: string; domain: GridDomain; total: keyof Totals };

export const domainKeyOf = (key: string) => `domain:${key}`;
export const developmentKeyOf = (id: string) => `dev:${id}`;

const SUBTOTAL_KEYS: (keyof Totals)[] = ['incidental', 'structural', 'capital', 'total'];

/** The subtotal rows of a scope: the four totals, and investments when there are any. */
export function subtotalKeys(totals: Totals, years: number[]): (keyof Totals)[] {
  return years.some((y) => (totals.investment[y] ?? 0) !== 0) ? [...SUBTOTAL_KEYS, 'investment'] : SUBTOTAL_KEYS;
}

export function gridRows(
  domains: GridDomain[],
  years: number[],
  collapsed: ReadonlySet<string>,
  editingLineId: string | null,
): GridRow[] {
  const rows: GridRow[] = [];
  for (const domain of domains) {
    const domainOpen = !collapsed.has(domainKeyOf(domain.key));
    rows.push({ kind: 'domain', key: domainKeyOf(domain.key), domain, open: domainOpen });
    if (domainOpen) {
      for (const dev of domain.developments) {
        const open = !collapsed.has(developmentKeyOf(dev.id));
        rows.push({ kind: 'development', key: developmentKeyOf(dev.id), dev, open });
        if (!open) continue;
        if (dev.lines.length === 0) rows.push({ kind: 'empty', key: `empty:${dev.id}` });
        for (const line of dev.lines) {
          rows.push({ kind: 'line', key: `line:${line.id}`, line, disabled: !dev.enabled });
          if (line.id === editingLineId) rows.push({ kind: 'editor', key: `editor:${line.id}`, line });
        }
      }
    }
    for (const total of subtotalKeys(domain.totals, years))
      rows.push({ kind: 'subtotal', key: `total:${domain.key}:${total}`, domain, total });
  }
  return rows;
}
