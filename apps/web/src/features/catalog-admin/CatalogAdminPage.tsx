import { TableWrap } from '../../ui/TableWrap.tsx';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogEdition } from '@app/schemas';
import { api, errorMessage } from '../../api/client.ts';
import { catalogQueries } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { apiProblems, problemFor, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from '../reference-admin/FormErrors.tsx';
import { refreshCatalog } from '../reference-admin/queries.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { CATALOG_FORM_LABELS } from './line-form.ts';

const STATUS_NL: Record<CatalogEdition['status'], string> = { draft: 'Concept', published: 'Gepubliceerd', retired: 'Ingetrokken' };

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
          Catalogus-edities gelden voor alle organisaties en worden beheerd door het platformbeheer. Nieuwe begrotingen gebruiken de nieuwste gepubliceerde editie; wijzigingen ziet een
          beheerder onder Referentiegegevens.
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
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/beheer">
          ← Terug naar Beheer
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Catalogus-edities beheren</h1>
      <p className="utrecht-paragraph">
        Een gepubliceerde editie verandert niet meer: begrotingen blijven de editie gebruiken waarop ze gemaakt zijn. Wijzigingen maakt u in een conceptversie (een kopie), die u daarna
        publiceert als nieuwe editie. Nieuwe begrotingen gebruiken de nieuwste gepubliceerde editie.
      </p>
      {publishedName ? <Alert type="ok">De editie “{publishedName}” is gepubliceerd. Nieuwe begrotingen gebruiken haar vanaf nu.</Alert> : null}
      {editions.isPending ? <Loading what="Edities" /> : null}
      {editions.error ? <Alert type="error">{errorMessage(editions.error)}</Alert> : null}
      {editions.data ? (
        <section className="app-card app-stack" aria-labelledby="editions-heading">
          <h2 id="editions-heading" className="utrecht-heading-2">
            Edities
          </h2>
          <TableWrap label="Catalogus-edities">
            <table className="utrecht-table utrecht-table--html-table app-grid-table">
              <caption className="utrecht-table__caption app-visually-hidden">Catalogus-edities</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Editie</th>
                  <th scope="col" className="utrecht-table__header-cell">Status</th>
                  <th scope="col" className="utrecht-table__header-cell">Gepubliceerd</th>
                  <th scope="col" className="utrecht-table__header-cell">Bron</th>
                  <th scope="col" className="utrecht-table__header-cell">Actie</th>
                </tr>
              </thead>
              <tbody>
                {editions.data.map((edition) => (
                  <tr key={edition.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {edition.name}
                    </th>
                    <td className="utrecht-table__cell">
                      <Badge tone={edition.status === 'draft' ? 'warning' : edition.status === 'published' ? 'ok' : 'neutral'}>{STATUS_NL[edition.status]}</Badge>
                    </td>
                    <td className="utrecht-table__cell">{formatDate(edition.publishedAt)}</td>
                    <td className="utrecht-table__cell">{edition.source}</td>
                    <td className="utrecht-table__cell">
                      {edition.status === 'draft' ? (
                        <Button appearance="subtle" onClick={() => select(edition.id)} aria-label={`Bewerken: ${edition.name}`} aria-pressed={selected === edition.id}>
                          Bewerken
                        </Button>
                      ) : edition.status === 'published' ? (
                        <div className="app-row">
                          <NewDraftButton edition={edition} onCreated={(id) => select(id)} />
                          <RetireEditionButton edition={edition} />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      ) : null}
      {current && current.status === 'draft' ? <DraftEditor
          key={current.id}
          edition={current}
          onPublished={(name) => {
            select(null);
            setPublishedName(name);
          }}
        /> : null}
      {selected && current && current.status !== 'draft' ? <Alert type="info">De editie “{current.name}” is gepubliceerd en kan niet meer worden gewijzigd.</Alert> : null}
    </div>
  );
}

/** "Nieuwe conceptversie": asks for a name, then copies the published edition. */
function NewDraftButton({ edition, onCreated }: { edition: CatalogEdition; onCreated: (id: string) => void }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(`${edition.name} (concept)`);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const create = useMutation({
    mutationFn: (body: { name: string }) => api.post<CatalogEdition>(`/catalog/editions/${edition.id}/drafts`, body),
    onSuccess: async (draft) => {
      await refreshCatalog(queryClient);
      setOpen(false);
      onCreated(draft.id);
    },
    onError: (error) => setProblems(apiProblems(error)),
  });
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
    create.mutate({ name: name.trim() });
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-label={`Nieuwe conceptversie van ${edition.name}`}>
      <FormErrors problems={problems} labels={CATALOG_FORM_LABELS} />
      <TextField label="Naam van de conceptversie" size={40} value={name} onChange={(e) => setName(e.target.value)} error={problemFor(problems, 'name')} autoFocus />
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
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const retire = useMutation({
    mutationFn: () => api.post<CatalogEdition>(`/catalog/editions/${edition.id}/retire`, {}),
    onSuccess: async () => {
      setConfirming(false);
      await refreshCatalog(queryClient);
    },
  });
  if (!confirming) {
    return (
      <Button appearance="danger" onClick={() => setConfirming(true)} aria-label={`Editie intrekken: ${edition.name}`}>
        Intrekken
      </Button>
    );
  }
  return (
    <div className="app-stack" role="group" aria-label={`Intrekken bevestigen: ${edition.name}`}>
      <p className="utrecht-paragraph">Begrotingen op deze editie houden haar; nieuwe begrotingen gebruiken de nieuwste andere gepubliceerde editie.</p>
      {retire.error ? <Alert type="error">{errorMessage(retire.error)}</Alert> : null}
      <div className="app-row">
        <Button appearance="danger" onClick={() => retire.mutate()} busy={retire.isPending} disabled={retire.isPending}>
          Ja, trek “{edition.name}” in
        </Button>
        <Button onClick={() => setConfirming(false)}>Annuleren</Button>
      </div>
    </div>
  );
}
