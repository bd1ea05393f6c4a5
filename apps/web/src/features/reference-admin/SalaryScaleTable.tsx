import { TableWrap } from '../../ui/TableWrap.tsx';
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
  return (
    <TableWrap label={label}>
      <table className="utrecht-table utrecht-table--html-table app-grid-table">
        <caption className={hideCaption ? 'utrecht-table__caption app-visually-hidden' : 'utrecht-table__caption'}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {Object.keys(scales).map((s) => (
              <th key={s} scope="col" className="utrecht-table__header-cell app-num">
                Schaal {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="utrecht-table__row">
            {Object.entries(scales).map(([s, steps]) => (
              <td key={s} className="utrecht-table__cell app-num">
                {formatEuroCents(steps[steps.length - 1] ?? 0)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
