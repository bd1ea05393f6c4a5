import { useMemo } from 'react';
import { explainCell, type CalculationInput, type CalculationResult, type Component } from '@app/engine';
import { Dialog } from '../../ui/Dialog.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { formatEuro } from '../../lib/format.ts';
import { COMPONENT_LABELS } from '@app/schemas';
import type { GridLine } from './row-model.ts';

export interface ExplainTarget {
  line: GridLine;
  year: number;
}

/**
 * "Hoe berekend": the engine's trace for one cell (formula, inputs and their sources), computed in
 * the browser by the same engine on the same input as the grid, so it also explains a preview.
 */
export function ExplainDialog({ input, result, target, onClose, unsaved }: { input: CalculationInput; result: CalculationResult; target: ExplainTarget | null; onClose: () => void; unsaved: boolean }) {
  const rows = useMemo(() => (target ? result.rows.filter((r) => r.lineId === target.line.engineLineId) : []), [result, target]);
  const traces = useMemo(() => {
    if (!target) return {};
    const out: Partial<Record<Component, ReturnType<typeof explainCell>>> = {};
    for (const row of rows) {
      try {
        out[row.component] = explainCell(input, target.line.engineLineId, row.component, target.year);
      } catch {
        out[row.component] = null;
      }
    }
    return out;
  }, [input, rows, target]);
  return (
    <Dialog open={target !== null} onClose={onClose} title={target ? `Hoe berekend: ${target.line.effective.description}, ${target.year}` : ''}>
      {target ? (
        <div className="app-stack">
          {unsaved ? <Alert type="info">De uitleg rekent met uw nog niet opgeslagen wijziging.</Alert> : null}
          {rows.length === 0 ? <p className="utrecht-paragraph">Deze regel levert in {target.year} geen bedrag op (de ontwikkeling staat uit of de regel valt in een ander jaar).</p> : null}
          {rows.map((row) => {
            const trace = traces[row.component];
            const amount = row.amounts[target.year] ?? 0;
            return (
              <section key={row.component} className="app-card" aria-label={COMPONENT_LABELS[row.component as Component]}>
                <h3 className="utrecht-heading-3">
                  {COMPONENT_LABELS[row.component as Component]}: {formatEuro(amount)}
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
