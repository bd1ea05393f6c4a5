import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { catalogQueries, modelBudgetQuery } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { formatEuro, countText } from '../../lib/format.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';

const ROWS = [
  ['incidental', 'Incidenteel'],
  ['structural', 'Structureel'],
  ['capital', 'Kapitaallasten'],
  ['total', 'Totaal'],
] as const;

/**
 * The seeded Modelgemeente at a glance, for everyone (also signed out): its size, its catalog and
 * the multi-year ICT budget the engine computes for it. Amounts are the engine's totals as is.
 */
export function ModelOverview({ firstYear }: { firstYear: number }) {
  const { data: catalog } = useQuery(catalogQueries.tree());
  const model = catalog?.edition.modelProfile;
  // A signed-in browser sends its session cookie, so this POST then needs the CSRF token, which
  // only arrives with the session: wait for it, or a reload of the start page gets a 403.
  const session = useQuery(sessionQuery);
  const { data: budget } = useQuery({
    ...modelBudgetQuery(model ?? { inhabitants: 1, employees: 1, departments: 1 }, firstYear),
    enabled: !!model && !session.isPending,
  });
  if (!catalog || !model) return null;
  const developments = catalog.domains.reduce((n, d) => n + d.developments.length, 0);
  const lines = catalog.domains.reduce((n, d) => n + d.developments.reduce((m, dev) => m + dev.lines.length, 0), 0);
  const totals = budget?.result.totals;
  return (
    <section aria-labelledby="model-heading" className="app-card app-stack">
      <h2 id="model-heading" className="utrecht-heading-2">
        De Modelgemeente
      </h2>
      <p className="utrecht-paragraph">
        {catalog.edition.name}: {countText(model.inhabitants, 'inwoner', 'inwoners')}, {countText(model.employees, 'medewerker', 'medewerkers')}, {countText(model.departments, 'afdeling', 'afdelingen')};{' '}
        {countText(catalog.domains.length, 'domein', 'domeinen')}, {countText(developments, 'ontwikkeling', 'ontwikkelingen')} en {countText(lines, 'begrotingsregel', 'begrotingsregels')}.{' '}
        <Link to="/catalogus" className="utrecht-link">
          Bekijk de catalogus
        </Link>
        .
      </p>
      {totals && budget ? (
        <TableWrap label="Meerjarige ICT-begroting van de Modelgemeente">
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <caption className="utrecht-table__caption">
              ICT-begroting van de Modelgemeente {budget.result.years[0]}–{budget.result.years.at(-1)} (met voorbeeldregels, standaard uitgangspunten)
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Soort</th>
                {budget.result.years.map((year) => (
                  <th key={year} scope="col" className="utrecht-table__header-cell app-num">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([key, label]) => (
                <tr key={key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {label}
                  </th>
                  {budget.result.years.map((year) => (
                    <td key={year} className="utrecht-table__cell app-num">
                      {formatEuro(totals[key][year] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
