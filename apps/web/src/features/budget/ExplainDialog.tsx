import { useMemo } from 'react';
import {
  explainLineYear,
  type CalculationInput,
  type CalculationResult,
  type CellExplanation,
  type CellPart,
} from '@app/engine';
import { Dialog } from '../../ui/Dialog.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { formatEuro } from '../../lib/format.ts';
import { COMPONENT_LABELS } from '@app/schemas';
import type { GridLine } from './row-model.ts';

export interface ExplainTarget {
  line: GridLine;
  year: number;
}

/**
 * "Hoe berekend": the engine's explanation of one cell (its total as the sum of its parts, and per
 * part the formula, inputs and their sources), computed in the browser by the same engine on the
 * same input as the grid, so it also explains a preview. An overridden line passes the catalogue's
 * line, so the model value and the budget's own value are named apart.
 */
export function ExplainDialog({
  input,
  result: _result,
  target,
  onClose,
  unsaved,
}: {
  input: CalculationInput;
  result: CalculationResult;
  target: ExplainTarget | null;
  onClose: () => void;
  unsaved: boolean;
}) {
  const explanation = useMemo((): CellExplanation | null => {
    if (!target) return null;
    try {
      return explainLineYear(input, target.line.engineLineId, target.year, {
        modelLine: target.line.overridden ? target.line.budgetLine.model : null,
      });
    } catch {
      return null;
    }
  }, [input, target]);
  const parts = explanation
    ? [
        ...explanation.parts.filter((p) => p.amount !== 0 || explanation.parts.every((q) => q.amount === 0)),
        ...(explanation.investment ? [explanation.investment] : []),
      ]
    : [];
  return (
    <Dialog
      open={target !== null}
      onClose={onClose}
      title={target ? `Hoe berekend: ${target.line.effective.description}, ${target.year}` : ''}
    >
      {target ? (
        <div className="app-stack">
          {unsaved ? <Alert type="info">De uitleg rekent met uw nog niet opgeslagen wijziging.</Alert> : null}
          {explanation ? (
            <p className="utrecht-paragraph" data-testid="explain-total">
              <strong>{explanation.totalText}</strong>
            </p>
          ) : (
            <p className="utrecht-paragraph">
              Deze regel levert in {target.year} geen bedrag op (de ontwikkeling staat uit of de regel valt in een ander
              jaar).
            </p>
          )}
          {parts.map((part) => (
            <PartCard key={part.component} part={part} />
          ))}
        </div>
      ) : null}
    </Dialog>
  );
}

function PartCard({ part }: { part: CellPart }) {
  const label = COMPONENT_LABELS[part.component];
  return (
    <section className="app-card" aria-label={label}>
      <h3 className="utrecht-heading-3">
        {label}: {formatEuro(part.amount)}
      </h3>
      <p className="utrecht-paragraph">
        <strong>Formule:</strong> {part.trace.formula}
      </p>
      <TableWrap label={`Invoer ${label.toLowerCase()}`}>
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption app-visually-hidden">Invoer van de berekening</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Invoer
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Waarde
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Bron
              </th>
            </tr>
          </thead>
          <tbody>
            {part.trace.inputs.map((input, i) => (
              <tr key={i} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {input.label}
                </th>
                <td className="utrecht-table__cell">{input.value}</td>
                <td className="utrecht-table__cell">{input.source ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
