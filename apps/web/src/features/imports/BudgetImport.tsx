import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, errorMessage, plainApiMessage } from '../../api/client.ts';
import { BudgetImportCommitResultSchema, requestFieldLabel, type BudgetImportPreview } from '@app/schemas';
import type { BudgetDetail } from '../../api/types.ts';
import { Alert } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { FileUploadForm } from '../../ui/FileUploadForm.tsx';
import { formatEuro, formatEuroDelta, formatInteger } from '../../lib/format.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { changeLabel, formatChangeValue } from './change-labels.ts';
import { uploadFile } from './upload.ts';

/** Advisor: upload an edited Excel export → preview per cell → confirm → a new scenario. */
export function BudgetImport({ budget }: { budget: BudgetDetail }) {
  const headingId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [scenarioName, setScenarioName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: (f: File) => uploadFile<BudgetImportPreview>(`/budgets/${encodeURIComponent(budget.id)}/imports`, f),
    onSuccess: (p) => setScenarioName(`Uit Excel: ${p.fileName}`.slice(0, 200)),
  });
  const commit = useMutation({
    mutationFn: ({ importId, name }: { importId: string; name: string }) =>
      api.post(
        `/budgets/${encodeURIComponent(budget.id)}/imports/${encodeURIComponent(importId)}/commit`,
        { scenarioName: name },
        BudgetImportCommitResultSchema,
      ),
    onSuccess: async (scenario) => {
      await queryClient.invalidateQueries({ queryKey: ['budgets'] });
      await navigate(`/begrotingen/${scenario.id}`);
    },
  });

  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError('Kies een Excel-bestand (.xlsx).');
      return;
    }
    setFileError(null);
    commit.reset();
    preview.mutate(file);
  };

  const submitCommit = (event: FormEvent) => {
    event.preventDefault();
    if (!preview.data) return;
    if (scenarioName.trim() === '') {
      setNameError('Vul een naam voor het scenario in.');
      return;
    }
    setNameError(null);
    commit.mutate({ importId: preview.data.id, name: scenarioName.trim() });
  };

  const uploadError = preview.error;
  const cellErrors = uploadError instanceof ApiError ? uploadError.fields : [];

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={preview.isPending || commit.isPending}
      className="app-card app-stack"
      data-testid="budget-import"
    >
      <h2 id={headingId} className="utrecht-heading-2">
        Bewerkte Excel inlezen
      </h2>
      <p className="utrecht-paragraph">
        Pas in een eerder gedownloade Excel-export de gele invoercellen aan (bladen Uitgangspunten en Regels) en lees
        het bestand hier in. U ziet eerst per cel wat er verandert en wat dat met de totalen doet; na bevestigen komt er
        een nieuw scenario van deze begroting bij. De begroting zelf verandert niet.
      </p>
      <FileUploadForm
        label="Excel-bestand (.xlsx)"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        error={fileError}
        busy={preview.isPending}
        submitLabel="Wijzigingen bekijken"
        onFileChange={(chosen) => {
          setFile(chosen);
          preview.reset();
        }}
        onSubmit={submitFile}
      />
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {preview.isPending ? 'Bezig met inlezen…' : commit.isPending ? 'Scenario wordt gemaakt…' : ''}
      </p>
      {uploadError ? (
        <ErrorSummary
          title="Het bestand kon niet worden ingelezen"
          message={uploadError instanceof ApiError ? plainApiMessage(uploadError) : errorMessage(uploadError)}
          items={cellErrors.map((f) => ({
            key: f.path,
            content: f.path.startsWith('file.') ? f.message : `${requestFieldLabel(f.path)}: ${f.message}`,
          }))}
        />
      ) : null}
      {preview.data ? <PreviewView preview={preview.data} /> : null}
      {preview.data?.hasChanges ? (
        <form onSubmit={submitCommit} className="app-row" noValidate aria-label="Scenario maken van de wijzigingen">
          <TextField
            label="Naam van het nieuwe scenario"
            value={scenarioName}
            onChange={(e) => setScenarioName(e.target.value)}
            error={nameError}
            size={40}
            maxLength={200}
          />
          <Button type="submit" appearance="primary" disabled={commit.isPending} busy={commit.isPending}>
            Scenario maken
          </Button>
        </form>
      ) : null}
      {commit.error ? (
        <Alert type="error">Het scenario kon niet worden gemaakt: {errorMessage(commit.error)}</Alert>
      ) : null}
    </section>
  );
}

function PreviewView({ preview }: { preview: BudgetImportPreview }) {
  const rows = [
    ...preview.profile.map((c) => ({
      key: `p-${c.field}`,
      where: 'Uitgangspunten',
      what: changeLabel(c.field),
      from: formatChangeValue(c.field, c.from),
      to: formatChangeValue(c.field, c.to),
    })),
    ...preview.assumptions.map((c) => ({
      key: `a-${c.field}`,
      where: 'Uitgangspunten',
      what: changeLabel(c.field),
      from: formatChangeValue(c.field, c.from),
      to: formatChangeValue(c.field, c.to),
    })),
    ...preview.lines.flatMap((l) =>
      l.fields.map((c) => ({
        key: `l-${l.lineId}-${c.field}`,
        where: c.cell,
        what: `${l.description}: ${changeLabel(c.field)}`,
        from: formatChangeValue(c.field, c.from),
        to: formatChangeValue(c.field, c.to),
      })),
    ),
  ];
  const years = Object.keys(preview.totals.after).sort();
  return (
    <div className="app-stack" data-testid="import-preview">
      <h3 className="utrecht-heading-3">Voorbeeld: wijzigingen in {preview.fileName}</h3>
      {!preview.hasChanges ? (
        <Alert type="info">
          Het bestand bevat geen wijzigingen ten opzichte van deze begroting. Er is niets om in te lezen.
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <TableWrap label="Wijzigingen per cel">
          <table className="utrecht-table utrecht-table--html-table app-grid-table">
            <caption className="utrecht-table__caption">Wijzigingen per cel ({formatInteger(rows.length)})</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Cel
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wat
                </th>
                <th scope="col" className="utrecht-table__header-cell app-num">
                  Was
                </th>
                <th scope="col" className="utrecht-table__header-cell app-num">
                  Wordt
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{r.where}</td>
                  <th scope="row" className="utrecht-table__cell">
                    {r.what}
                  </th>
                  <td className="utrecht-table__cell app-num">{r.from}</td>
                  <td className="utrecht-table__cell app-num">{r.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {preview.warnings.length > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">Let op, niet overgenomen:</p>
          <ul className="utrecht-unordered-list">
            {preview.warnings.map((w) => (
              <li key={`${w.cell}-${w.message}`} className="utrecht-unordered-list__item">
                {w.cell}: {w.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <TableWrap label="Totalen voor en na">
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption">Totaal exploitatie per jaar, voor en na het inlezen</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Jaar
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Nu
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Na inlezen
              </th>
              <th scope="col" className="utrecht-table__header-cell app-num">
                Verschil
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const before = preview.totals.before[year] ?? 0;
              const after = preview.totals.after[year] ?? 0;
              return (
                <tr key={year} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {year}
                  </th>
                  <td className="utrecht-table__cell app-num">{formatEuro(before)}</td>
                  <td className="utrecht-table__cell app-num" data-testid={`import-after-${year}`}>
                    {formatEuro(after)}
                  </td>
                  <td className="utrecht-table__cell app-num">
                    {after === before ? 'geen verschil' : formatEuroDelta(after - before)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
