import { Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { scaledQuantityOf, type LineInput } from '@app/engine';
import { catalogQueries, referenceQueries } from '../../api/queries.ts';
import { BuilderPlausibility, ExampleMajorityAlert } from './Plausibility.tsx';
import { errorMessage } from '../../api/client.ts';
import { useBudgetContext } from './BudgetLayout.tsx';
import { BudgetGrid } from './BudgetGrid.tsx';
import { developmentKeyOf } from './grid-rows.ts';
import { GridOverview } from './GridOverview.tsx';
import { filterDomains, lineCount } from './grid-view.ts';
import { useStickyOffset } from './use-sticky-offset.ts';
import { DevelopmentPanel } from './DevelopmentPanel.tsx';
import type { ExplainTarget } from './ExplainDialog.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { CONTRIBUTION_DOMAIN_NAMES, type GridLine, type PendingChange } from './row-model.ts';
import { QUANTITY_FIELD, changedFields } from './line-fields.ts';
import { apiProblems, type FormProblem } from '../../lib/form-errors.ts';
import { isVersionConflict } from './conflict.tsx';
import {
  useOverrideLine,
  usePatchDevelopment,
  useResetLine,
  useDeleteLine,
  useRemoveContribution,
  type DevelopmentPatch,
} from './mutations.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { formatEuro } from '../../lib/format.ts';
import { FundingSummary } from '../funding/FundingSummary.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useUnsavedGuard } from './use-unsaved-guard.ts';
import { useGridNavigation } from './use-grid-navigation.ts';
import { usePreview } from './use-preview.ts';

// Below the grid or opened on demand: their code loads after the first render (issue 14).
const CustomLineForm = lazy(async () => ({ default: (await import('./CustomLineForm.tsx')).CustomLineForm }));
const ContributionForm = lazy(async () => ({ default: (await import('./ContributionForm.tsx')).ContributionForm }));
const ExplainDialog = lazy(async () => ({ default: (await import('./ExplainDialog.tsx')).ExplainDialog }));

type UndoEntry =
  | {
      type: 'line';
      label: string;
      lineId: string;
      hadOverride: boolean;
      fields: Partial<LineInput>;
      justification: string | null;
    }
  | { type: 'development'; label: string; id: string; developmentId: string; before: DevelopmentPatch };

export function BuilderPage() {
  const { budget, editable } = useBudgetContext();
  usePageTitle(`Begroting ${budget.name}`);
  const [params] = useSearchParams();
  const domainFilter = params.get('domein');
  const catalogQuery = useQuery(catalogQueries.tree(budget.edition.id));
  const catalog = catalogQuery.data;
  const reference = useQuery(referenceQueries.all());
  const domainNames = useMemo(
    () => ({
      ...CONTRIBUTION_DOMAIN_NAMES,
      ...Object.fromEntries((catalog?.domains ?? []).map((d) => [d.key, d.name])),
    }),
    [catalog],
  );

  const [editingLineId, setEditingLineId] = useState<string | null>(null);
  const [draft, setDraft] = useState<PendingChange | null>(null);
  const { blocker, stayRef } = useUnsavedGuard(draft !== null);
  const [inFlight, setInFlight] = useState<Record<string, PendingChange>>({});
  const [undoStack, setUndoStack] = useState<UndoEntry[]>([]);
  const [explain, setExplain] = useState<ExplainTarget | null>(null);
  const [lastError, setLastError] = useState<string | null>(null);
  const [savedOnce, setSavedOnce] = useState(false);
  const [editProblems, setEditProblems] = useState<FormProblem[]>([]);
  const nav = useGridNavigation(budget);
  const summaryRef = useRef<HTMLDivElement>(null);

  const overrideLine = useOverrideLine(budget.id);
  const resetLine = useResetLine(budget.id);
  const patchDevelopment = usePatchDevelopment(budget.id);
  const deleteLine = useDeleteLine(budget.id);
  const removeContribution = useRemoveContribution(budget.id);
  const saving = Object.keys(inFlight).length > 0;

  const changes = useMemo(() => [...Object.values(inFlight), ...(draft ? [draft] : [])], [inFlight, draft]);
  const { previewInput, error: previewError, result, resultInput, model } = usePreview(budget, changes, domainNames);
  useStickyOffset(summaryRef, !catalogQuery.isPending && model !== null);

  const sequence = useRef(0);
  const track = useCallback(
    <T,>(
      what: string,
      change: PendingChange,
      run: (callbacks: { onSuccess: () => void; onError: (e: unknown) => void; onSettled: () => void }) => T,
    ) => {
      // Unique per call: two quick edits of the same thing must not clear each other's preview.
      const key = `${what}#${(sequence.current += 1)}`;
      setInFlight((m) => ({ ...m, [key]: change }));
      setLastError(null);
      return run({
        onSuccess: () => setSavedOnce(true),
        // A stale version has its own alert (conflict.tsx) with reload/reapply; no second message here.
        onError: (e) => setLastError(isVersionConflict(e) ? null : errorMessage(e)),
        onSettled: () =>
          setInFlight((m) => {
            const next = { ...m };
            delete next[key];
            return next;
          }),
      });
    },
    [],
  );

  // The editor's "geschaald naar deze gemeente": the model quantity as the engine scales it.
  const modelScaled = useCallback(
    (line: GridLine): number | null => {
      const model = line.budgetLine.model;
      if (!model) return null;
      const q = QUANTITY_FIELD[line.effective.costBasis];
      try {
        return scaledQuantityOf(budget.calculationInput, { ...line.effective, [q]: model[q], ownQuantity: null });
      } catch {
        return null;
      }
    },
    [budget.calculationInput],
  );

  // When the inline editor closes, keyboard users continue from the line's own button.
  const returnFocus = (lineId: string) =>
    requestAnimationFrame(() => document.getElementById(`edit-${lineId}`)?.focus());

  const snapshotLine = (line: GridLine): UndoEntry => {
    const { effective, overriddenFields } = line.budgetLine;
    const fields = Object.fromEntries(overriddenFields.map((f) => [f, effective[f]])) as Partial<LineInput>;
    return {
      type: 'line',
      label: line.effective.description,
      lineId: line.id,
      hadOverride: line.overridden,
      fields,
      justification: line.budgetLine.justification,
    };
  };

  const closeEditor = (lineId: string, focusLine = true) => {
    setDraft(null);
    setEditingLineId(null);
    setEditProblems([]);
    if (focusLine) returnFocus(lineId);
  };

  const saveLine = (line: GridLine, values: Partial<LineInput>, justification: string) => {
    const before = snapshotLine(line);
    const model = line.budgetLine.model;
    const change: PendingChange = {
      type: 'line',
      engineLineId: line.engineLineId,
      fields: values,
      base: line.effective,
    };
    if (model && Object.keys(changedFields(model, values)).length === 0) {
      // Everything back at the model value: that is a reset, not an override.
      closeEditor(line.id);
      resetLineTo(line, before);
      return;
    }
    // The API merges fields into the line's overrides and drops those equal to the model, so a
    // catalog line gets every editable value (a field set back to the model stops being an
    // override); a custom line only what changed.
    const fields = model ? values : changedFields(line.effective, values);
    if (Object.keys(fields).length === 0) {
      closeEditor(line.id);
      return;
    }
    // The editor stays open until the server accepts: a rejection is shown at its field and the
    // input stays. A stale version parks the change in the conflict alert (reload or reapply).
    setEditProblems([]);
    track(`line:${line.id}`, change, (cb) =>
      overrideLine.mutate(
        { lineId: line.id, fields, justification },
        {
          ...cb,
          onSuccess: () => {
            cb.onSuccess();
            setUndoStack((s) => [...s, before]);
            closeEditor(line.id);
          },
          onError: (e) => {
            // The conflict alert holds the change (reload or reapply) and takes focus itself.
            if (isVersionConflict(e)) closeEditor(line.id, false);
            else setEditProblems(apiProblems(e, ['fields']));
          },
        },
      ),
    );
  };

  const resetLineTo = (line: GridLine, before: UndoEntry) => {
    const modelValues = line.budgetLine.model ?? line.effective;
    const change: PendingChange = {
      type: 'line',
      engineLineId: line.engineLineId,
      fields: { ...modelValues, id: line.engineLineId },
    };
    track(`line:${line.id}`, change, (cb) => resetLine.mutate({ lineId: line.id }, cb));
    setUndoStack((s) => [...s, before]);
  };

  const reset = (line: GridLine) => {
    setDraft(null);
    setEditingLineId(null);
    returnFocus(line.id);
    resetLineTo(line, snapshotLine(line));
  };

  const changeDevelopment = (id: string, developmentId: string, patch: DevelopmentPatch) => {
    const dev = budget.developments.find((d) => d.id === id);
    if (!dev) return;
    const before: DevelopmentPatch = {};
    if ('enabled' in patch) before.enabled = dev.enabled;
    if ('startYear' in patch) before.startYear = dev.startYear;
    if ('ownerUnitId' in patch) before.ownerUnitId = dev.ownerUnitId;
    setUndoStack((s) => [...s, { type: 'development', label: dev.title, id, developmentId, before }]);
    const change: PendingChange = {
      type: 'development',
      developmentId,
      enabled: patch.enabled,
      startYear: patch.startYear,
      ownerUnitId: patch.ownerUnitId,
    };
    track(`dev:${id}`, change, (cb) => patchDevelopment.mutate({ id, patch }, cb));
  };

  const undo = () => {
    const entry = undoStack[undoStack.length - 1];
    if (!entry) return;
    setUndoStack((s) => s.slice(0, -1));
    if (entry.type === 'development') {
      const change: PendingChange = { type: 'development', developmentId: entry.developmentId, ...entry.before };
      track(`dev:${entry.id}`, change, (cb) => patchDevelopment.mutate({ id: entry.id, patch: entry.before }, cb));
      return;
    }
    const line = model?.domains
      .flatMap((d) => d.developments.flatMap((dev) => dev.lines))
      .find((l) => l.id === entry.lineId);
    if (!line) return;
    if (entry.hadOverride) {
      const change: PendingChange = {
        type: 'line',
        engineLineId: line.engineLineId,
        fields: { ...(line.budgetLine.model ?? {}), ...entry.fields },
      };
      track(`line:${line.id}`, change, (cb) =>
        overrideLine.mutate(
          { lineId: line.id, fields: entry.fields, justification: entry.justification ?? 'Ongedaan gemaakt' },
          cb,
        ),
      );
    } else {
      const change: PendingChange = {
        type: 'line',
        engineLineId: line.engineLineId,
        fields: { ...(line.budgetLine.model ?? line.effective) },
      };
      track(`line:${line.id}`, change, (cb) => resetLine.mutate({ lineId: line.id }, cb));
    }
  };

  const removeCustom = (line: GridLine) => {
    track(`line:${line.id}`, { type: 'line', engineLineId: line.engineLineId, fields: {} }, (cb) =>
      deleteLine.mutate({ lineId: line.id }, cb),
    );
  };
  const removeContributionLine = (line: GridLine) => {
    track(
      `line:${line.id}`,
      { type: 'line', engineLineId: line.engineLineId, fields: { fixedYearAmountsCents: {} } },
      (cb) => removeContribution.mutate({ contributionId: line.id }, cb),
    );
  };

  // Domain names come from the catalog; without it the grid would show keys ("fysiek-domein").
  if (catalogQuery.isPending) return <Loading what="Catalogus" />;
  if (!model) return <Alert type="error">De begroting kon niet worden berekend: {previewError}</Alert>;

  const shownDomains = domainFilter ? model.domains.filter((d) => d.key === domainFilter) : model.domains;
  const filteredDomains = filterDomains(shownDomains, nav.lineFilter);
  // The contribution lines' own domain (ADR 0023) has no catalog development to switch or add lines to.
  const catalogDomains = shownDomains.filter((d) => d.key !== 'samenwerking');
  const jump = (budgetDevelopmentId: string) => {
    const domain = shownDomains.find((d) => d.developments.some((dev) => dev.id === budgetDevelopmentId));
    if (!domain) return;
    if (!filteredDomains.some((d) => d.developments.some((dev) => dev.id === budgetDevelopmentId)))
      nav.setLineFilter('');
    nav.openAndFocus(domain.key, budgetDevelopmentId);
  };
  const firstYear = model.years[0] ?? budget.firstYear;
  const lastUndo = undoStack[undoStack.length - 1];
  const saveState = saving ? 'saving' : draft ? 'dirty' : lastError ? 'error' : savedOnce ? 'saved' : 'idle';
  const saveText = {
    dirty: 'Niet opgeslagen wijziging: vul de toelichting in en kies Opslaan',
    saving: 'Opslaan…',
    error: 'Opslaan mislukt',
    saved: 'Alle wijzigingen opgeslagen',
    idle: 'Alle wijzigingen opgeslagen',
  }[saveState];

  return (
    <div className="app-stack">
      {result ? <ExampleMajorityAlert result={result} /> : null}
      <div
        ref={summaryRef}
        className="app-summary-bar app-summary-bar--sticky"
        aria-label="Totalen en opslagstatus"
        role="region"
        data-testid="summary-bar"
      >
        <dl>
          {model.years.map((y) => (
            <div key={y}>
              <dt>Totaal {y}</dt>
              <dd data-testid={`total-${y}`}>{formatEuro(model.totals.total[y] ?? 0)}</dd>
            </div>
          ))}
        </dl>
        <p
          className={`app-save-state app-save-state--${saveState}`}
          role="status"
          aria-live="polite"
          data-testid="save-state"
        >
          {saveText}
        </p>
        {editable ? (
          <Button
            onClick={undo}
            disabled={!lastUndo || saving}
            aria-label={lastUndo ? `Ongedaan maken: ${lastUndo.label}` : 'Ongedaan maken'}
          >
            Ongedaan maken
          </Button>
        ) : null}
      </div>
      {blocker.state === 'blocked' ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            U heeft een wijziging die nog niet is opgeslagen. Wilt u weggaan zonder op te slaan?
          </p>
          <div className="app-row">
            <Button ref={stayRef} appearance="primary" onClick={() => blocker.reset()}>
              Blijven en opslaan
            </Button>
            <Button
              onClick={() => {
                setDraft(null);
                setEditingLineId(null);
                blocker.proceed();
              }}
            >
              Weggaan zonder opslaan
            </Button>
          </div>
        </Alert>
      ) : null}
      {result ? (
        <BuilderPlausibility input={resultInput} result={result} benchmarks={reference.data?.benchmarks ?? []} />
      ) : null}
      <FundingSummary budgetId={budget.id} />
      {lastError ? <Alert type="error">De wijziging is niet opgeslagen: {lastError}</Alert> : null}
      {previewError ? <Alert type="warning">Deze invoer kan niet worden berekend: {previewError}</Alert> : null}

      {editable ? <ProfileForm budget={budget} /> : null}

      <nav aria-label="Domeinen">
        <ul className="app-row" style={{ listStyle: 'none', padding: 0 }}>
          <li>
            <Link className="utrecht-link" to="?" aria-current={domainFilter ? undefined : 'page'}>
              Alle domeinen ({formatEuro(model.totals.total[firstYear] ?? 0)})
            </Link>
          </li>
          {model.domains.map((d) => (
            <li key={d.key}>
              <Link
                className="utrecht-link"
                to={`?domein=${encodeURIComponent(d.key)}`}
                aria-current={domainFilter === d.key ? 'page' : undefined}
              >
                {d.name} ({formatEuro(d.totals.total[firstYear] ?? 0)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* A disabled fieldset makes every development control read-only when the budget may not be edited. */}
      <fieldset
        disabled={!editable}
        className="app-plain-fieldset"
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
      >
        <DevelopmentPanel
          domains={catalogDomains}
          years={model.years}
          orgUnits={budget.orgUnits}
          onChange={changeDevelopment}
          open={domainFilter !== null}
        />
      </fieldset>
      <section className="app-stack" aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="utrecht-heading-2">
          Begrotingsregels per jaar{domainFilter ? `: ${shownDomains[0]?.name ?? ''}` : ''}
        </h2>
        <p className="utrecht-paragraph utrecht-paragraph--small">
          Bedragen in hele euro&apos;s. Kies een bedrag voor de uitleg (&quot;hoe berekend&quot;). Totalen rekenen
          direct mee terwijl u typt; opslaan gebeurt met een toelichting.
        </p>
        <GridOverview
          domains={shownDomains}
          filter={nav.lineFilter}
          onFilter={nav.setLineFilter}
          shownLines={lineCount(filteredDomains)}
          totalLines={lineCount(shownDomains)}
          onJump={jump}
          onCollapseAll={() =>
            nav.setCollapsed(
              new Set(shownDomains.flatMap((d) => d.developments.map((dev) => developmentKeyOf(dev.id)))),
            )
          }
          onExpandAll={() => nav.setCollapsed(new Set())}
        />
        {filteredDomains.length === 0 ? (
          <p className="utrecht-paragraph">
            Geen ontwikkelingen of regels gevonden voor &quot;{nav.lineFilter.trim()}&quot;.
          </p>
        ) : null}
        {nav.longBudget ? (
          <p className="utrecht-paragraph utrecht-paragraph--small" data-testid="long-budget-note">
            Deze begroting heeft {budget.lines.length} regels; de ontwikkelingen staan daarom ingeklapt, met hun totalen
            per jaar. Klap een ontwikkeling open, filter of kies &quot;Ga naar&quot;.
          </p>
        ) : null}
        <BudgetGrid
          model={{ ...model, domains: filteredDomains }}
          collapsed={nav.collapsed}
          onToggle={nav.toggle}
          tableRef={nav.tableRef}
          revealDevelopmentId={nav.jumpTo}
          editingLineId={editingLineId}
          onEdit={(line) => {
            setEditingLineId(line.id);
            setDraft(null);
            setEditProblems([]);
          }}
          onCancelEdit={() => {
            if (editingLineId) returnFocus(editingLineId);
            setEditingLineId(null);
            setDraft(null);
            setEditProblems([]);
          }}
          editProblems={editProblems}
          editSaving={
            editingLineId !== null && Object.keys(inFlight).some((k) => k.startsWith(`line:${editingLineId}#`))
          }
          modelScaledQuantity={modelScaled}
          onPreview={(line, fields) =>
            setDraft(fields ? { type: 'line', engineLineId: line.engineLineId, fields, base: line.effective } : null)
          }
          onSave={saveLine}
          onReset={reset}
          onExplain={(line, year) => setExplain({ line, year })}
          onDeleteCustom={removeCustom}
          onRemoveContribution={removeContributionLine}
          readOnly={!editable}
        />
        {editable ? (
          <Suspense fallback={null}>
            <CustomLineForm budgetId={budget.id} domains={catalogDomains} years={model.years} />
            <ContributionForm budgetId={budget.id} existing={budget.contributions ?? []} />
          </Suspense>
        ) : null}
      </section>
      {result ? (
        <Suspense fallback={null}>
          <ExplainDialog
            input={previewInput}
            result={result}
            target={explain}
            onClose={() => setExplain(null)}
            unsaved={draft !== null || saving}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
