import { DataTable } from '../../ui/DataTable.tsx';
import { formatEuroCents } from '../../lib/format.ts';

interface Props {
  /** Steps per scale key, lowest first; the table shows the highest step. */
  scales: Record<string, number[]>;
  /** Accessible name of the scrollable wrapper. */
  label: string;
  caption: string;
  /** Screens whose heading already says what the table is hide the caption visually. */
  hideCaption?: boolean;
}

/** One row of the monthly salary per scale (the highest step), as the reference-data screens show it. */
export function SalaryScaleTable({ scales, label, caption, hideCaption = false }: Props) {
  // One row: the scales are the columns.
  const columns = Object.keys(scales).map((s) => ({
    key: s,
    header: `Schaal ${s}`,
    numeric: true,
    cell: (row: Record<string, number[]>) => formatEuroCents(row[s]?.at(-1) ?? 0),
  }));
  return (
    <DataTable
      label={label}
      caption={caption}
      hideCaption={hideCaption}
      columns={columns}
      rows={[scales]}
      rowKey={() => 'max'}
    />
  );
}
