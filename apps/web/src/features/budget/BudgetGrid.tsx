import { TableWrap } from '../../ui/TableWrap.tsx';
import { Fragment, memo, useRef, type RefObject } from 'react';
import type { LineInput, Totals } from '@app/engine';
import type { GridDevelopment, GridDomain, GridLine, GridModel } from './row-model.ts';
import { LineEditor } from './LineEditor.tsx';
import type { FormProblem } from '../../lib/form-errors.ts';
import { overrideNote, type EditableField } from './line-fields.ts';
import { Button, LinkButton } from '../../ui/Button.tsx';
import { ProvenanceBadge } from '../../ui/Feedback.tsx';
import { formatEuro } from '../../lib/format.ts';
import { KIND_LABELS } from '@app/schemas';
import { useGridKeyboard } from './grid-keyboard.ts';

export interface BudgetGridProps {
  model: GridModel;
  editingLineId: string | null;
  onEdit: (line: GridLine) => void;
  onCancelEdit: () => void;
  onPreview: (line: GridLine, fields: Partial<LineInput> | null) => void;
  onSave: (line: GridLine, fields: Partial<LineInput>, justification: string) => void;
  /** The server's rejection of the last save of the line being edited (shown at its fields). */
  editProblems?: FormProblem[];
  /** The save of the line being edited is on its way. */
  editSaving?: boolean;
  /** The model quantity scaled to this municipality (the engine's), for the editor's hint. */
  modelScaledQuantity?: (line: GridLine) => number | null;
  onReset: (line: GridLine) => void;
  onExplain: (line: GridLine, year: number) => void;
  onDeleteCustom?: (line: GridLine) => void;
  /** Hide the edit actions (adopted/submitted budget, or a role that may not edit). */
  readOnly?: boolean;
  /** Collapsed domains (`domain:<key>`) and developments (`dev:<budget development id>`). */
  collapsed?: ReadonlySet<string>;
  onToggle?: (key: string) => void;
  /** The table, for the builder's "Ga naar ontwikkeling" (focus a heading cell in the grid). */
  tableRef?: RefObject<HTMLTableElement | null>;
}

export const domainKeyOf = (key: string) => `domain:${key}`;
export const developmentKeyOf = (id: string) => `dev:${id}`;

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
          <th scope="row" tabIndex={-1} className="utrecht-table__cell" colSpan={columns}>
            {label} {scope}
          </th>
          {years.map((y) => (
            <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num">
              {formatEuro(totals[key][y] ?? 0)}
            </td>
          ))}
          <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" />
        </tr>
      ))}
      {years.some((y) => (totals.investment[y] ?? 0) !== 0) ? (
        <tr className="utrecht-table__row app-row--subtotal">
          <th scope="row" tabIndex={-1} className="utrecht-table__cell" colSpan={columns}>
            Investeringen {scope} (buiten het totaal; leiden tot kapitaallasten)
          </th>
          {years.map((y) => (
            <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num">
              {formatEuro(totals.investment[y] ?? 0)}
            </td>
          ))}
          <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" />
        </tr>
      ) : null}
    </>
  );
}

function overrideSummary(line: GridLine): string {
  const model = line.budgetLine.model;
  if (!model) return '';
  const fields = line.budgetLine.overriddenFields;
  const parts = fields.filter((f) => f !== 'ownQuantity').map((f) => overrideNote(f as EditableField, model[f as EditableField]));
  if (fields.includes('ownQuantity')) parts.push('eigen waarde, niet geschaald');
  return parts.join(', ');
}


type Handlers = RefObject<BudgetGridProps>;

interface LineRowProps {
  line: GridLine;
  years: number[];
  disabled: boolean;
  editing: boolean;
  /** Only for the row being edited: the server's field problems and whether a save is running. */
  editState?: { problems: FormProblem[]; saving: boolean } | undefined;
  readOnly: boolean;
  handlers: Handlers;
}

const sameAmounts = (a: Record<number, number>, b: Record<number, number>, years: number[]) => a === b || years.every((y) => a[y] === b[y]);

/**
 * A line row re-renders only when what it shows changed: one keystroke in a 2.000-line budget
 * recalculates every line, but only the edited line's amounts (and the totals) differ.
 */
function sameLineRow(prev: LineRowProps, next: LineRowProps): boolean {
  return (
    prev.disabled === next.disabled &&
    prev.editing === next.editing &&
    prev.editState?.problems === next.editState?.problems &&
    prev.editState?.saving === next.editState?.saving &&
    prev.readOnly === next.readOnly &&
    prev.handlers === next.handlers &&
    prev.years.join() === next.years.join() &&
    prev.line.budgetLine === next.line.budgetLine &&
    prev.line.effective === next.line.effective &&
    prev.line.excluded === next.line.excluded &&
    prev.line.overridden === next.line.overridden &&
    sameAmounts(prev.line.amounts, next.line.amounts, next.years)
  );
}

