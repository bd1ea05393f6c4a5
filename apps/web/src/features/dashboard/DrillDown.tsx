import { Link } from 'react-router';
import { exploitationByLine, type CalculationResult } from '@app/engine';
import { KIND_LABELS } from '@app/schemas';
import type { BudgetDetail, BudgetLine } from '../../api/types.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { formatEuro } from '../../lib/format.ts';
import type { Group } from './groups.ts';

interface DrillRow {
  line: BudgetLine;
  amounts: Record<number, number>;
}

/** The lines of the selected domain or unit with their exploitation per year (the engine's sums), largest first. */
export function DrillDown({
  budget,
  result,
  selected,
  view,
  onClear,
}: {
  budget: BudgetDetail;
  result: CalculationResult;
  selected: Group | null;
  view: 'domain' | 'unit';
  onClear: () => void;
}) {
  const years = result.years;
  const firstYear = years[0] ?? budget.firstYear;
  let rows: DrillRow[] = [];
  if (selected) {
    const byLine = exploitationByLine(result.rows, years);
    rows = budget.lines
      .filter((l) => selected.developmentIds.has(l.developmentId))
      .map((line) => ({
        line,
        amounts: byLine.get(line.id) ?? (line.catalogLineId ? byLine.get(line.catalogLineId) : undefined) ?? {},
      }))
      .filter((x) => years.some((y) => (x.amounts[y] ?? 0) !== 0))
      .sort((a, b) => (b.amounts[firstYear] ?? 0) - (a.amounts[firstYear] ?? 0));
  }
  return (
    <section aria-labelledby="drill-heading" className="app-stack">
      <h3 id="drill-heading" className="utrecht-heading-3">
        {selected ? `Regels van ${selected.name}` : 'Details'}
      </h3>
      {selected ? (
        <>
          <p className="utrecht-paragraph">
            <button
              type="button"
              className="utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline"
              onClick={onClear}
            >
              Selectie opheffen
            </button>
            {view === 'domain' ? (
              <>
                {' · '}
                <Link
                  className="utrecht-link"
                  to={`/begrotingen/${budget.id}?domein=${encodeURIComponent(selected.key)}`}
                >
                  Bewerken in de begroting
                </Link>
              </>
            ) : null}
          </p>
          <DataTable
            label={`Regels van ${selected.name}`}
            caption={`Regels van ${selected.name}`}
            hideCaption
            rows={rows}
            rowKey={(r) => r.line.id}
            columns={[
              { key: 'line', header: 'Regel', rowHeader: true, cell: (r) => r.line.effective.description },
              { key: 'kind', header: 'Soort', cell: (r) => KIND_LABELS[r.line.effective.kind] },
              ...years.map((y) => ({
                key: String(y),
                header: y,
                numeric: true,
                cell: (r: DrillRow) => formatEuro(r.amounts[y] ?? 0),
              })),
            ]}
          />
        </>
      ) : (
        <p className="utrecht-paragraph">
          Kies een {view === 'unit' ? 'organisatie-eenheid' : 'domein'} in de tabel hierboven om de regels te zien.
        </p>
      )}
    </section>
  );
}
