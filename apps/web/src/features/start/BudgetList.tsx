import { TableWrap } from '../../ui/TableWrap.tsx';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { budgetQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { formatDateTime, formatEuro } from '../../lib/format.ts';
import { BUDGET_STATUS_LABELS } from '@app/schemas';

export function BudgetList({ headingLevel = 2 }: { headingLevel?: 2 | 1 }) {
  const { data, error, isPending } = useQuery(budgetQueries.list());
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby="budget-list-heading">
      <Heading id="budget-list-heading" className={`utrecht-heading-${headingLevel}`}>
        Bestaande begrotingen
      </Heading>
      {isPending ? <Loading what="Begrotingen" /> : null}
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      {data && data.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen begrotingen. Begin hierboven met uw gemeente.</p> : null}
      {data && data.length > 0 ? (
        <TableWrap label="Tabel met begrotingen">
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">Gemeente</th>
                <th scope="col" className="utrecht-table__header-cell">Scenario</th>
                <th scope="col" className="utrecht-table__header-cell">Eerste jaar</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell app-num">Totaal eerste jaar</th>
                <th scope="col" className="utrecht-table__header-cell">Gewijzigd</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.map((b) => (
                <tr key={b.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <Link to={`/begrotingen/${b.id}`} className="utrecht-link">
                      {b.name}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{b.municipality.name}</td>
                  <td className="utrecht-table__cell">{b.baseBudgetId ? (b.scenarioName ?? 'Scenario') : 'Basis'}</td>
                  <td className="utrecht-table__cell">{b.firstYear}</td>
                  <td className="utrecht-table__cell">{BUDGET_STATUS_LABELS[b.status] ?? b.status}</td>
                  <td className="utrecht-table__cell app-num">{formatEuro(b.totals[b.firstYear] ?? 0)}</td>
                  <td className="utrecht-table__cell">{formatDateTime(b.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
