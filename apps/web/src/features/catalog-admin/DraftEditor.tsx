import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { CatalogEdition, EditableDevelopment, EditableLine } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { Alert, Badge, Loading, ProvenanceBadge } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { fieldBinder, SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { COST_BASIS_LABELS, KIND_LABELS } from '@app/schemas';
import { formatDecimal, formatEuro, countText } from '../../lib/format.ts';
import { apiProblems, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from '../reference-admin/FormErrors.tsx';
import { LineForm } from './LineForm.tsx';
import { CATALOG_FORM_LABELS } from './line-form.ts';
import {
  useAddDevelopment,
  usePublishEdition,
  useRestoreLine,
  useRetireDevelopment,
  useRetireLine,
  useUpdateDevelopment,
} from './mutations.ts';
import { catalogAdminQueries } from './queries.ts';

/** The model quantity of a line in words, so the list can be read without opening each line. */
function quantity(line: EditableLine): string {
  switch (line.costBasis) {
    case 'amount':
      return line.amountCents === null ? 'onvolledig' : formatEuro(line.amountCents);
    case 'staff':
      return line.hoursPerWeek === null
        ? 'onvolledig'
        : `${formatDecimal(line.hoursPerWeek, 1)} u/week schaal ${line.salaryScale ?? '?'}`;
    case 'hire':
      return line.hours === null ? 'onvolledig' : `${formatDecimal(line.hours, 1)} uur ${line.hireRole ?? ''}`.trim();
    case 'licence':
      return line.units === null || line.unitPriceCents === null
        ? 'onvolledig'
        : `${formatDecimal(line.units, 0)} × ${formatEuro(line.unitPriceCents)}/${line.unitPricePeriod === 'month' ? 'maand' : 'jaar'}`;
  }
}

/** Edits one draft edition: developments and lines, then publishes it. */
export function DraftEditor({
  edition,
  onPublished,
}: {
  edition: CatalogEdition;
  onPublished: (name: string) => void;
}) {
  const tree = useQuery(catalogAdminQueries.edition(edition.id));
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishEdition(edition.id, () => onPublished(edition.name));

  return (
    <section className="app-card app-stack" aria-labelledby="draft-heading">
      <h2 id="draft-heading" className="utrecht-heading-2">
        Conceptversie bewerken: {edition.name}
      </h2>
      {tree.isPending ? <Loading what="Conceptversie" /> : null}
      {tree.error ? <Alert type="error">{errorMessage(tree.error)}</Alert> : null}
      {tree.data ? (
        <>
          <AddDevelopmentForm editionId={edition.id} domains={tree.data.domains} />
          {tree.data.domains.map((domain) => {
            const developments = tree.data.developments.filter((d) => d.domainKey === domain.key);
            if (developments.length === 0) return null;
            return (
              <div key={domain.key} className="app-stack">
                <h3 className="utrecht-heading-3">{domain.name}</h3>
                {developments.map((development) => (
                  <DevelopmentEditor
                    key={development.id}
                    editionId={edition.id}
                    development={development}
                    domains={tree.data.domains}
                  />
                ))}
              </div>
            );
          })}
          <div className="app-card app-stack">
            <h3 className="utrecht-heading-3">Publiceren</h3>
            <p className="utrecht-paragraph">
              Na publicatie is deze editie alleen-lezen en gebruiken nieuwe begrotingen haar. Bestaande begrotingen
              houden hun eigen editie.
            </p>
            {publish.error ? <Alert type="error">{errorMessage(publish.error)}</Alert> : null}
            {confirming ? (
              <div className="app-row" role="group" aria-label="Publiceren bevestigen">
                <Button
                  appearance="primary"
                  onClick={() => publish.mutate()}
                  busy={publish.isPending}
                  disabled={publish.isPending}
                >
                  Ja, publiceer “{edition.name}”
                </Button>
                <Button onClick={() => setConfirming(false)}>Annuleren</Button>
              </div>
            ) : (
              <div>
                <Button appearance="primary" onClick={() => setConfirming(true)}>
                  Editie publiceren
                </Button>
              </div>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}

interface DevelopmentDraft {
  domainKey: string;
  title: string;
  summary: string;
}

const developmentBody = (draft: DevelopmentDraft) => ({
  domainKey: draft.domainKey,
  title: draft.title.trim(),
  summary: draft.summary.trim() || null,
});

/** Domain, title and summary of a development: the same fields to add one and to edit one. */
function DevelopmentFields({
  domains,
  draft,
  setDraft,
  problems,
}: {
  domains: { key: string; name: string }[];
  draft: DevelopmentDraft;
  setDraft: (update: (draft: DevelopmentDraft) => DevelopmentDraft) => void;
  problems: FormProblem[];
}) {
  const field = fieldBinder(draft, (key, value) => setDraft((d) => ({ ...d, [key]: value })), problems);
  return (
    <>
      <div className="app-row">
        <SelectField
          label="Domein"
          value={draft.domainKey}
          onChange={(e) => setDraft((d) => ({ ...d, domainKey: e.target.value }))}
          options={domains.map((d) => ({ value: d.key, label: d.name }))}
        />
        <TextField label="Titel" size={40} {...field('title')} />
      </div>
      <TextAreaField label="Samenvatting" {...field('summary')} />
    </>
  );
}

function AddDevelopmentForm({ editionId, domains }: { editionId: string; domains: { key: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<DevelopmentDraft>({ domainKey: domains[0]?.key ?? '', title: '', summary: '' });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const add = useAddDevelopment(editionId);
  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>Ontwikkeling toevoegen</Button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') return setProblems([{ field: 'title', message: 'vul een titel in' }]);
    add.mutate(developmentBody(draft), {
      onSuccess: () => {
        setDraft((d) => ({ ...d, title: '', summary: '' }));
        setOpen(false);
      },
      onError: (error) => setProblems(apiProblems(error)),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="app-card app-stack" aria-label="Ontwikkeling toevoegen">
      <FormErrors problems={problems} labels={CATALOG_FORM_LABELS} />
      <DevelopmentFields domains={domains} draft={draft} setDraft={setDraft} problems={problems} />
      <div className="app-row">
        <Button appearance="primary" type="submit" busy={add.isPending} disabled={add.isPending}>
          Ontwikkeling toevoegen
        </Button>
        <Button onClick={() => setOpen(false)}>Annuleren</Button>
      </div>
    </form>
  );
}

function DevelopmentEditor({
  editionId,
  development,
  domains,
}: {
  editionId: string;
  development: EditableDevelopment;
  domains: { key: string; name: string }[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  // The button that opened the line editor gets focus back when it closes.
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const closeEditor = () => {
    const opener = editing ? openers.current.get(editing) : null;
    setEditing(null);
    requestAnimationFrame(() => opener?.focus());
  };
  const [editingDevelopment, setEditingDevelopment] = useState(false);
  const [draft, setDraft] = useState<DevelopmentDraft>({
    domainKey: development.domainKey,
    title: development.title,
    summary: development.summary ?? '',
  });
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const onError = { onError: (error: unknown) => setProblems(apiProblems(error)) };
  const update = useUpdateDevelopment(editionId, development.id);
  const retireDevelopment = useRetireDevelopment(editionId, development.id);
  const retireLine = useRetireLine(editionId);
  const restoreLine = useRestoreLine(editionId);

  return (
    <details className="app-details">
      <summary>
        {development.title} ({countText(development.lines.filter((l) => !l.retired).length, 'regel', 'regels')})
        {development.retired ? ' — ingetrokken' : ''}
      </summary>
      <div className="app-stack">
        <FormErrors problems={problems} labels={CATALOG_FORM_LABELS} />
        {editingDevelopment ? (
          <form
            noValidate
            className="app-stack"
            aria-label={`Ontwikkeling bewerken: ${development.title}`}
            onSubmit={(event) => {
              event.preventDefault();
              update.mutate(developmentBody(draft), {
                ...onError,
                onSuccess: () => {
                  setEditingDevelopment(false);
                  setProblems([]);
                },
              });
            }}
          >
            <DevelopmentFields domains={domains} draft={draft} setDraft={setDraft} problems={problems} />
            <div className="app-row">
              <Button appearance="primary" type="submit" busy={update.isPending} disabled={update.isPending}>
                Ontwikkeling opslaan
              </Button>
              <Button onClick={() => setEditingDevelopment(false)}>Annuleren</Button>
            </div>
          </form>
        ) : (
          <div className="app-row">
            <Button
              onClick={() => setEditingDevelopment(true)}
              aria-label={`Ontwikkeling bewerken: ${development.title}`}
            >
              Ontwikkeling bewerken
            </Button>
            {!development.retired && development.lines.length > 0 ? (
              <Button
                appearance="danger"
                onClick={() => retireDevelopment.mutate(undefined, onError)}
                disabled={retireDevelopment.isPending}
                aria-label={`Ontwikkeling intrekken: ${development.title}`}
              >
                Ontwikkeling intrekken
              </Button>
            ) : null}
            <Button
              onClick={() => setEditing('new')}
              aria-label={`Regel toevoegen aan ${development.title}`}
              ref={(element) => void openers.current.set('new', element)}
            >
              Regel toevoegen
            </Button>
          </div>
        )}
        <DataTable
          label={`Regels van ${development.title}`}
          caption={`Regels van ${development.title}`}
          hideCaption
          empty="Nog geen regels."
          rows={development.lines}
          rowKey={(line) => line.id}
          rowClassName={(line) => (line.retired ? 'app-row--disabled' : undefined)}
          columns={[
            {
              key: 'line',
              header: 'Regel',
              rowHeader: true,
              cell: (line) => (
                <>
                  {line.description} {line.retired ? <Badge tone="neutral">Ingetrokken</Badge> : null}
                </>
              ),
            },
            {
              key: 'kind',
              header: 'Soort en basis',
              cell: (line) => `${KIND_LABELS[line.kind]}, ${COST_BASIS_LABELS[line.costBasis]}`,
            },
            { key: 'model', header: 'Model', cell: (line) => quantity(line) },
            { key: 'provenance', header: 'Herkomst', cell: (line) => <ProvenanceBadge provenance={line.provenance} /> },
            {
              key: 'actions',
              header: 'Acties',
              cell: (line) => (
                <div className="app-row">
                  <Button
                    appearance="subtle"
                    onClick={() => setEditing(line.id)}
                    aria-label={`Regel bewerken: ${line.description}`}
                    ref={(element) => void openers.current.set(line.id, element)}
                  >
                    Bewerken
                  </Button>
                  {line.retired ? (
                    <Button
                      appearance="subtle"
                      onClick={() => restoreLine.mutate(line.id, onError)}
                      aria-label={`Regel terugzetten: ${line.description}`}
                    >
                      Terugzetten
                    </Button>
                  ) : (
                    <Button
                      appearance="danger"
                      onClick={() => retireLine.mutate(line.id, onError)}
                      aria-label={`Regel intrekken: ${line.description}`}
                    >
                      Intrekken
                    </Button>
                  )}
                </div>
              ),
            },
          ]}
        />
        {editing ? (
          <LineForm
            key={editing}
            editionId={editionId}
            developmentId={development.id}
            line={editing === 'new' ? undefined : development.lines.find((l) => l.id === editing)}
            onDone={closeEditor}
          />
        ) : null}
      </div>
    </details>
  );
}