const LineRow = memo(function LineRow({ line, years, disabled, editing, editState, readOnly, handlers }: LineRowProps) {
  const columns = 2 + years.length + 1;
  const props = () => handlers.current;
  return (
    <>
      <tr className={`utrecht-table__row ${disabled ? 'app-row--disabled' : ''}`}>
        <th scope="row" tabIndex={-1} className="utrecht-table__cell app-line-cell">
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
        <td role="gridcell" tabIndex={-1} className="utrecht-table__cell app-kind-cell">
          {KIND_LABELS[line.effective.kind]}
          <br />
          <ProvenanceBadge provenance={line.effective.provenance} />
        </td>
        {years.map((y) => (
          <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num">
            <LinkButton tabIndex={-1} onClick={() => props().onExplain(line, y)} aria-label={`${formatEuro(line.amounts[y] ?? 0)}, hoe berekend: ${line.effective.description} ${y}`}>
              {formatEuro(line.amounts[y] ?? 0)}
            </LinkButton>
          </td>
        ))}
        <td role="gridcell" tabIndex={-1} className="utrecht-table__cell app-actions-cell">
          {readOnly ? null : (
            <div className="app-row">
              <Button
                id={`edit-${line.id}`}
                tabIndex={-1}
                appearance="subtle"
                onClick={() => (editing ? props().onCancelEdit() : props().onEdit(line))}
                aria-expanded={editing}
                aria-label={`Aanpassen: ${line.effective.description}`}
              >
                Aanpassen
              </Button>
              {line.overridden && line.budgetLine.model ? (
                <Button tabIndex={-1} appearance="subtle" onClick={() => props().onReset(line)} aria-label={`Terug naar model: ${line.effective.description}`}>
                  Terug naar model
                </Button>
              ) : null}
              {line.budgetLine.custom && props().onDeleteCustom ? (
                <Button tabIndex={-1} appearance="subtle" onClick={() => props().onDeleteCustom?.(line)} aria-label={`Verwijderen: ${line.effective.description}`}>
                  Verwijderen
                </Button>
              ) : null}
            </div>
          )}
        </td>
      </tr>
      {editing ? (
        <tr className="utrecht-table__row">
          <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" colSpan={columns}>
            <LineEditor
              line={line}
              onPreview={(fields) => props().onPreview(line, fields)}
              onSave={(fields, justification) => props().onSave(line, fields, justification)}
              problems={editState?.problems ?? []}
              saving={editState?.saving ?? false}
              modelScaledQuantity={props().modelScaledQuantity?.(line) ?? null}
              onReset={() => props().onReset(line)}
              onCancel={() => props().onCancelEdit()}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}, sameLineRow);

/** Heading of a domain or development with its expand/collapse button (a disclosure inside the grid). */
function ToggleHeading({ label, expanded, onToggle }: { label: string; expanded: boolean; onToggle?: () => void }) {
  if (!onToggle) return <>{label}</>;
  return (
    <button type="button" tabIndex={-1} className="app-toggle" aria-expanded={expanded} onClick={onToggle}>
      <span aria-hidden="true" className="app-toggle__icon">
        {expanded ? '▾' : '▸'}
      </span>{' '}
      {label}
    </button>
  );
}

interface DevelopmentHeadingProps {
  dev: GridDevelopment;
  years: number[];
  open: boolean;
  onToggle?: (key: string) => void;
}

/** A development's heading row: expand/collapse and its total per year (also while collapsed). */
const DevelopmentHeading = memo(
  function DevelopmentHeading({ dev, years, open, onToggle }: DevelopmentHeadingProps) {
    return (
      <tr className={`utrecht-table__row app-row--development ${dev.enabled ? '' : 'app-row--disabled'}`} data-development={dev.id}>
        <th scope="rowgroup" colSpan={2} tabIndex={-1} className="utrecht-table__cell" id={`grid-dev-${dev.id}`}>
          <ToggleHeading label={dev.title} expanded={open} onToggle={onToggle ? () => onToggle(developmentKeyOf(dev.id)) : undefined} />
          {dev.enabled ? '' : ' (uitgezet, telt niet mee)'}
          {open ? '' : ` (${dev.lines.length} ${dev.lines.length === 1 ? 'regel' : 'regels'} ingeklapt)`}
        </th>
        {years.map((y) => (
          <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num app-dev-total">
            <span className="app-visually-hidden">Totaal {dev.title} {y}: </span>
            {formatEuro(dev.total[y] ?? 0)}
          </td>
        ))}
        <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" />
      </tr>
    );
  },
  (a, b) =>
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    a.dev.id === b.dev.id &&
    a.dev.title === b.dev.title &&
    a.dev.enabled === b.dev.enabled &&
    a.dev.lines.length === b.dev.lines.length &&
    a.years.join() === b.years.join() &&
    sameAmounts(a.dev.total, b.dev.total, b.years),
);

function DomainBody({ domain, years, props, handlers }: { domain: GridDomain; years: number[]; props: BudgetGridProps; handlers: Handlers }) {
  const columns = 2 + years.length + 1;
  const collapsed = props.collapsed ?? new Set<string>();
  const domainOpen = !collapsed.has(domainKeyOf(domain.key));
  const toggle = props.onToggle;
  return (
    <tbody className="utrecht-table__body" id={`grid-domain-${domain.key}`}>
      <tr className="utrecht-table__row app-row--domain">
        <th scope="colgroup" colSpan={columns} tabIndex={-1} className="utrecht-table__header-cell" id={`domain-${domain.key}`}>
          <ToggleHeading label={domain.name} expanded={domainOpen} onToggle={toggle ? () => toggle(domainKeyOf(domain.key)) : undefined} />
          {domainOpen ? '' : ` (${domain.developments.length} ontwikkelingen, ${domain.developments.reduce((n, d) => n + d.lines.length, 0)} regels ingeklapt)`}
        </th>
      </tr>
      {domainOpen
        ? domain.developments.map((dev) => {
            const devOpen = !collapsed.has(developmentKeyOf(dev.id));
            return (
              <Fragment key={dev.id}>
                <DevelopmentHeading dev={dev} years={years} open={devOpen} onToggle={toggle} />
                {!devOpen ? null : dev.lines.length === 0 ? (
                  <tr className="utrecht-table__row">
                    <td role="gridcell" tabIndex={-1} colSpan={columns} className="utrecht-table__cell app-line-cell">
                      Geen begrotingsregels in deze ontwikkeling.
                    </td>
                  </tr>
                ) : (
                  dev.lines.map((line) => (
                    <LineRow
                      key={line.id}
                      line={line}
                      years={years}
                      disabled={!dev.enabled}
                      editing={props.editingLineId === line.id}
                      editState={props.editingLineId === line.id ? { problems: props.editProblems ?? [], saving: props.editSaving ?? false } : undefined}
                      readOnly={props.readOnly ?? false}
                      handlers={handlers}
                    />
                  ))
                )}
              </Fragment>
            );
          })
        : null}
      <TotalsRows totals={domain.totals} years={years} scope={domain.name} columns={2} />
    </tbody>
  );
}

/**
 * Line × year grid with subtotals per domain and in total: a WAI-ARIA grid (one tab stop, arrow
 * keys between cells; see grid-keyboard.ts), with domains and developments that collapse.
 */
export function BudgetGrid(props: BudgetGridProps) {
  const { model } = props;
  const years = model.years;
  // The rows call the latest handlers through this ref, so new callbacks do not re-render them.
  const handlers = useRef(props);
  handlers.current = props;
  const ownRef = useRef<HTMLTableElement>(null);
  const tableRef = props.tableRef ?? ownRef;
  const keyboard = useGridKeyboard(tableRef);
  return (
    <TableWrap label="Begrotingsregels per jaar" focusable={false}>
      <table
        ref={tableRef}
        role="grid"
        aria-labelledby="grid-caption"
        aria-describedby="grid-keys"
        className="utrecht-table utrecht-table--html-table app-grid-table app-budget-grid"
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
      >
        <caption id="grid-caption" className="utrecht-table__caption app-visually-hidden">
          Begrotingsregels per jaar, met subtotalen per domein
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">Regel</th>
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">Soort en herkomst</th>
            {years.map((y) => (
              <th key={y} scope="col" tabIndex={-1} className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">Acties</th>
          </tr>
        </thead>
        {model.domains.map((domain) => (
          <DomainBody key={domain.key} domain={domain} years={years} props={props} handlers={handlers} />
        ))}
        <tfoot className="utrecht-table__footer">
          <TotalsRows totals={model.totals} years={years} scope="begroting" columns={2} />
        </tfoot>
      </table>
      <p id="grid-keys" className="app-visually-hidden">
        Pijltjestoetsen: naar een andere cel. Home en End: begin of eind van de rij. Enter of F2: de knop in de cel gebruiken. Escape: terug naar de cel.
      </p>
    </TableWrap>
  );
}
