import { memo, useCallback, useRef, useState } from 'react';
import type { OrgUnit } from '../../api/types.ts';
import type { GridDomain } from './row-model.ts';
import type { DevelopmentPatch } from './mutations.ts';
import { formatEuro } from '../../lib/format.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';

/** Per domain: each development with on/off, start year and owner org unit, as one compact table. */
export function DevelopmentPanel({
  domains,
  years,
  orgUnits,
  onChange,
  open,
}: {
  domains: GridDomain[];
  years: number[];
  orgUnits: OrgUnit[];
  onChange: (budgetDevelopmentId: string, developmentId: string, patch: DevelopmentPatch) => void;
  open: boolean;
}) {
  const firstYear = years[0] ?? 0;
  // Rows get one stable callback, so a keystroke elsewhere does not re-render every development.
  const latest = useRef(onChange);
  latest.current = onChange;
  // The table (two selects per development) is built when the panel is first opened: in a long
  // budget it is hundreds of rows nobody sees while the panel is closed.
  const [opened, setOpened] = useState(open);
  const change = useCallback(
    (id: string, developmentId: string, patch: DevelopmentPatch) => latest.current(id, developmentId, patch),
    [],
  );
  const count = domains.reduce((n, d) => n + d.developments.length, 0);
  const enabled = domains.reduce((n, d) => n + d.developments.filter((dev) => dev.enabled).length, 0);
  return (
    <details className="app-card app-details" open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <h2 className="utrecht-heading-3 app-inline-heading">
          Ontwikkelingen ({enabled} van {count} aan): aan/uit, startjaar en eigenaar
        </h2>
      </summary>
      {opened || open ? (
        <TableWrap label="Ontwikkelingen">
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <caption className="utrecht-table__caption app-visually-hidden">
              Ontwikkelingen met aan/uit, startjaar en eigenaar
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Ontwikkeling (aan/uit)
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Startjaar
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Eigenaar
                </th>
                <th scope="col" className="utrecht-table__header-cell app-num">
                  Totaal {firstYear}
                </th>
              </tr>
            </thead>
            {domains.map((domain) => (
              <tbody key={domain.key}>
                <tr className="utrecht-table__row app-row--domain">
                  <th scope="colgroup" colSpan={4} className="utrecht-table__header-cell">
                    {domain.name}
                  </th>
                </tr>
                {domain.developments.map((dev) => (
                  <DevelopmentRow key={dev.id} dev={dev} years={years} orgUnits={orgUnits} onChange={change} />
                ))}
              </tbody>
            ))}
          </table>
        </TableWrap>
      ) : null}
    </details>
  );
}

interface DevelopmentRowProps {
  dev: GridDomain['developments'][number];
  years: number[];
  orgUnits: OrgUnit[];
  onChange: (budgetDevelopmentId: string, developmentId: string, patch: DevelopmentPatch) => void;
}

/** One development; re-renders only when its own values or first-year total change (long budgets). */
const DevelopmentRow = memo(
  function DevelopmentRow({ dev, years, orgUnits, onChange }: DevelopmentRowProps) {
    const firstYear = years[0] ?? 0;
    const idBase = `dev-${dev.id}`;
    return (
      <tr className="utrecht-table__row">
        <th scope="row" className="utrecht-table__cell">
          <input
            id={`${idBase}-enabled`}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={dev.enabled}
            onChange={(e) => onChange(dev.id, dev.developmentId, { enabled: e.target.checked })}
          />{' '}
          <label htmlFor={`${idBase}-enabled`} className="utrecht-form-label utrecht-form-label--checkbox">
            {dev.title}
          </label>
        </th>
        <td className="utrecht-table__cell">
          <label className="app-visually-hidden" htmlFor={`${idBase}-start`}>
            Startjaar {dev.title}
          </label>
          <select
            id={`${idBase}-start`}
            className="utrecht-select utrecht-select--html-select app-select-compact"
            value={dev.startYear ?? ''}
            onChange={(e) =>
              onChange(dev.id, dev.developmentId, { startYear: e.target.value === '' ? null : Number(e.target.value) })
            }
          >
            <option value="">Eerste jaar ({firstYear})</option>
            {/* "Eerste jaar (2027)" already is 2027: list it once, unless 2027 was pinned explicitly. */}
            {years
              .filter((y) => y !== firstYear || dev.startYear === firstYear)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </td>
        <td className="utrecht-table__cell">
          <label className="app-visually-hidden" htmlFor={`${idBase}-owner`}>
            Eigenaar {dev.title}
          </label>
          <select
            id={`${idBase}-owner`}
            className="utrecht-select utrecht-select--html-select app-select-compact"
            value={dev.ownerUnitId ?? ''}
            onChange={(e) =>
              onChange(dev.id, dev.developmentId, { ownerUnitId: e.target.value === '' ? null : e.target.value })
            }
          >
            <option value="">Geen eigenaar</option>
            {orgUnits.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </td>
        <td className="utrecht-table__cell app-num">{formatEuro(dev.total[firstYear] ?? 0)}</td>
      </tr>
    );
  },
  (a, b) =>
    a.onChange === b.onChange &&
    a.orgUnits === b.orgUnits &&
    a.years.join() === b.years.join() &&
    a.dev.id === b.dev.id &&
    a.dev.title === b.dev.title &&
    a.dev.enabled === b.dev.enabled &&
    a.dev.startYear === b.dev.startYear &&
    a.dev.ownerUnitId === b.dev.ownerUnitId &&
    a.dev.total[a.years[0] ?? 0] === b.dev.total[b.years[0] ?? 0],
);
