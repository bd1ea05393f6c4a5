import { TableWrap } from '../../ui/TableWrap.tsx';
import { Fragment, memo } from 'react';
import type { LineInput, Totals } from '@app/engine';
import type { GridDomain, GridLine, GridModel } from './row-model.ts';
import { LineEditor } from './LineEditor.tsx';
import { overrideNote, type EditableField } from './line-fields.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ProvenanceBadge } from '../../ui/Feedback.tsx';
import { formatEuro } from '../../lib/format.ts';
import { KIND_LABELS } from '@app/schemas';

export interface BudgetGridProps {
  model: GridModel;
  editingLineId: string | null;
  onEdit: (line: GridLine) => void;
  onCancelEdit: () => void;
  onPreview: (line: GridLine, fields: Partial<LineInput> | null) => void;
  onSave: (line: GridLine, fields: Partial<LineInput>, justification: string) => void;
  onReset: (line: GridLine) => void;
  onExplain: (line: GridLine, year: number) => void;
  onDeleteCustom?: (line: GridLine) => void;
  /** Hide the edit actions (adopted/submitted budget, or a role that may not edit). */
  readOnly?: boolean;
}

const SUBTOTALS: { key: keyof Totals; label: string }[] = [
  { key: 'incidental', label: 'Incidenteel' },
  { key: 'structural', label: 'Structureel' },
  { key: 'capital', label: 'Kapitaallasten' },
  { key: 'total', label: 'Totaal' },
];

function TotalsRows({ totals, years, scope, columns }: { totals: Totals; years: number[]; scope: string; columns: number }) {
  return (
    <>
      {SUBTOTALS.map(({ key, label }) => (
        <tr key={key} className={`utrecht-table__row ${key === 'total' ? 'app-row--total' : 'app-row--subtotal'}`}>
          <th scope="row" className="utrecht-table__cell" colSpan={columns}>
            {label} {scope}
          </th>
          {years.map((y) => (
            <td key={y} className="utrecht-table__cell app-num">
              {formatEuro(totals[key][y] ?? 0)}
            </td>
          ))}
          <td className="utrecht-table__cell" />
        </tr>
      ))}
      {years.some((y) => (totals.investment[y] ?? 0) !== 0) ? (
        <tr className="utrecht-table__row app-row--subtotal">
          <th scope="row" className="utrecht-table__cell" colSpan={columns}>
            Investeringen {scope} (buiten het totaal; leiden tot kapitaallasten)
          </th>
          {years.map((y) => (
            <td key={y} className="utrecht-table__cell app-num">
              {formatEuro(totals.investment[y] ?? 0)}
            </td>
          ))}
          <td className="utrecht-table__cell" />
        </tr>
      ) : null}
    </>
  );
}

function overrideSummary(line: GridLine): string {
  const model = line.budgetLine.model;
  if (!model) return '';
  return line.budgetLine.overriddenFields
    .map((f) => overrideNote(f as EditableField, model[f as EditableField]))
    .join(', ');
}

