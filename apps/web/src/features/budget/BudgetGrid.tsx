import { TableWrap } from '../../ui/TableWrap.tsx';
import { memo, useLayoutEffect, useRef, useState, type Ref, type RefObject } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { LineInput, Totals } from '@app/engine';
import type { GridDevelopment, GridDomain, GridLine, GridModel } from './row-model.ts';
import { developmentKeyOf, domainKeyOf, gridRows, subtotalKeys, type GridRow } from './grid-rows.ts';
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
  /** Removes a contribution line (ADR 0023). */
  onRemoveContribution?: (line: GridLine) => void;
  /** Hide the edit actions (adopted/submitted budget, or a role that may not edit). */
  readOnly?: boolean;
  /** Collapsed domains (`domain:<key>`) and developments (`dev:<budget development id>`). */
  collapsed?: ReadonlySet<string>;
  onToggle?: (key: string) => void;
  /** The table, for the builder's "Ga naar ontwikkeling" (focus a heading cell in the grid). */
  tableRef?: RefObject<HTMLTableElement | null>;
  /** A development heading that must be in the DOM now (the target of "Ga naar"), also in a long grid. */
  revealDevelopmentId?: string | null;
}

/**
 * From this many body rows on, only the rows near the viewport are in the DOM (docs/performance.md:
 * with 2.000 lines expanded the browser's layout of the whole table costs ~100 ms per keystroke).
 */
export const VIRTUAL_FROM_ROWS = 400;
/** Rows rendered beyond each edge of the viewport: more than PageUp/PageDown moves (10). */
const OVERSCAN = 20;

const SUBTOTAL_LABELS: Record<keyof Totals, string> = {
  incidental: 'Incidenteel',
  structural: 'Structureel',
  capital: 'Kapitaallasten',
  total: 'Totaal',
  investment: 'Investeringen',
};

/** What a rendered row needs from the virtual window: its measuring ref and position attributes. */
interface RowSlot {
  measure?: Ref<HTMLTableRowElement> | undefined;
  index?: number | undefined;
  /** aria-rowindex (1-based, the column headings are row 1); only while the grid is windowed. */
  rowIndex?: number | undefined;
}

const slotAttributes = (slot: RowSlot) => ({
  ref: slot.measure,
  'data-index': slot.index,
  'aria-rowindex': slot.rowIndex,
});
const sameSlot = (a: RowSlot, b: RowSlot) =>
  a.measure === b.measure && a.index === b.index && a.rowIndex === b.rowIndex;

function SubtotalRow({
  totals,
  total,
  years,
  scope,
  slot = {},
}: {
  totals: Totals;
  total: keyof Totals;
  years: number[];
  scope: string;
  slot?: RowSlot;
}) {
  const label =
    total === 'investment'
      ? `Investeringen ${scope} (buiten het totaal; leiden tot kapitaallasten)`
      : `${SUBTOTAL_LABELS[total]} ${scope}`;
  return (
    <tr
      {...slotAttributes(slot)}
      className={`utrecht-table__row ${total === 'total' ? 'app-row--total' : 'app-row--subtotal'}`}
    >
      <th scope="row" tabIndex={-1} className="utrecht-table__cell" colSpan={2}>
        {label}
      </th>
      {years.map((y) => (
        <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num">
          {formatEuro(totals[total][y] ?? 0)}
        </td>
      ))}
      <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" />
    </tr>
  );
}

function overrideSummary(line: GridLine): string {
  const model = line.budgetLine.model;
  if (!model) return '';
  const fields = line.budgetLine.overriddenFields;
  const parts = fields
    .filter((f) => f !== 'ownQuantity')
    .map((f) => overrideNote(f as EditableField, model[f as EditableField]));
  if (fields.includes('ownQuantity')) parts.push('eigen waarde, niet geschaald');
  return parts.join(', ');
}

