import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { fundingQueries } from './queries.ts';
import { YearTable } from './YearTable.tsx';

/**
 * Gross, funded and net of the whole budget, for the builder and the dashboard; shown only once the
 * budget has funding, with the number of the controller's warnings and a link to the Dekking tab.
 */
export function FundingSummary({ budgetId }: { budgetId: string }) {
  const { data } = useQuery(fundingQueries.overview(budgetId));
  if (!data || data.sources.length === 0) return null;
  const warnings = data.warnings.length;
  return (
    <section
      className="app-card app-stack"
      aria-labelledby={`funding-summary-${budgetId}`}
      data-testid="funding-summary"
    >
      <h3 className="utrecht-heading-3" id={`funding-summary-${budgetId}`}>
        Bruto, dekking en netto
      </h3>
      <YearTable
        caption="Bruto, dekking en netto per jaar"
        rowHeading="Onderdeel"
        years={data.years}
        rows={[
          { key: 'gross', label: 'Bruto kosten', values: data.total.gross },
          { key: 'funded', label: 'Dekking', values: data.total.funded },
          { key: 'net', label: 'Netto', values: data.total.net, total: true },
        ]}
      />
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {warnings === 0
          ? 'Geen signalen over de dekking.'
          : `${warnings} ${warnings === 1 ? 'signaal' : 'signalen'} over de dekking.`}{' '}
        <Link className="utrecht-link" to={`/begrotingen/${budgetId}/dekking`}>
          Naar de dekking
        </Link>
      </p>
    </section>
  );
}
