import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/**
 * Keyboard navigation for a table with role="grid" (WAI-ARIA Authoring Practices, data grid):
 *  - the grid is one tab stop: exactly one cell has tabindex=0 (roving tabindex), every other cell
 *    and every control inside a cell has tabindex=-1;
 *  - arrow keys move between cells, Home/End to the first/last cell of the row, Ctrl+Home/Ctrl+End
 *    to the first/last cell of the grid, PageUp/PageDown 10 rows;
 *  - Enter or F2 on a cell with one button presses it (Enter) or focuses it (F2); with several
 *    controls focus goes to the first, Tab/Shift+Tab cycle through them inside the cell;
 *  - Escape in a control returns to its cell.
 * Rows and cells are read from the DOM at key time, so the grid works with any number of rows and
 * with rows that span columns (domain and development headings). A windowed grid keeps more rows
 * than a page beyond the viewport in the DOM and stands in for the rest with spacer rows: a move
 * stops at the last rendered row before a spacer (never jumps over rows it cannot see); focus
 * scrolls, the window follows, and the next key press goes on. The tabindex is set on the DOM
 * directly: moving around does not re-render thousands of rows.
 */

const CONTROLS =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled])';
const TEXT_ENTRY = /^(INPUT|SELECT|TEXTAREA)$/;
const PAGE = 10;

type Cell = HTMLTableCellElement;

function rowsOf(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  for (const section of Array.from(table.children)) {
    if (section.tagName === 'TR') rows.push(section as HTMLTableRowElement);
    else if (/^(THEAD|TBODY|TFOOT)$/.test(section.tagName))
      for (const row of Array.from(section.children)) if (row.tagName === 'TR') rows.push(row as HTMLTableRowElement);
  }
  return rows;
}

/** A windowed grid's stand-in for rows that are not rendered. */
const isSpacer = (row: HTMLTableRowElement | undefined) => row?.hasAttribute('data-spacer') ?? false;

function cellsOf(row: HTMLTableRowElement): Cell[] {
  return Array.from(row.children).filter((c): c is Cell => c.tagName === 'TD' || c.tagName === 'TH');
}

const spanOf = (cell: Cell) => Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);

/** Logical column where the cell starts (colspans of the cells before it). */
function columnOf(cell: Cell): number {
  let col = 0;
  for (const c of cellsOf(cell.parentElement as HTMLTableRowElement)) {
    if (c === cell) return col;
    col += spanOf(c);
  }
  return col;
}

/** The cell of the row that covers logical column `col` (or its last cell). */
function cellAtColumn(row: HTMLTableRowElement, col: number): Cell | undefined {
  const cells = cellsOf(row);
  let start = 0;
  for (const c of cells) {
    const end = start + spanOf(c);
    if (col >= start && col < end) return c;
    start = end;
  }
  return cells[cells.length - 1];
}

export function controlsOf(cell: Element): HTMLElement[] {
  return Array.from(cell.querySelectorAll<HTMLElement>(CONTROLS));
}