/** dd-mm-jjjj of an ISO timestamp. */
function dutchDate(iso: string): string {
  return new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Where a contribution line's amounts come from, and when the shared budget last changed. */
function ContributionNote({ line }: { line: GridLine }) {
  const c = line.contribution;
  if (!c) return null;
  let text: string;
  if (c.state === 'revoked')
    text =
      'Geen partnerrol meer voor deze samenwerking: de bijdrage telt als € 0. Vraag de gastorganisatie de partnerrol opnieuw toe te kennen, of verwijder de regel.';
  else if (c.state === 'no-budget')
    text = 'De samenwerking heeft nog geen gedeelde begroting: de bijdrage telt als € 0.';
  else {
    const source = `Volgens de verdeelsleutel van "${c.sharedBudgetName ?? ''}"${c.hostName ? ` (${c.hostName})` : ''}; niet geschaald of geïndexeerd.`;
    const changed = c.sharedUpdatedAt ? ` Gedeelde begroting gewijzigd op ${dutchDate(c.sharedUpdatedAt)}.` : '';
    const pinned = c.pinnedAt
      ? ` Vastgelegd op ${dutchDate(c.pinnedAt)} (ingediend of vastgesteld): wijzigt niet meer.`
      : '';
    text = source + changed + pinned;
  }
  return (
    <span className="app-model-value">
      <span className="app-override-marker">{c.state === 'active' ? 'Gedeelde begroting' : 'Let op'}</span>: {text}
    </span>
  );
}

type Handlers = RefObject<BudgetGridProps>;

interface LineRowProps {
  line: GridLine;
  years: number[];
  disabled: boolean;
  editing: boolean;
  readOnly: boolean;
  handlers: Handlers;
  slot: RowSlot;
}

const sameAmounts = (a: Record<number, number>, b: Record<number, number>, years: number[]) =>
  a === b || years.every((y) => a[y] === b[y]);

/**
 * A line row re-renders only when what it shows changed: one keystroke in a 2.000-line budget
 * recalculates every line, but only the edited line's amounts (and the totals) differ.
 */
function sameLineRow(prev: LineRowProps, next: LineRowProps): boolean {
  return (
    prev.disabled === next.disabled &&
    prev.editing === next.editing &&
    prev.readOnly === next.readOnly &&
    prev.handlers === next.handlers &&
    sameSlot(prev.slot, next.slot) &&
    prev.years.join() === next.years.join() &&
    prev.line.budgetLine === next.line.budgetLine &&
    prev.line.effective === next.line.effective &&
    prev.line.excluded === next.line.excluded &&
    prev.line.overridden === next.line.overridden &&
    sameAmounts(prev.line.amounts, next.line.amounts, next.years)
  );
}

const LineRow = memo(function LineRow({ line, years, disabled, editing, readOnly, handlers, slot }: LineRowProps) {
  const props = () => handlers.current;
  return (
    <tr {...slotAttributes(slot)} className={`utrecht-table__row ${disabled ? 'app-row--disabled' : ''}`}>
      <th scope="row" tabIndex={-1} className="utrecht-table__cell app-line-cell">
        {line.effective.description}
        {line.excluded ? (
          <span className="app-model-value">
            <span className="app-override-marker">Onvolledig in de bron</span>: vul de ontbrekende waarden aan via
            Aanpassen; telt tot dan niet mee.
          </span>
        ) : null}
        {line.contribution ? <ContributionNote line={line} /> : null}
        {line.overridden ? (
          <span className="app-model-value">
            <span className="app-override-marker">Aangepast</span> ({overrideSummary(line)}) — toelichting:{' '}
            {line.budgetLine.justification ?? '—'}
          </span>
        ) : null}
      </th>
      <td role="gridcell" tabIndex={-1} className="utrecht-table__cell app-kind-cell">
        {line.contribution ? (
          'Bijdrage samenwerking'
        ) : (
          <>
            {KIND_LABELS[line.effective.kind]}
            <br />
            <ProvenanceBadge provenance={line.effective.provenance} />
          </>
        )}
      </td>
      {years.map((y) => (
        <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num">
          <LinkButton
            tabIndex={-1}
            onClick={() => props().onExplain(line, y)}
            aria-label={`${formatEuro(line.amounts[y] ?? 0)}, hoe berekend: ${line.effective.description} ${y}`}
          >
            {formatEuro(line.amounts[y] ?? 0)}
          </LinkButton>
        </td>
      ))}
      <td role="gridcell" tabIndex={-1} className="utrecht-table__cell app-actions-cell">
        {readOnly ? null : line.contribution ? (
          props().onRemoveContribution ? (
            <Button
              tabIndex={-1}
              appearance="subtle"
              onClick={() => props().onRemoveContribution?.(line)}
              aria-label={`Verwijderen: ${line.effective.description}`}
            >
              Verwijderen
            </Button>
          ) : null
        ) : (
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
              <Button
                tabIndex={-1}
                appearance="subtle"
                onClick={() => props().onReset(line)}
                aria-label={`Terug naar model: ${line.effective.description}`}
              >
                Terug naar model
              </Button>
            ) : null}
            {line.budgetLine.custom && props().onDeleteCustom ? (
              <Button
                tabIndex={-1}
                appearance="subtle"
                onClick={() => props().onDeleteCustom?.(line)}
                aria-label={`Verwijderen: ${line.effective.description}`}
              >
                Verwijderen
              </Button>
            ) : null}
          </div>
        )}
      </td>
    </tr>
  );
}, sameLineRow);

