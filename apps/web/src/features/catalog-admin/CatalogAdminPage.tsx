import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CatalogEdition } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { catalogQueries } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { apiProblems, problemFor, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from '../reference-admin/FormErrors.tsx';
import { DraftEditor } from './DraftEditor.tsx';
import { CATALOG_FORM_LABELS } from './line-form.ts';
import { useCreateDraft, useRetireEdition } from './mutations.ts';

const STATUS_NL: Record<CatalogEdition['status'], string> = {
  draft: 'Concept',
  published: 'Gepubliceerd',
  retired: 'Ingetrokken',
};

/** Beheer → Catalogus-edities: list, new draft from a published edition, edit the draft, publish. */
export function CatalogAdminPage() {
  usePageTitle('Catalogus-edities beheren');
  const session = useQuery(sessionQuery);
  // Catalog editions are shared by all organisations: only the platform administrator edits them (ADR 0009).
  const isPlatformAdmin = session.data?.user.role === 'admin' && session.data.user.platformAdmin;
  const editions = useQuery(catalogQueries.editions());
  const [params, setParams] = useSearchParams();
  const selected = params.get('editie');
  const [publishedName, setPublishedName] = useState<string | null>(null);

  if (session.isPending) return <Loading what="Sessie" />;
  if (!isPlatformAdmin) {
    return (
      <div className="app-stack">
        <h1 className="utrecht-heading-1">Catalogus-edities beheren</h1>
        <Alert type="info">
          Catalogus-edities gelden voor alle organisaties en worden beheerd door het platformbeheer. Nieuwe begrotingen
          gebruiken de nieuwste gepubliceerde editie; wijzigingen ziet een beheerder onder Referentiegegevens.
        </Alert>
      </div>
    );
  }
  const select = (id: string | null) => {
    if (id) setPublishedName(null);
    setParams(id ? { editie: id } : {});
  };
  const current = editions.data?.find((e) => e.id === selected) ?? null;

  return (
    <div className="app-stack">
      <BackLink to="/beheer">Terug naar Beheer</BackLink>
      <h1 className="utrecht-heading-1">Catalogus-edities beheren</h1>
      <p className="utrecht-paragraph">
        Een gepubliceerde editie verandert niet meer: begrotingen blijven de editie gebruiken waarop ze gemaakt zijn.
        Wijzigingen maakt u in een conceptversie (een kopie), die u daarna publiceert als nieuwe editie. Nieuwe
        begrotingen gebruiken de nieuwste gepubliceerde editie.
      </p>
      {publishedName ? (
        <Alert type="ok">
          De editie “{publishedName}” is gepubliceerd. Nieuwe begrotingen gebruiken haar vanaf nu.
        </Alert>
      ) : null}
      {editions.isPending ? <Loading what="Edities" /> : null}
      {editions.error ? <Alert type="error">{errorMessage(editions.error)}</Alert> : null}
      {editions.data ? (
        <section className="app-card app-stack" aria-labelledby="editions-heading">
          <h2 id="editions-heading" className="utrecht-heading-2">
            Edities
          </h2>
          <DataTable
            label="Catalogus-edities"
            caption="Catalogus-edities"
            hideCaption
            rows={editions.data}
            rowKey={(edition) => edition.id}
            columns={[
              { key: 'name', header: 'Editie', rowHeader: true, cell: (edition) => edition.name },
              {
                key: 'status',
                header: 'Status',
                cell: (edition) => (
                  <Badge
                    tone={edition.status === 'draft' ? 'warning' : edition.status === 'published' ? 'ok' : 'neutral'}
                  >
                    {STATUS_NL[edition.status]}
                  </Badge>
                ),
              },
              { key: 'published', header: 'Gepubliceerd', cell: (edition) => formatDate(edition.publishedAt) },
              { key: 'source', header: 'Bron', cell: (edition) => edition.source },
              {
                key: 'action',
                header: 'Actie',
                cell: (edition) =>
                  edition.status === 'draft' ? (
                    <Button
                      appearance="subtle"
                      onClick={() => select(edition.id)}
                      aria-label={`Bewerken: ${edition.name}`}
                      aria-pressed={selected === edition.id}
                    >
                      Bewerken
                    </Button>
                  ) : edition.status === 'published' ? (
                    <div className="app-row">
                      <NewDraftButton edition={edition} onCreated={(id) => select(id)} />
                      <RetireEditionButton edition={edition} />
                    </div>
                  ) : null,
              },
            ]}
          />
        </section>
      ) : null}
      {current && current.status === 'draft' ? (
        <DraftEditor
          key={current.id}
          edition={current}
          onPublished={(name) => {
            select(null);
            setPublishedName(name);
          }}
        />
      ) : null}
      {selected && current && current.status !== 'draft' ? (
        <Alert type="info">De editie “{current.name}” is gepubliceerd en kan niet meer worden gewijzigd.</Alert>
      ) : null}
    </div>
  );
}

/** "Nieuwe conceptversie": asks for a name, then copies the published edition. */
function NewDraftButton({ edition, onCreated }: { edition: CatalogEdition; onCreated: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`${edition.name} (concept)`);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const create = useCreateDraft(edition.id);
  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} aria-label={`Nieuwe conceptversie van ${edition.name}`}>
        Nieuwe conceptversie
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim().length < 3) return setProblems([{ field: 'name', message: 'minimaal 3 tekens' }]);
    create.mutate(
      { name: name.trim() },
      {
        onSuccess: (draft) => {
          setOpen(false);
          onCreated(draft.id);
        },
        onError: (error) => setProblems(apiProblems(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-label={`Nieuwe conceptversie van ${edition.name}`}>
      <FormErrors problems={problems} labels={CATALOG_FORM_LABELS} />
      <TextField
        label="Naam van de conceptversie"
        size={40}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problemFor(problems, 'name')}
        autoFocus
      />
      <div className="app-row">
        <Button appearance="primary" type="submit" busy={create.isPending} disabled={create.isPending}>
          Conceptversie maken
        </Button>
        <Button onClick={() => setOpen(false)}>Annuleren</Button>
      </div>
    </form>
  );
}

/** Withdraws a published edition after a confirmation; the API refuses the last published one. */
function RetireEditionButton({ edition }: { edition: CatalogEdition }) {
  const [confirming, setConfirming] = useState(false);
  const retire = useRetireEdition(edition.id);
  if (!confirming) {
    return (
      <Button appearance="danger" onClick={() => setConfirming(true)} aria-label={`Editie intrekken: ${edition.name}`}>
        Intrekken
      </Button>
    );
  }
  return (
    <div className="app-stack" role="group" aria-label={`Intrekken bevestigen: ${edition.name}`}>
      <p className="utrecht-paragraph">
        Begrotingen op deze editie houden haar; nieuwe begrotingen gebruiken de nieuwste andere gepubliceerde editie.
      </p>
      {retire.error ? <Alert type="error">{errorMessage(retire.error)}</Alert> : null}
      <div className="app-row">
        <Button
          appearance="danger"
          onClick={() => retire.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          busy={retire.isPending}
          disabled={retire.isPending}
        >
          Ja, trek “{edition.name}” in
        </Button>
        <Button onClick={() => setConfirming(false)}>Annuleren</Button>
      </div>
    </div>
  );
}