export function useGridKeyboard(tableRef: RefObject<HTMLTableElement | null>) {
  const active = useRef<Cell | null>(null);
  // The column to come back to after passing a row that spans it (as in a spreadsheet).
  const preferredColumn = useRef(0);
  // True while the grid itself moves focus (keeps the preferred column over a spanning cell).
  const moving = useRef(false);

  const cellOf = useCallback(
    (node: EventTarget | null): Cell | null => {
      const table = tableRef.current;
      if (!table || !(node instanceof Element)) return null;
      const cell = node.closest('td, th') as Cell | null;
      return cell && cell.closest('table') === table ? cell : null;
    },
    [tableRef],
  );

  const makeActive = useCallback((cell: Cell) => {
    if (active.current && active.current !== cell) active.current.tabIndex = -1;
    cell.tabIndex = 0;
    active.current = cell;
  }, []);

  const focusCell = useCallback(
    (cell: Cell | undefined, column?: number) => {
      if (!cell) return;
      makeActive(cell);
      preferredColumn.current = column ?? columnOf(cell);
      moving.current = true;
      cell.focus();
      moving.current = false;
    },
    [makeActive],
  );

  // After every render: keep exactly one tab stop, also when the active row was filtered away.
  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    if (active.current && active.current.isConnected && table.contains(active.current)) {
      active.current.tabIndex = 0;
      return;
    }
    const rows = rowsOf(table).filter((row) => !isSpacer(row));
    // Start at the first cell below the column headings.
    const first = cellsOf(rows[1] ?? rows[0] ?? document.createElement('tr'))[0];
    if (first) makeActive(first);
  });

  const onFocus = useCallback(
    (event: FocusEvent<HTMLTableElement>) => {
      const cell = cellOf(event.target);
      if (cell) {
        makeActive(cell);
        if (!moving.current) preferredColumn.current = columnOf(cell);
      }
    },
    [cellOf, makeActive],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      const table = tableRef.current;
      const target = event.target as HTMLElement;
      const cell = cellOf(target);
      if (!table || !cell) return;
      const onCell = target === cell;
      const controls = controlsOf(cell);
      // A cell holding a form (the line editor) is for typing: only Escape belongs to the grid.
      const isForm = cell.querySelector('form') !== null;

      if (!onCell) {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          focusCell(cell);
          return;
        }
        if (isForm) return;
        if (event.key === 'Tab' && controls.length > 1) {
          const at = controls.indexOf(target);
          const next = controls[(at + (event.shiftKey ? -1 : 1) + controls.length) % controls.length];
          event.preventDefault();
          next?.focus();
          return;
        }
        // Buttons and links do nothing with arrow keys: let the grid move on from their cell.
        if (TEXT_ENTRY.test(target.tagName) || !event.key.startsWith('Arrow')) return;
      } else if (event.key === 'Enter' || event.key === 'F2') {
        const [first] = controls;
        if (!first) return;
        event.preventDefault();
        if (event.key === 'Enter' && controls.length === 1 && first.tagName === 'BUTTON') first.click();
        else first.focus();
        return;
      }

      const rows = rowsOf(table);
      const row = cell.parentElement as HTMLTableRowElement;
      const rowIndex = rows.indexOf(row);
      const cells = cellsOf(row);
      const cellIndex = cells.indexOf(cell);
      const verticalTo = (index: number) => {
        const target = Math.max(0, Math.min(rows.length - 1, index));
        const step = target > rowIndex ? 1 : -1;
        let at = rowIndex;
        while (at !== target && !isSpacer(rows[at + step])) at += step;
        const to = rows[at];
        if (to) focusCell(cellAtColumn(to, preferredColumn.current), preferredColumn.current);
      };
      switch (event.key) {
        case 'ArrowRight':
          focusCell(cells[cellIndex + 1] ?? cell);
          break;
        case 'ArrowLeft':
          focusCell(cells[cellIndex - 1] ?? cell);
          break;
        case 'ArrowDown':
          verticalTo(rowIndex + 1);
          break;
        case 'ArrowUp':
          verticalTo(rowIndex - 1);
          break;
        case 'PageDown':
          verticalTo(rowIndex + PAGE);
          break;
        case 'PageUp':
          verticalTo(rowIndex - PAGE);
          break;
        case 'Home': {
          const to = event.ctrlKey ? rows[0] : row;
          focusCell(to ? cellsOf(to)[0] : undefined);
          break;
        }
        case 'End': {
          const to = event.ctrlKey ? rows[rows.length - 1] : row;
          const toCells = to ? cellsOf(to) : [];
          focusCell(toCells[toCells.length - 1]);
          break;
        }
        default:
          return;
      }
      event.preventDefault();
    },
    [cellOf, focusCell, tableRef],
  );

  return { onKeyDown, onFocus };
}