/** The line editor, in its own row below the line being edited. */
function EditorRow({
  line,
  columns,
  props,
  slot,
}: {
  line: GridLine;
  columns: number;
  props: BudgetGridProps;
  slot: RowSlot;
}) {
  return (
    <tr {...slotAttributes(slot)} className="utrecht-table__row">
      <td role="gridcell" tabIndex={-1} className="utrecht-table__cell" colSpan={columns}>
        <LineEditor
          line={line}
          onPreview={(fields) => props.onPreview(line, fields)}
          onSave={(fields, justification) => props.onSave(line, fields, justification)}
          problems={props.editProblems ?? []}
          saving={props.editSaving ?? false}
          modelScaledQuantity={props.modelScaledQuantity?.(line) ?? null}
          onReset={() => props.onReset(line)}
          onCancel={() => props.onCancelEdit()}
        />
      </td>
    </tr>
  );
}

/** Heading of a domain or development with its expand/collapse button (a disclosure inside the grid). */
function ToggleHeading({
  label,
  expanded,
  onToggle,
}: {
  label: string;
  expanded: boolean;
  onToggle?: (() => void) | undefined;
}) {
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

function DomainHeading({
  domain,
  open,
  columns,
  onToggle,
  slot,
}: {
  domain: GridDomain;
  open: boolean;
  columns: number;
  onToggle?: ((key: string) => void) | undefined;
  slot: RowSlot;
}) {
  return (
    <tr {...slotAttributes(slot)} className="utrecht-table__row app-row--domain">
      <th
        scope="colgroup"
        colSpan={columns}
        tabIndex={-1}
        className="utrecht-table__header-cell"
        id={`domain-${domain.key}`}
      >
        <ToggleHeading
          label={domain.name}
          expanded={open}
          onToggle={onToggle ? () => onToggle(domainKeyOf(domain.key)) : undefined}
        />
        {open
          ? ''
          : ` (${domain.developments.length} ontwikkelingen, ${domain.developments.reduce((n, d) => n + d.lines.length, 0)} regels ingeklapt)`}
      </th>
    </tr>
  );
}

interface DevelopmentHeadingProps {
  dev: GridDevelopment;
  years: number[];
  open: boolean;
  onToggle?: ((key: string) => void) | undefined;
  slot: RowSlot;
}

/** A development's heading row: expand/collapse and its total per year (also while collapsed). */
const DevelopmentHeading = memo(
  function DevelopmentHeading({ dev, years, open, onToggle, slot }: DevelopmentHeadingProps) {
    return (
      <tr
        {...slotAttributes(slot)}
        className={`utrecht-table__row app-row--development ${dev.enabled ? '' : 'app-row--disabled'}`}
        data-development={dev.id}
      >
        <th scope="rowgroup" colSpan={2} tabIndex={-1} className="utrecht-table__cell" id={`grid-dev-${dev.id}`}>
          <ToggleHeading
            label={dev.title}
            expanded={open}
            onToggle={onToggle ? () => onToggle(developmentKeyOf(dev.id)) : undefined}
          />
          {dev.enabled ? '' : ' (uitgezet, telt niet mee)'}
          {open ? '' : ` (${dev.lines.length} ${dev.lines.length === 1 ? 'regel' : 'regels'} ingeklapt)`}
        </th>
        {years.map((y) => (
          <td key={y} role="gridcell" tabIndex={-1} className="utrecht-table__cell app-num app-dev-total">
            <span className="app-visually-hidden">
              Totaal {dev.title} {y}:{' '}
            </span>
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
    sameSlot(a.slot, b.slot) &&
    a.dev.id === b.dev.id &&
    a.dev.title === b.dev.title &&
    a.dev.enabled === b.dev.enabled &&
    a.dev.lines.length === b.dev.lines.length &&
    a.years.join() === b.years.join() &&
    sameAmounts(a.dev.total, b.dev.total, b.years),
);

function BodyRow({
  row,
  years,
  props,
  handlers,
  slot,
}: {
  row: GridRow;
  years: number[];
  props: BudgetGridProps;
  handlers: Handlers;
  slot: RowSlot;
}) {
  const columns = 2 + years.length + 1;
  switch (row.kind) {
    case 'domain':
      return (
        <DomainHeading domain={row.domain} open={row.open} columns={columns} onToggle={props.onToggle} slot={slot} />
      );
    case 'development':
      return <DevelopmentHeading dev={row.dev} years={years} open={row.open} onToggle={props.onToggle} slot={slot} />;
    case 'line':
      return (
        <LineRow
          line={row.line}
          years={years}
          disabled={row.disabled}
          editing={props.editingLineId === row.line.id}
          readOnly={props.readOnly ?? false}
          handlers={handlers}
          slot={slot}
        />
      );
    case 'editor':
      return <EditorRow line={row.line} columns={columns} props={props} slot={slot} />;
    case 'empty':
      return (
        <tr {...slotAttributes(slot)} className="utrecht-table__row">
          <td role="gridcell" tabIndex={-1} colSpan={columns} className="utrecht-table__cell app-line-cell">
            Geen begrotingsregels in deze ontwikkeling.
          </td>
        </tr>
      );
    case 'subtotal':
      return (
        <SubtotalRow totals={row.domain.totals} total={row.total} years={years} scope={row.domain.name} slot={slot} />
      );
  }
}

/** Estimated row heights (px) before a row is measured; measured heights replace them. */
const ESTIMATE: Record<GridRow['kind'], number> = {
  domain: 44,
  development: 44,
  line: 64,
  editor: 480,
  empty: 40,
  subtotal: 40,
};

/** An invisible row of the given height standing in for rows outside the window. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" data-spacer="" className="app-grid-spacer" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

/** The rows that must stay rendered whatever the scroll position: the focused cell's, the editor's, a jump target. */
function pinnedIndexes(
  table: HTMLTableElement | null,
  rows: GridRow[],
  revealKey: string | null,
  editingLineId: string | null,
): number[] {
  const pinned: number[] = [];
  const active = table
    ?.querySelector<HTMLElement>('tbody tr[data-index] [tabindex="0"]')
    ?.closest('tr')
    ?.getAttribute('data-index');
  if (active != null) pinned.push(Number(active));
  if (revealKey || editingLineId) {
    rows.forEach((row, i) => {
      if (row.key === revealKey || ((row.kind === 'line' || row.kind === 'editor') && row.line.id === editingLineId))
        pinned.push(i);
    });
  }
  return pinned;
}

/** Only the rows near the viewport, with spacers for the rest (WAI-ARIA: aria-rowcount/rowindex keep the full size). */
function WindowedBody({
  rows,
  years,
  props,
  handlers,
  tableRef,
}: {
  rows: GridRow[];
  years: number[];
  props: BudgetGridProps;
  handlers: Handlers;
  tableRef: RefObject<HTMLTableElement | null>;
}) {
  const columns = 2 + years.length + 1;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The window is measured from the top of the body: keep that offset current when content above moves.
  useLayoutEffect(() => {
    const top = Math.round((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  });
  const revealKey = props.revealDevelopmentId ? developmentKeyOf(props.revealDevelopmentId) : null;
  const rangeExtractor = (range: Range) => {
    const indexes = new Set(defaultRangeExtractor(range));
    for (const i of pinnedIndexes(tableRef.current, rows, revealKey, props.editingLineId))
      if (i < rows.length) indexes.add(i);
    return [...indexes].sort((a, b) => a - b);
  };
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => ESTIMATE[rows[i]?.kind ?? 'line'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const out = [];
  let cursor = scrollMargin;
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    if (item.start > cursor)
      out.push(<Spacer key={`gap-${item.index}`} height={item.start - cursor} columns={columns} />);
    out.push(
      <BodyRow
        key={row.key}
        row={row}
        years={years}
        props={props}
        handlers={handlers}
        slot={{ measure: virtualizer.measureElement, index: item.index, rowIndex: item.index + 2 }}
      />,
    );
    cursor = Math.max(cursor, item.end);
  }
  const end = virtualizer.getTotalSize() + scrollMargin;
  if (end > cursor) out.push(<Spacer key="gap-end" height={end - cursor} columns={columns} />);
  return (
    <tbody ref={bodyRef} className="utrecht-table__body">
      {out}
    </tbody>
  );
}

/**
 * Line × year grid with subtotals per domain and in total: a WAI-ARIA grid (one tab stop, arrow
 * keys between cells; see grid-keyboard.ts), with domains and developments that collapse. A long
 * grid renders only the rows near the viewport (VIRTUAL_FROM_ROWS).
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
  const rows = gridRows(model.domains, years, props.collapsed ?? new Set<string>(), props.editingLineId);
  const windowed = rows.length >= VIRTUAL_FROM_ROWS;
  const footerKeys = subtotalKeys(model.totals, years);
  // Windowed, the grid announces its full size: headings + body rows + footer rows.
  const rowCount = windowed ? 1 + rows.length + footerKeys.length : undefined;
  return (
    <TableWrap label="Begrotingsregels per jaar" focusable={false}>
      <table
        ref={tableRef}
        role="grid"
        aria-labelledby="grid-caption"
        aria-describedby="grid-keys"
        aria-rowcount={rowCount}
        className={`utrecht-table utrecht-table--html-table app-grid-table app-budget-grid ${windowed ? 'app-budget-grid--windowed' : ''}`}
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
      >
        <caption id="grid-caption" className="utrecht-table__caption app-visually-hidden">
          Begrotingsregels per jaar, met subtotalen per domein
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row" aria-rowindex={windowed ? 1 : undefined}>
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">
              Regel
            </th>
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">
              Soort en herkomst
            </th>
            {years.map((y) => (
              <th key={y} scope="col" tabIndex={-1} className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
            <th scope="col" tabIndex={-1} className="utrecht-table__header-cell">
              Acties
            </th>
          </tr>
        </thead>
        {windowed ? (
          <WindowedBody rows={rows} years={years} props={props} handlers={handlers} tableRef={tableRef} />
        ) : (
          <tbody className="utrecht-table__body">
            {rows.map((row) => (
              <BodyRow key={row.key} row={row} years={years} props={props} handlers={handlers} slot={{}} />
            ))}
          </tbody>
        )}
        <tfoot className="utrecht-table__footer">
          {footerKeys.map((total, i) => (
            <SubtotalRow
              key={total}
              totals={model.totals}
              total={total}
              years={years}
              scope="begroting"
              slot={{ rowIndex: rowCount ? rowCount - footerKeys.length + i + 1 : undefined }}
            />
          ))}
        </tfoot>
      </table>
      <p id="grid-keys" className="app-visually-hidden">
        Pijltjestoetsen: naar een andere cel. Home en End: begin of eind van de rij. Enter of F2: de knop in de cel
        gebruiken. Escape: terug naar de cel.
      </p>
    </TableWrap>
  );
}
