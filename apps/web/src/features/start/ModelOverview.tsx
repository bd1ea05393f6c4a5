import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { catalogQueries, modelBudgetQuery } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { formatEuro, countText } from '../../lib/format.ts';
import { DataTable } from '../../ui/DataTable.tsx';

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
        {catalog.edition.name}: {countText(model.inhabitants, 'inwoner', 'inwoners')},{' '}
        {countText(model.employees, 'medewerker', 'medewerkers')},{' '}
        {countText(model.departments, 'afdeling', 'afdelingen')};{' '}
        {countText(catalog.domains.length, 'domein', 'domeinen')},{' '}
        {countText(developments, 'ontwikkeling', 'ontwikkelingen')} en{' '}
        {countText(lines, 'begrotingsregel', 'begrotingsregels')}.{' '}
        <Link to="/catalogus" className="utrecht-link">
          Bekijk de catalogus
        </Link>
        .
      </p>
      {totals && budget ? (
        <DataTable
          label="Meerjarige ICT-begroting van de Modelgemeente"
          caption={`ICT-begroting van de Modelgemeente ${budget.result.years[0]}–${budget.result.years.at(-1)} (met voorbeeldregels, standaard uitgangspunten)`}
          rows={ROWS}
          rowKey={([key]) => key}
          columns={[
            { key: 'kind', header: 'Soort', rowHeader: true, cell: ([, label]) => label },
            ...budget.result.years.map((year) => ({
              key: String(year),
              header: year,
              numeric: true,
              cell: ([key]: (typeof ROWS)[number]) => formatEuro(totals[key][year] ?? 0),
            })),
          ]}
        />
      ) : null}
    </section>
  );
}
