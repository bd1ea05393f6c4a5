import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, errorMessage, plainApiMessage } from '../../api/client.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert, Badge } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { FileUploadForm } from '../../ui/FileUploadForm.tsx';
import { formatInteger } from '../../lib/format.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { rowErrors } from './catalog-errors.ts';
import { CatalogEditionSchema, CatalogImportResultSchema, type CatalogImportPreview } from '@app/schemas';
import { uploadFile } from './upload.ts';
import { refreshCatalog } from '../reference-admin/queries.ts';

const NOT_MAPPED = '';

const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** Beheer, administrators only: upload → columns and mapping → draft edition (or per-row errors) → publish. */
export function CatalogImport() {
  const session = useQuery(sessionQuery);
  // A catalog edition is shared by all organisations: only the platform administrator imports one (ADR 0009).
  if (session.data?.user.role !== 'admin' || !session.data.user.platformAdmin) return null;
  return <CatalogImportForAdmin />;
}

function CatalogImportForAdmin() {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [editionName, setEditionName] = useState('');
  const [source, setSource] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: (f: File) => uploadFile<CatalogImportPreview>('/catalog/imports', f),
    onSuccess: (p) => {
      setMapping({ ...p.suggestedMapping });
      commit.reset();
      publish.reset();
    },
  });
  const commit = useMutation({
    mutationFn: (body: { importId: string; mapping: Record<string, string>; editionName: string; source?: string }) =>
      api.post(
        `/catalog/imports/${encodeURIComponent(body.importId)}/commit`,
        { mapping: body.mapping, editionName: body.editionName, source: body.source },
        CatalogImportResultSchema,
      ),
    onSuccess: () => refreshCatalog(queryClient),
  });
  const publish = useMutation({
    mutationFn: (editionId: string) =>
      api.post(`/catalog/editions/${encodeURIComponent(editionId)}/publish`, {}, CatalogEditionSchema),
    onSuccess: () => refreshCatalog(queryClient),
  });

  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Kies een .xlsx- of .csv-bestand.');
      return;
    }
    setFileError(null);
    preview.mutate(file);
  };

  const submitCommit = (event: FormEvent) => {
    event.preventDefault();
    if (!preview.data) return;
    if (editionName.trim().length < 3) {
      setNameError('Vul een naam van minimaal 3 tekens in.');
      return;
    }
    setNameError(null);
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, column]) => column !== NOT_MAPPED));
    commit.mutate({
      importId: preview.data.id,
      mapping: chosen,
      editionName: editionName.trim(),
      source: source.trim() || undefined,
    });
  };

  const fieldLabel = (field: string) => preview.data?.fields.find((f) => f.field === field)?.label ?? field;
  const commitFields = commit.error instanceof ApiError ? rowErrors(commit.error.fields) : [];
  const result = commit.data;

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={preview.isPending || commit.isPending || publish.isPending}
      className="app-card app-stack"
      data-testid="catalog-import"
    >
      <h2 id={headingId} className="utrecht-heading-2">
        Catalogus importeren
      </h2>
      <p className="utrecht-paragraph">
        Lees een nieuwe Modelgemeente-catalogus in uit Excel (.xlsx) of CSV. U koppelt de kolommen aan de velden; elke
        regel wordt gecontroleerd voordat er iets wordt opgeslagen. Het resultaat is een concept-editie die u daarna
        publiceert. Bestaande begrotingen houden hun eigen editie.
      </p>
      <FileUploadForm
        label="Bestand (.xlsx of .csv)"
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        error={fileError}
        busy={preview.isPending}
        submitLabel="Kolommen bekijken"
        onFileChange={(chosen) => {
          setFile(chosen);
          preview.reset();
          commit.reset();
          publish.reset();
        }}
        onSubmit={submitFile}
      />
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {preview.isPending
          ? 'Bezig met inlezen…'
          : commit.isPending
            ? 'Regels worden gecontroleerd…'
            : publish.isPending
              ? 'Bezig met publiceren…'
              : ''}
      </p>
      {preview.error ? (
        <Alert type="error">Het bestand kon niet worden gelezen: {errorMessage(preview.error)}</Alert>
      ) : null}

      {preview.data && !result ? (
        <div className="app-stack" data-testid="catalog-import-preview">
          <h3 className="utrecht-heading-3">
            {preview.data.fileName}
            {preview.data.sheet ? `, blad ${preview.data.sheet}` : ''}:{' '}
            {count(preview.data.rowCount, 'regel', 'regels')}
          </h3>
          <TableWrap label="Gevonden kolommen">
            <table className="utrecht-table utrecht-table--html-table app-grid-table">
              <caption className="utrecht-table__caption">Gevonden kolommen met voorbeeldwaarden</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Kolom
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    Voorbeelden
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.data.columns.map((c) => (
                  <tr key={c.header} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {c.header}
                    </th>
                    <td className="utrecht-table__cell">{c.samples.map(String).join(' · ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <form onSubmit={submitCommit} className="app-stack" noValidate aria-label="Kolommen koppelen en importeren">
            <fieldset className="utrecht-form-fieldset app-stack">
              <legend className="utrecht-form-fieldset__legend">
                Koppeling van kolommen aan velden (voorstel; pas aan waar nodig)
              </legend>
              <div className="app-row">
                {preview.data.fields.map((f) => (
                  <SelectField
                    key={f.field}
                    label={`${f.label}${f.required ? ' (verplicht)' : ''}`}
                    value={mapping[f.field] ?? NOT_MAPPED}
                    onChange={(e) => setMapping((m) => ({ ...m, [f.field]: e.target.value }))}
                    options={[
                      { value: NOT_MAPPED, label: '— niet gekoppeld —' },
                      ...preview.data!.columns.map((c) => ({ value: c.header, label: c.header })),
                    ]}
                  />
                ))}
              </div>
            </fieldset>
            <div className="app-row">
              <TextField
                label="Naam van de nieuwe editie"
                value={editionName}
                onChange={(e) => setEditionName(e.target.value)}
                error={nameError}
                size={40}
                maxLength={120}
              />
              <TextField
                label="Bron (optioneel)"
                value={source}
                onChange={(e) => setSource(e.target.value)}
                size={40}
                maxLength={500}
              />
            </div>
            <div>
              <Button type="submit" appearance="primary" disabled={commit.isPending} busy={commit.isPending}>
                Importeren als concept-editie
              </Button>
            </div>
          </form>
        </div>
      ) : null}

      {commit.error ? (
        commitFields.length > 0 ? (
          <ErrorSummary
            title="De import is niet uitgevoerd"
            message={commit.error instanceof ApiError ? plainApiMessage(commit.error) : errorMessage(commit.error)}
          >
            <TableWrap label="Fouten per regel">
              <table
                className="utrecht-table utrecht-table--html-table app-grid-table"
                data-testid="catalog-row-errors"
              >
                <caption className="utrecht-table__caption">
                  Fouten per regel ({formatInteger(commitFields.length)})
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell app-num">
                      Regel in bestand
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      Veld
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      Melding
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {commitFields.map((e) => (
                    <tr key={`${e.row}-${e.field}-${e.message}`} className="utrecht-table__row">
                      <td className="utrecht-table__cell app-num">{e.row === 0 ? 'koppeling' : e.row}</td>
                      <td className="utrecht-table__cell">{fieldLabel(e.field)}</td>
                      <td className="utrecht-table__cell">{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </ErrorSummary>
        ) : (
          <Alert type="error">De import is niet uitgevoerd: {errorMessage(commit.error)}</Alert>
        )
      ) : null}

      {result ? (
        <div className="app-stack" data-testid="catalog-import-result">
          <Alert type="ok">
            Concept-editie <strong>{result.edition.name}</strong> aangemaakt:{' '}
            {count(result.counts.domains, 'domein', 'domeinen')},{' '}
            {count(result.counts.developments, 'ontwikkeling', 'ontwikkelingen')},{' '}
            {count(result.counts.lines, 'regel', 'regels')}.
          </Alert>
          {publish.data ? (
            <Alert type="ok">
              {publish.data.name} is gepubliceerd <Badge tone="ok">Gepubliceerd</Badge>. Nieuwe begrotingen gebruiken
              vanaf nu deze editie.
            </Alert>
          ) : (
            <div>
              <Button
                appearance="primary"
                disabled={publish.isPending}
                busy={publish.isPending}
                onClick={() => publish.mutate(result.edition.id)}
              >
                Editie publiceren
              </Button>
            </div>
          )}
          {publish.error ? <Alert type="error">Publiceren is mislukt: {errorMessage(publish.error)}</Alert> : null}
        </div>
      ) : null}
    </section>
  );
}
