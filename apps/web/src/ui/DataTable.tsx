import type { ReactNode } from 'react';
import { TableWrap } from './TableWrap.tsx';

/** One column of a DataTable: its header, how a row fills its cell, and how the cell reads. */
export interface Column<Row> {
  /** React key of the column (unique within the table). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Amounts and counts: right-aligned (`app-num`), header included. */
  numeric?: boolean;
  /** The cell that names its row: a `<th scope="row">`, so screen readers announce it with every cell. */
  rowHeader?: boolean;
  /** `data-testid` of a row's cell, for the few cells an end-to-end test reads (a shared total). */
  cellTestId?: (row: Row) => string | undefined;
}

/** One numeric column per budget year, headed by the year: the year tables of the app. */
export function yearColumns<Row>(
  years: readonly number[],
  cell: (row: Row, year: number) => ReactNode,
  cellTestId?: (row: Row, year: number) => string | undefined,
): Column<Row>[] {
  return years.map((year) => ({
    key: `year-${year}`,
    header: year,
    numeric: true,
    cell: (row) => cell(row, year),
    cellTestId: cellTestId ? (row) => cellTestId(row, year) : undefined,
  }));
}

/** A column left out on a condition (`isAdmin ? column : null`). */
type MaybeColumn<Row> = Column<Row> | false | null | undefined;

interface Props<Row> {
  /** Accessible name of the scrollable wrapper (ui/TableWrap). */
  label: string;
  /** The table's caption (its accessible name). Without one the table must be named by its surroundings. */
  caption?: ReactNode;
  /** Screens whose heading already says what the table is hide the caption visually; screen readers still read it. */
  hideCaption?: boolean;
  columns: readonly MaybeColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Extra class of a row (`app-row--disabled` for a withdrawn line). */
  rowClassName?: (row: Row) => string | undefined;
  /**
   * Shown instead of the table when there are no rows: a text becomes a paragraph, anything else is
   * shown as is. Without it an empty list still renders the (header-only) table.
   */
  empty?: ReactNode;
  /** `data-testid` of the table element. */
  testId?: string;
}

/**
 * The app's plain list table (NL Design System / Utrecht): caption, column headers with
 * `scope="col"`, an optional row header per row, numeric columns right-aligned, wrapped for
 * horizontal scroll on a narrow screen. Tables with grouped rows or cells spanning rows are
 * written out by hand instead.
 */
export function DataTable<Row>({
  label,
  caption,
  hideCaption = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  testId,
}: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) {
    return typeof empty === 'string' ? <p className="utrecht-paragraph">{empty}</p> : <>{empty}</>;
  }
  const shown = columns.filter((c): c is Column<Row> => Boolean(c));
  return (
    <TableWrap label={label}>
      <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid={testId}>
        {caption !== undefined ? (
          <caption className={hideCaption ? 'utrecht-table__caption app-visually-hidden' : 'utrecht-table__caption'}>
            {caption}
          </caption>
        ) : null}
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {shown.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'utrecht-table__header-cell app-num' : 'utrecht-table__header-cell'}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => {
            const extra = rowClassName?.(row);
            return (
              <tr key={rowKey(row)} className={extra ? `utrecht-table__row ${extra}` : 'utrecht-table__row'}>
                {shown.map((c) => {
                  const className = c.numeric ? 'utrecht-table__cell app-num' : 'utrecht-table__cell';
                  const cellTestId = c.cellTestId?.(row);
                  return c.rowHeader ? (
                    <th key={c.key} scope="row" className={className} data-testid={cellTestId}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={className} data-testid={cellTestId}>
                      {c.cell(row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
