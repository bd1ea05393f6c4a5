import { useQuery } from '@tanstack/react-query';
import type { SharedReferenceChange } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { sharedChangesQuery } from './queries.ts';

const ENTITY: Record<string, string> = {
  catalog_edition: 'Catalogus-editie',
  catalog_development: 'Ontwikkeling (catalogus)',
  catalog_line: 'Catalogusregel',
  salary_table: 'Salaristabel',
  rate_card: 'Tariefkaart',
  benchmark: 'Benchmark',
};
const ACTION: Record<string, string> = { create: 'aangemaakt', update: 'gewijzigd', import: 'geïmporteerd', publish: 'gepubliceerd', retire: 'ingetrokken' };
const SHOWN = 20;

/** What a change is about, in the words of the change itself (name or label), else its id. */
function subject(change: SharedReferenceChange): string {
  for (const side of [change.after, change.before]) {
    if (side && typeof side === 'object') {
      const { name, label, description, title } = side as Record<string, unknown>;
      const text = [name, label, description, title].find((v) => typeof v === 'string' && v !== '');
      if (typeof text === 'string') return text;
    }
  }
  return change.entityId ?? '';
}

/**
 * Recent changes to the reference data all organisations share (ADR 0009): every administrator
 * sees them, because they change the numbers of every organisation's new budgets.
 */
export function SharedChanges() {
  const changes = useQuery(sharedChangesQuery());
  return (
    <section className="app-card app-stack" aria-labelledby="shared-changes-heading">
      <h2 id="shared-changes-heading" className="utrecht-heading-2">
        Recente wijzigingen in gedeelde gegevens
      </h2>
      <p className="utrecht-paragraph">Catalogus-edities, salaristabellen, tariefkaarten en benchmarks gelden voor alle organisaties. Wijzigingen door het platformbeheer ziet u hier.</p>
      {changes.isPending ? <Loading what="Wijzigingen" /> : null}
      {changes.error ? <Alert type="error">{errorMessage(changes.error)}</Alert> : null}
      {changes.data && changes.data.length === 0 ? <p className="utrecht-paragraph">Nog geen wijzigingen.</p> : null}
      {changes.data && changes.data.length > 0 ? (
        <TableWrap label="Recente wijzigingen in gedeelde gegevens">
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <caption className="utrecht-table__caption app-visually-hidden">Laatste {Math.min(SHOWN, changes.data.length) === 1 ? 'wijziging' : `${Math.min(SHOWN, changes.data.length)} wijzigingen`} in gedeelde gegevens</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Tijdstip</th>
                <th scope="col" className="utrecht-table__header-cell">Onderdeel</th>
                <th scope="col" className="utrecht-table__header-cell">Wat</th>
                <th scope="col" className="utrecht-table__header-cell">Actie</th>
                <th scope="col" className="utrecht-table__header-cell">Door</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.slice(0, SHOWN).map((c) => (
                <tr key={c.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDateTime(c.at)}</td>
                  <td className="utrecht-table__cell">{ENTITY[c.entity] ?? c.entity}</td>
                  <td className="utrecht-table__cell">{subject(c)}</td>
                  <td className="utrecht-table__cell">{ACTION[c.action] ?? c.action}</td>
                  <td className="utrecht-table__cell">{c.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
