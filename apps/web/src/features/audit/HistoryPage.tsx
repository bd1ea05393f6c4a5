import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { orgUnitQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import { budgetQueries } from '../../api/queries.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { IncompleteLinesNotice } from '../budget/Plausibility.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { BUDGET_STATUS_LABELS, describeChanges, describeWhat, type AuditEntry } from '@app/schemas';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { can, useRole } from '../auth/permissions.ts';
import { historyQueries, useAddComment, useNewVersion, useWorkflowStep, type WorkflowStep } from './queries.ts';

/** What the user sees after a workflow step succeeded. */
const STEP_RESULTS: Record<WorkflowStep, string> = {
  submit: 'De begroting is ingediend ter vaststelling. Een manager stelt haar vast of stuurt haar terug.',
  adopt:
    'De begroting is vastgesteld en verandert niet meer. Een informatieadviseur kan een nieuwe versie maken om verder te werken.',
  'send-back': 'De begroting is teruggestuurd naar de informatieadviseur, met uw toelichting.',
};

const KIND_LABELS: Record<string, string> = {
  comment: 'Opmerking',
  submitted: 'Ingediend',
  adopted: 'Vastgesteld',
  'sent-back': 'Teruggestuurd',
};

/** Status and workflow, remarks, versions and the change history of one budget. */
export function HistoryPage() {
  const { budget } = useBudgetContext();
  usePageTitle(`Status en historie — ${budget.name}`);
  return (
    <div className="app-stack">
      <WorkflowSection />
      <CommentsSection />
      <AuditSection />
    </div>
  );
}

function WorkflowSection() {
  const { budget } = useBudgetContext();
  const role = useRole();
  const navigate = useNavigate();
  const step = useWorkflowStep(budget.id);
  const newVersion = useNewVersion(budget.id);
  const versions = useQuery(historyQueries.versions(budget.id));
  const [remark, setRemark] = useState('');
  const [remarkError, setRemarkError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'adopt' | 'new-version' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = (which: WorkflowStep) => {
    if (which === 'send-back' && remark.trim() === '') {
      setRemarkError('Geef aan wat er moet veranderen: een toelichting is verplicht bij terugsturen.');
      return;
    }
    setRemarkError(null);
    setDone(null);
    step.mutate(
      { step: which, ...(remark.trim() ? { comment: remark.trim() } : {}) },
      {
        onSuccess: () => {
          setRemark('');
          setConfirming(null);
          setDone(STEP_RESULTS[which]);
        },
      },
    );
  };
  const makeNewVersion = () =>
    newVersion.mutate(undefined, {
      onSuccess: (created) => {
        setConfirming(null);
        void navigate(`/begrotingen/${created.id}`, {
          state: {
            notice: `Nieuwe versie gemaakt van "${budget.name}" (vastgesteld). U werkt nu in deze conceptversie; de vastgestelde versie blijft ongewijzigd. De vaste link van deze begroting opent voortaan deze versie.`,
          },
        });
      },
    });
  const cancelConfirm = () => {
    setConfirming(null);
    step.reset();
    newVersion.reset();
  };
  const canSubmit = budget.status === 'draft' && can(role, 'submit');
  const canDecide = budget.status === 'submitted' && can(role, 'adopt');
  // One new version per adopted budget: once it exists, point at it instead of offering another.
  const family = useQuery({ ...budgetQueries.family(budget.familyId), enabled: budget.status === 'adopted' });
  const successor = family.data?.members.find((m) => m.versionOfBudgetId === budget.id) ?? null;
  const canVersion = budget.status === 'adopted' && can(role, 'new-version') && !successor;
  const onSubmit = (event: FormEvent) => event.preventDefault();

  return (
    <section aria-labelledby="workflow-heading" className="app-card app-stack">
      <h2 id="workflow-heading" className="utrecht-heading-2">
        Status:{' '}
        <Badge tone={budget.status === 'adopted' ? 'ok' : budget.status === 'submitted' ? 'info' : 'neutral'}>
          {BUDGET_STATUS_LABELS[budget.status] ?? budget.status}
        </Badge>
      </h2>
      <p className="utrecht-paragraph">
        Een informatieadviseur dient een conceptbegroting in; een manager stelt haar vast of stuurt haar terug met een
        toelichting. Een vastgestelde begroting verandert niet meer: werk verder in een nieuwe versie.
      </p>
      {canSubmit || canDecide ? (
        <form className="app-stack" onSubmit={onSubmit} aria-label="Begroting indienen of beoordelen">
          <IncompleteLinesNotice input={budget.calculationInput} budgetId={budget.id} />
          <TextAreaField
            label={canDecide ? 'Toelichting (verplicht bij terugsturen)' : 'Toelichting (optioneel)'}
            value={remark}
            onChange={(e) => setRemark(e.target.value)}
            error={remarkError}
            maxLength={5000}
          />
          <div className="app-row">
            {canSubmit ? (
              <Button
                appearance="primary"
                onClick={() => run('submit')}
                disabled={step.isPending}
                busy={step.isPending}
              >
                Indienen ter vaststelling
              </Button>
            ) : null}
            {canDecide ? (
              <>
                <Button
                  appearance="primary"
                  onClick={() => setConfirming('adopt')}
                  disabled={step.isPending}
                  busy={step.isPending}
                >
                  Vaststellen
                </Button>
                <Button onClick={() => run('send-back')} disabled={step.isPending}>
                  Terugsturen
                </Button>
              </>
            ) : null}
          </div>
        </form>
      ) : null}
      {successor ? (
        <p className="utrecht-paragraph">
          Van deze vastgestelde begroting bestaat al een nieuwe versie:{' '}
          <Link className="utrecht-link" to={`/begrotingen/${successor.id}`}>
            {successor.name}
          </Link>
          . Werk daarin verder.
        </p>
      ) : null}
      {canVersion ? (
        <div>
          <Button
            appearance="primary"
            disabled={newVersion.isPending}
            busy={newVersion.isPending}
            onClick={() => setConfirming('new-version')}
          >
            Nieuwe versie maken
          </Button>
        </div>
      ) : null}
      {step.error && !confirming ? <Alert type="error">{errorMessage(step.error)}</Alert> : null}
      {done ? <Alert type="ok">{done}</Alert> : null}
      <ConfirmDialog
        open={confirming === 'adopt'}
        title={`"${budget.name}" vaststellen?`}
        confirmLabel="Ja, vaststellen"
        busy={step.isPending}
        error={confirming === 'adopt' && step.error ? errorMessage(step.error) : null}
        onConfirm={() => run('adopt')}
        onCancel={cancelConfirm}
      >
        <p className="utrecht-paragraph">
          Na vaststellen verandert deze begroting niet meer: niemand kan haar regels, uitgangspunten of
          scenario-koppeling nog wijzigen. Wie verder wil werken, maakt een nieuwe versie.
        </p>
        {remark.trim() ? (
          <p className="utrecht-paragraph">Uw toelichting wordt bij het vaststellen opgeslagen.</p>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'new-version'}
        title={`Nieuwe versie maken van "${budget.name}"?`}
        confirmLabel="Ja, nieuwe versie maken"
        busy={newVersion.isPending}
        error={newVersion.error ? errorMessage(newVersion.error) : null}
        onConfirm={makeNewVersion}
        onCancel={cancelConfirm}
      >
        <p className="utrecht-paragraph">
          Er komt een conceptkopie met alle ontwikkelingen, regels en aanpassingen. De vastgestelde versie blijft
          ongewijzigd en staat daarna als eerdere versie in de lijst met begrotingen. Van een vastgestelde begroting kan
          één nieuwe versie worden gemaakt.
        </p>
      </ConfirmDialog>
      {versions.data && versions.data.lineage.length > 1 ? (
        <div>
          <h3 className="utrecht-heading-3">Versies</h3>
          <ol className="utrecht-ordered-list">
            {versions.data.lineage.map((v) => (
              <li key={v.id} className="utrecht-ordered-list__item">
                {v.id === budget.id ? (
                  <strong>{v.name} (deze versie)</strong>
                ) : (
                  <Link className="utrecht-link" to={`/begrotingen/${v.id}`}>
                    {v.name}
                  </Link>
                )}{' '}
                —{' '}
                {
                  (BUDGET_STATUS_LABELS as Record<string, string>)[v.status] ??
                    v.status /* the lineage DTO types status as a plain string */
                }
              </li>
            ))}
          </ol>
          <p className="utrecht-paragraph">
            <Link
              className="utrecht-link"
              to={`/begrotingen/${budget.id}/scenarios?vergelijk=${versions.data.lineage.map((v) => v.id).join(',')}`}
            >
              Versies vergelijken
            </Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

function CommentsSection() {
  const { budget } = useBudgetContext();
  const mayComment = can(useRole(), 'comment');
  const comments = useQuery(historyQueries.comments(budget.id));
  const add = useAddComment(budget.id);
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) add.mutate(text.trim(), { onSuccess: () => setText('') });
  };
  return (
    <section aria-labelledby="comments-heading" className="app-stack">
      <h2 id="comments-heading" className="utrecht-heading-2">
        Opmerkingen
      </h2>
      {comments.isPending ? <Loading what="Opmerkingen" /> : null}
      {comments.error ? <Alert type="error">{errorMessage(comments.error)}</Alert> : null}
      {comments.data && comments.data.length === 0 ? <p className="utrecht-paragraph">Nog geen opmerkingen.</p> : null}
      {comments.data && comments.data.length > 0 ? (
        <ul className="app-comments">
          {comments.data.map((c) => (
            <li key={c.id} className="app-card">
              <p className="utrecht-paragraph utrecht-paragraph--small">
                <Badge>{KIND_LABELS[c.kind] ?? c.kind}</Badge> {c.author?.displayName ?? 'Onbekend'} ·{' '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
              </p>
              <p className="utrecht-paragraph">{c.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {mayComment ? (
        <form onSubmit={submit} className="app-stack" aria-label="Opmerking plaatsen">
          <TextAreaField
            label="Nieuwe opmerking"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={5000}
          />
          <div>
            <Button type="submit" disabled={add.isPending || text.trim() === ''} busy={add.isPending}>
              Opmerking plaatsen
            </Button>
          </div>
          {add.error ? <Alert type="error">{errorMessage(add.error)}</Alert> : null}
        </form>
      ) : null}
    </section>
  );
}

/** Only the fields that changed, each "label: vóór → na" in Dutch notation. */
function ChangeList({ entry, names }: { entry: AuditEntry; names: ReadonlyMap<string, string> }) {
  const changes = describeChanges(entry.before, entry.after, names);
  if (changes.length === 0) return <>—</>;
  return (
    <ul className="app-change-list">
      {changes.map((c) => (
        <li key={c.path}>
          {c.label}:{' '}
          {entry.before == null
            ? c.after
            : entry.after == null
              ? `${c.before} (verwijderd)`
              : `${c.before} → ${c.after}`}
        </li>
      ))}
    </ul>
  );
}

function AuditSection() {
  const { budget } = useBudgetContext();
  const [lineId, setLineId] = useState('');
  const audit = useQuery(historyQueries.audit(budget.id, lineId || undefined));
  const units = useQuery(orgUnitQueries.list());
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const lineName = new Map(budget.lines.map((l) => [l.id, l.effective.description]));
  // Without the name, "Ontwikkeling gewijzigd — aan: nee" does not say which development was switched off.
  const developmentName = new Map(budget.developments.map((d) => [d.id, d.title]));
  const lineOptions = [
    { value: '', label: 'Alle wijzigingen' },
    ...budget.lines.map((l) => ({ value: l.id, label: l.effective.description })),
  ];
  const csvHref = `/api/budgets/${encodeURIComponent(budget.id)}/audit.csv${lineId ? `?lineId=${encodeURIComponent(lineId)}` : ''}`;
  return (
    <section aria-labelledby="audit-heading" className="app-stack">
      <h2 id="audit-heading" className="utrecht-heading-2">
        Wijzigingshistorie
      </h2>
      <div className="app-row">
        <SelectField label="Toon" options={lineOptions} value={lineId} onChange={(e) => setLineId(e.target.value)} />
        <a className="utrecht-link" href={csvHref} download>
          Historie downloaden (CSV)
        </a>
      </div>
      {audit.isPending ? <Loading what="Historie" /> : null}
      {audit.error ? <Alert type="error">{errorMessage(audit.error)}</Alert> : null}
      {audit.data ? (
        <DataTable
          label="Wijzigingshistorie"
          caption="Wie wijzigde wat en wanneer, nieuwste eerst"
          empty="Geen wijzigingen gevonden."
          rows={audit.data}
          rowKey={(e) => e.id}
          columns={[
            { key: 'at', header: 'Tijdstip', cell: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time> },
            { key: 'user', header: 'Wie', cell: (e) => e.user?.displayName ?? '—' },
            {
              key: 'what',
              header: 'Wat',
              cell: (e) => (
                <>
                  {describeWhat(e.entity, e.action)}
                  {e.entity === 'budget_line' && e.entityId && lineName.has(e.entityId)
                    ? `: ${lineName.get(e.entityId)}`
                    : ''}
                  {e.entity === 'budget_development' && e.entityId && developmentName.has(e.entityId)
                    ? `: ${developmentName.get(e.entityId)}`
                    : ''}
                </>
              ),
            },
            { key: 'change', header: 'Wijziging (vóór → na)', cell: (e) => <ChangeList entry={e} names={unitName} /> },
            { key: 'justification', header: 'Toelichting', cell: (e) => e.justification ?? '—' },
          ]}
        />
      ) : null}
    </section>
  );
}
