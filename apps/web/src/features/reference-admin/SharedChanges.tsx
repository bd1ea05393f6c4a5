import { useQuery } from '@tanstack/react-query';
import type { SharedReferenceChange } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
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
const ACTION: Record<string, string> = {
  create: 'aangemaakt',
  update: 'gewijzigd',
  import: 'geïmporteerd',
  publish: 'gepubliceerd',
  retire: 'ingetrokken',
};
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
      <p className="utrecht-paragraph">
        Catalogus-edities, salaristabellen, tariefkaarten en benchmarks gelden voor alle organisaties. Wijzigingen door
        het platformbeheer ziet u hier.
      </p>
      {changes.isPending ? <Loading what="Wijzigingen" /> : null}
      {changes.error ? <Alert type="error">{errorMessage(changes.error)}</Alert> : null}
      {changes.data ? (
        <DataTable
          label="Recente wijzigingen in gedeelde gegevens"
          caption={`Laatste ${Math.min(SHOWN, changes.data.length) === 1 ? 'wijziging' : `${Math.min(SHOWN, changes.data.length)} wijzigingen`} in gedeelde gegevens`}
          hideCaption
          empty="Nog geen wijzigingen."
          rows={changes.data.slice(0, SHOWN)}
          rowKey={(c) => c.id}
          columns={[
            { key: 'at', header: 'Tijdstip', cell: (c) => formatDateTime(c.at) },
            { key: 'entity', header: 'Onderdeel', cell: (c) => ENTITY[c.entity] ?? c.entity },
            { key: 'subject', header: 'Wat', cell: (c) => subject(c) },
            { key: 'action', header: 'Actie', cell: (c) => ACTION[c.action] ?? c.action },
            { key: 'by', header: 'Door', cell: (c) => c.by },
          ]}
        />
      ) : null}
    </section>
  );
}
