import type { ReactNode } from 'react';
import { formatEuro } from '../lib/format.ts';
import { DataTable, yearColumns } from './DataTable.tsx';

/** One row of an AmountsByYearTable: a label and an amount (cents) per year. */
export interface AmountsRow {
  key: string;
  label: ReactNode;
  values: Record<number, number>;
  /** Extra row class (`app-subtotal` for a total row). */
  className?: string;
  /** Amounts in bold (a total). */
  strong?: boolean;
  /** How a value reads; euros by default (a share row gives percentages). */
  format?: (value: number) => ReactNode;
}

/**
 * Amounts per year, one row per part, the caption visible and the row labels as row headers: the
 * numbers beside a chart and the provenance split. (The funding screens' YearTable adds a total column.)
 */
export function AmountsByYearTable({
  caption,
  rowHeading = 'Onderdeel',
  years,
  rows,
  testId,
}: {
  caption: string;
  rowHeading?: string;
  years: readonly number[];
  rows: readonly AmountsRow[];
  testId?: string;
}) {
  return (
    <DataTable<AmountsRow>
      label={caption}
      caption={caption}
      testId={testId}
      rows={rows}
      rowKey={(r) => r.key}
      rowClassName={(r) => r.className}
      columns={[
        { key: 'label', header: rowHeading, rowHeader: true, cell: (r) => r.label },
        ...yearColumns<AmountsRow>(years, (r, y) => {
          const value = r.values[y] ?? 0;
          const text = r.format ? r.format(value) : formatEuro(value);
          return r.strong ? <strong>{text}</strong> : text;
        }),
      ]}
    />
  );
}