const LineRow = memo(function LineRow({ line, years, disabled, props }: { line: GridLine; years: number[]; disabled: boolean; props: BudgetGridProps }) {
  const editing = props.editingLineId === line.id;
  const columns = 2 + years.length + 1;
  return (
    <>
      <tr className={`utrecht-table__row ${disabled ? 'app-row--disabled' : ''}`}>
        <th scope="row" className="utrecht-table__cell app-line-cell">
          {line.effective.description}
          {line.excluded ? (
            <span className="app-model-value">
              <span className="app-override-marker">Onvolledig in de bron</span>: vul de ontbrekende waarden aan via Aanpassen; telt tot dan niet mee.
            </span>
          ) : null}
          {line.overridden ? (
            <span className="app-model-value">
              <span className="app-override-marker">Aangepast</span> ({overrideSummary(line)}) — toelichting: {line.budgetLine.justification ?? '—'}
            </span>
          ) : null}
        </th>
        <td className="utrecht-table__cell app-kind-cell">
          {KIND_LABELS[line.effective.kind]}
          <br />
          <ProvenanceBadge provenance={line.effective.provenance} />
        </td>
        {years.map((y) => (
          <td key={y} className="utrecht-table__cell app-num">
            <LinkButton onClick={() => props.onExplain(line, y)} aria-label={`${formatEuro(line.amounts[y] ?? 0)}, hoe berekend: ${line.effective.description} ${y}`}>
              {formatEuro(line.amounts[y] ?? 0)}
            </LinkButton>
          </td>
        ))}
        <td className="utrecht-table__cell app-actions-cell">
          {props.readOnly ? null : (
          <div className="app-row">
            <Button
              id={`edit-${line.id}`}
              appearance="subtle"
              onClick={() => (editing ? props.onCancelEdit() : props.onEdit(line))}
              aria-expanded={editing}
              aria-label={`Aanpassen: ${line.effective.description}`}
            >
              Aanpassen
            </Button>
            {line.overridden && line.budgetLine.model ? (
              <Button appearance="subtle" onClick={() => props.onReset(line)} aria-label={`Terug naar model: ${line.effective.description}`}>
                Terug naar model
              </Button>
            ) : null}
            {line.budgetLine.custom && props.onDeleteCustom ? (
              <Button appearance="subtle" onClick={() => props.onDeleteCustom?.(line)} aria-label={`Verwijderen: ${line.effective.description}`}>
                Verwijderen
              </Button>
            ) : null}
          </div>
          )}
        </td>
      </tr>
      {editing ? (
        <tr className="utrecht-table__row">
          <td className="utrecht-table__cell" colSpan={columns}>
            <LineEditor
              line={line}
              onPreview={(fields) => props.onPreview(line, fields)}
              onSave={(fields, justification) => props.onSave(line, fields, justification)}
              onReset={() => props.onReset(line)}
              onCancel={props.onCancelEdit}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
});

function DomainBody({ domain, years, props }: { domain: GridDomain; years: number[]; props: BudgetGridProps }) {
  const columns = 2 + years.length + 1;
  return (
    <tbody className="utrecht-table__body">
      <tr className="utrecht-table__row app-row--domain">
        <th scope="colgroup" colSpan={columns} className="utrecht-table__header-cell" id={`domain-${domain.key}`}>
          {domain.name}
        </th>
      </tr>
      {domain.developments.map((dev) => (
        <Fragment key={dev.id}>
          <tr className={`utrecht-table__row app-row--development ${dev.enabled ? '' : 'app-row--disabled'}`}>
            <th scope="rowgroup" colSpan={columns} className="utrecht-table__cell">
              {dev.title}
              {dev.enabled ? '' : ' (uitgezet, telt niet mee)'}
            </th>
          </tr>
          {dev.lines.length === 0 ? (
            <tr className="utrecht-table__row">
              <td colSpan={columns} className="utrecht-table__cell app-line-cell">
                Geen begrotingsregels in deze ontwikkeling.
              </td>
            </tr>
          ) : (
            dev.lines.map((line) => <LineRow key={line.id} line={line} years={years} disabled={!dev.enabled} props={props} />)
          )}
        </Fragment>
      ))}
      <TotalsRows totals={domain.totals} years={years} scope={domain.name} columns={2} />
    </tbody>
  );
}

/** Line × year grid with subtotals per domain and in total. */
export function BudgetGrid(props: BudgetGridProps) {
  const { model } = props;
  const years = model.years;
  return (
    <TableWrap label="Begrotingsregels per jaar">
      <table className="utrecht-table utrecht-table--html-table app-grid-table">
        <caption className="utrecht-table__caption app-visually-hidden">Begrotingsregels per jaar, met subtotalen per domein</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Regel</th>
            <th scope="col" className="utrecht-table__header-cell">Soort en herkomst</th>
            {years.map((y) => (
              <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
            <th scope="col" className="utrecht-table__header-cell">Acties</th>
          </tr>
        </thead>
        {model.domains.map((domain) => (
          <DomainBody key={domain.key} domain={domain} years={years} props={props} />
        ))}
        <tfoot className="utrecht-table__footer">
          <TotalsRows totals={model.totals} years={years} scope="begroting" columns={2} />
        </tfoot>
      </table>
    </TableWrap>
  );
}
