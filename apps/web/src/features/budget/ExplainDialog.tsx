import { useQuery } from '@tanstack/react-query';
import type { Component } from '@app/engine';
import { budgetQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { formatEuro } from '../../lib/format.ts';
import { COMPONENT_LABEL } from '../../lib/labels.ts';
import type { GridLine } from './row-model.ts';

export interface ExplainTarget {
  line: GridLine;
  year: number;
}

/**
 * "Hoe berekend": the engine's trace for one cell (formula, inputs and their sources). The traces
 * come from the server's calculation, which is the source of truth for saved values.
 */
export function ExplainDialog({ budgetId, target, onClose, unsaved }: { budgetId: string; target: ExplainTarget | null; onClose: () => void; unsaved: boolean }) {
  const { data, error, isPending } = useQuery({ ...budgetQueries.traces(budgetId), enabled: target !== null });
  const traces = target ? data?.traces?.[target.line.engineLineId] : undefined;
  const rows = target ? (data?.result.rows.filter((r) => r.lineId === target.line.engineLineId) ?? []) : [];
  return (
    <Dialog open={target !== null} onClose={onClose} title={target ? `Hoe berekend: ${target.line.effective.description}, ${target.year}` : ''}>
      {target ? (
        <div className="app-stack">
          {unsaved ? <Alert type="warning">U heeft een niet-opgeslagen wijziging; de uitleg hieronder geldt voor de opgeslagen waarden.</Alert> : null}
          {isPending ? <Loading what="Berekening" /> : null}
          {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
          {data && rows.length === 0 ? <p className="utrecht-paragraph">Deze regel levert in {target.year} geen bedrag op (de ontwikkeling staat uit of de regel valt in een ander jaar).</p> : null}
          {rows.map((row) => {
            const trace = traces?.[row.component]?.[target.year];
            const amount = row.amounts[target.year] ?? 0;
            return (
              <section key={row.component} className="app-card" aria-label={COMPONENT_LABEL[row.component as Component]}>
                <h3 className="utrecht-heading-3">
                  {COMPONENT_LABEL[row.component as Component]}: {formatEuro(amount)}
                </h3>
                {trace ? (
                  <>
                    <p className="utrecht-paragraph">
                      <strong>Formule:</strong> {trace.formula}
                    </p>
                    <table className="utrecht-table utrecht-table--html-table app-grid-table">
                      <caption className="utrecht-table__caption app-visually-hidden">Invoer van de berekening</caption>
                      <thead className="utrecht-table__header">
                        <tr className="utrecht-table__row">
                          <th scope="col" className="utrecht-table__header-cell">Invoer</th>
                          <th scope="col" className="utrecht-table__header-cell">Waarde</th>
                          <th scope="col" className="utrecht-table__header-cell">Bron</th>
                        </tr>
                      </thead>
                      <tbody>
                        {trace.inputs.map((input, i) => (
                          <tr key={i} className="utrecht-table__row">
                            <th scope="row" className="utrecht-table__cell">{input.label}</th>
                            <td className="utrecht-table__cell">{input.value}</td>
                            <td className="utrecht-table__cell">{input.source ?? '—'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </>
                ) : (
                  <p className="utrecht-paragraph">Geen uitleg beschikbaar voor dit jaar{amount === 0 ? ' (bedrag is nul)' : ''}.</p>
                )}
              </section>
            );
          })}
        </div>
      ) : null}
    </Dialog>
  );
}
