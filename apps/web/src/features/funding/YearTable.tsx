import type { ReactNode } from 'react';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { formatEuro } from '../../lib/format.ts';

export interface YearRow {
  key: string;
  label: ReactNode;
  values: Record<number, number>;
  /** A total row: bold, with a top border. */
  total?: boolean;
}

/** Amounts per year with a total column: the shape of every dekking and BBV table. */
export function YearTable({
  caption,
  rowHeading,
  years,
  rows,
  testId,
}: {
  caption: string;
  rowHeading: string;
  years: number[];
  rows: YearRow[];
  testId?: string;
}) {
  return (
    <TableWrap label={caption}>
      <table className="utrecht-table utrecht-table--html-table app-grid-table" data-testid={testId}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {rowHeading}
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell app-num">
              Totaal
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const sum = years.reduce((acc, y) => acc + (r.values[y] ?? 0), 0);
            const Cell = r.total ? 'strong' : 'span';
            return (
              <tr key={r.key} className={`utrecht-table__row ${r.total ? 'app-funding-total' : ''}`}>
                <th scope="row" className="utrecht-table__cell">
                  <Cell>{r.label}</Cell>
                </th>
                {years.map((y) => (
                  <td key={y} className="utrecht-table__cell app-num">
                    <Cell>{formatEuro(r.values[y] ?? 0)}</Cell>
                  </td>
                ))}
                <td className="utrecht-table__cell app-num">
                  <Cell>{formatEuro(sum)}</Cell>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
