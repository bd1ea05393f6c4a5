import { BENCHMARK_UNIT_LABELS, type Benchmark } from '@app/schemas';
import type { Column } from '../../ui/DataTable.tsx';
import { formatEuro } from '../../lib/format.ts';

/** A source by name, linked when it has an address. */
export function Source({ source, url }: { source: string; url: string | null }) {
  return url ? (
    <a className="utrecht-link" href={url} rel="noreferrer">
      {source}
    </a>
  ) : (
    <>{source}</>
  );
}

/** The columns every benchmark list starts with (Beheer overview and Referentiegegevens beheren). */
export const BENCHMARK_COLUMNS: Column<Benchmark>[] = [
  { key: 'label', header: 'Benchmark', rowHeader: true, cell: (b) => b.label },
  { key: 'year', header: 'Datajaar', cell: (b) => b.year },
  {
    key: 'value',
    header: 'Waarde',
    numeric: true,
    cell: (b) => `${formatEuro(b.valueCents)} ${BENCHMARK_UNIT_LABELS[b.unit]}`,
  },
];
