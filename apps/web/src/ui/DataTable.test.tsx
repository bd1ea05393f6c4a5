// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DataTable, yearColumns, type Column } from './DataTable.tsx';

afterEach(cleanup);

interface Unit {
  id: string;
  name: string;
  fte: number;
  retired?: boolean;
}

const UNITS: Unit[] = [
  { id: 'a', name: 'Team I&A', fte: 12 },
  { id: 'b', name: 'Team strategie', fte: 3, retired: true },
];

const columns = (withActions: boolean): (Column<Unit> | null)[] => [
  { key: 'name', header: 'Naam', cell: (u) => u.name, rowHeader: true },
  { key: 'fte', header: 'Fte', cell: (u) => u.fte, numeric: true },
  withActions
    ? { key: 'actions', header: 'Acties', cell: (u) => <button type="button">Verwijderen: {u.name}</button> }
    : null,
];

describe('DataTable', () => {
  it('renders an accessible table: caption as name, column and row headers, numeric cells right-aligned, in a scroll wrapper', () => {
    const { container } = render(
      <DataTable
        label="Eenheden"
        caption="Organisatie-eenheden"
        columns={columns(true)}
        rows={UNITS}
        rowKey={(u) => u.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Organisatie-eenheden' });
    expect(screen.getByRole('group', { name: 'Eenheden' }).contains(table)).toBe(true);
    expect(table.className).toBe('utrecht-table utrecht-table--html-table app-grid-table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Naam', 'Fte', 'Acties']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[1]!.className).toContain('app-num');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => [h.tagName, h.getAttribute('scope'), h.textContent])).toEqual([
      ['TH', 'row', 'Team I&A'],
      ['TH', 'row', 'Team strategie'],
    ]);
    const firstRow = within(table).getAllByRole('row')[1]!;
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['12', 'Verwijderen: Team I&A']);
    expect(cells[0]!.className).toBe('utrecht-table__cell app-num');
    expect(cells[1]!.className).toBe('utrecht-table__cell');
    expect(container.querySelector('caption')!.className).toBe('utrecht-table__caption');
  });

  it('leaves out columns given as null, hides the caption visually on request and adds row classes', () => {
    const { container } = render(
      <DataTable
        label="Eenheden"
        caption="Organisatie-eenheden"
        hideCaption
        columns={columns(false)}
        rows={UNITS}
        rowKey={(u) => u.id}
        rowClassName={(u) => (u.retired ? 'app-row--disabled' : undefined)}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Naam', 'Fte']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('caption')!.className).toBe('utrecht-table__caption app-visually-hidden');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.className)).toEqual(['utrecht-table__row', 'utrecht-table__row app-row--disabled']);
  });

  it('shows the empty text instead of the table when there are no rows, and the bare table without one', () => {
    render(
      <DataTable
        label="Eenheden"
        caption="Organisatie-eenheden"
        columns={columns(false)}
        rows={[]}
        rowKey={(u) => u.id}
        empty="Nog geen eenheden."
      />,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Nog geen eenheden.').tagName).toBe('P');
    cleanup();
    render(
      <DataTable
        label="Eenheden"
        columns={columns(false)}
        rows={[]}
        rowKey={(u) => u.id}
        empty={<p className="utrecht-paragraph--small">Geen regels.</p>}
      />,
    );
    expect(screen.getByText('Geen regels.').className).toBe('utrecht-paragraph--small');
    cleanup();
    const { container } = render(
      <DataTable label="Eenheden" columns={columns(false)} rows={[]} rowKey={(u) => u.id} />,
    );
    expect(container.querySelector('caption')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(1);
  });

  it('adds one numeric column per year and the test ids asked for', () => {
    const amounts: Record<string, Record<number, number>> = { a: { 2026: 5, 2027: 7 }, b: { 2026: 1 } };
    render(
      <DataTable
        label="Eenheden"
        testId="units"
        columns={[
          { key: 'name', header: 'Naam', cell: (u: Unit) => u.name, rowHeader: true },
          ...yearColumns<Unit>(
            [2026, 2027],
            (u, y) => amounts[u.id]?.[y] ?? 0,
            (u, y) => (u.id === 'b' ? `b-${y}` : undefined),
          ),
        ]}
        rows={UNITS}
        rowKey={(u) => u.id}
      />,
    );
    const table = screen.getByTestId('units');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => [h.textContent, h.className]),
    ).toEqual([
      ['Naam', 'utrecht-table__header-cell'],
      ['2026', 'utrecht-table__header-cell app-num'],
      ['2027', 'utrecht-table__header-cell app-num'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['5', '7', '1', '0']);
    expect(screen.getByTestId('b-2027').textContent).toBe('0');
    expect(table.querySelectorAll('[data-testid]')).toHaveLength(2);
  });
});
