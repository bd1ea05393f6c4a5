import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { orgUnitQueries, referenceQueries } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { formatDate, formatEuro } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { UsersAdmin } from '../auth/UsersAdmin.tsx';
import { CatalogImport } from '../imports/CatalogImport.tsx';
import { BENCHMARK_COLUMNS, Source } from '../reference-admin/benchmark-columns.tsx';
import { SalaryScaleTable } from '../reference-admin/SalaryScaleTable.tsx';
import { DEFAULT_LABEL } from '../reference-admin/DefaultsForm.tsx';
import { SourceParts } from '../reference/SourceParts.tsx';
import { FundingSettingsForm } from '../funding/FundingSettingsForm.tsx';
import { useAddOrgUnit, useRemoveOrgUnit, useRenameOrgUnit } from './mutations.ts';

/** The sources list names the whole tables (salaryTable, rateCard) besides the default keys. */
const ASSUMPTION_LABEL: Record<string, string> = {
  ...DEFAULT_LABEL,
  salaryTable: DEFAULT_LABEL.salaryTableId,
  rateCard: DEFAULT_LABEL.rateCardId,
};

/** Beheer: org units, and reference data read-only with sources. */
export function AdminPage() {
  usePageTitle('Beheer');
  return (
    <div className="app-stack">
      <h1 className="utrecht-heading-1">Beheer</h1>
      <OrgUnits />
      <UsersAdmin />
      <AdminDataLinks />
      <FundingSettingsForm />
      <CatalogImport />
      <ReferenceDataView />
    </div>
  );
}

/** Administrators manage reference data and catalog editions on their own screens. */
function AdminDataLinks() {
  const session = useQuery(sessionQuery);
  if (session.data?.user.role !== 'admin') return null;
  return (
    <nav aria-label="Gegevensbeheer" className="app-card app-stack">
      <h2 className="utrecht-heading-2">Gegevensbeheer</h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <Link className="utrecht-link" to="/beheer/referentiegegevens">
            Referentiegegevens beheren
          </Link>{' '}
          — salaristabellen, tariefkaarten, benchmarks en standaard uitgangspunten
        </li>
        <li className="utrecht-unordered-list__item">
          <Link className="utrecht-link" to="/beheer/catalogus">
            Catalogus-edities beheren
          </Link>{' '}
          — conceptversie maken, ontwikkelingen en regels bewerken, publiceren
        </li>
      </ul>
    </nav>
  );
}

function OrgUnits() {
  const session = useQuery(sessionQuery);
  const isAdmin = session.data?.user.role === 'admin';
  const units = useQuery(orgUnitQueries.list());
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const add = useAddOrgUnit();
  const rename = useRenameOrgUnit();
  const remove = useRemoveOrgUnit();
  const error = add.error ?? rename.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('Vul een naam in.');
      return;
    }
    setNameError(null);
    add.mutate(name.trim(), { onSuccess: () => setName('') });
  };

  return (
    <section aria-labelledby="units-heading" className="app-card app-stack">
      <h2 id="units-heading" className="utrecht-heading-2">
        Organisatie-eenheden
      </h2>
      <p className="utrecht-paragraph">
        Eenheden zijn de budgethouders die u als eigenaar aan ontwikkelingen koppelt (bijvoorbeeld Eenheid Inwonerplein
        of Team strategie).
      </p>
      {!isAdmin ? (
        <Alert type="info">
          Alleen een beheerder kan eenheden toevoegen, hernoemen of verwijderen. U kunt ze hier wel bekijken.
        </Alert>
      ) : null}
      {units.isPending ? <Loading what="Eenheden" /> : null}
      {units.error ? <Alert type="error">{errorMessage(units.error)}</Alert> : null}
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      {units.data ? (
        <DataTable
          label="Organisatie-eenheden"
          caption="Organisatie-eenheden"
          hideCaption
          empty="Nog geen eenheden."
          rows={units.data}
          rowKey={(u) => u.id}
          columns={[
            { key: 'name', header: 'Naam', rowHeader: true, cell: (u) => u.name },
            isAdmin && {
              key: 'actions',
              header: 'Acties',
              cell: (u) => {
                const text = edits[u.id] ?? u.name;
                return (
                  <div className="app-row">
                    <div className="app-field-fixed">
                      <TextField
                        label={`Nieuwe naam voor ${u.name}`}
                        className="app-input-medium"
                        value={text}
                        onChange={(e) => setEdits((m) => ({ ...m, [u.id]: e.target.value }))}
                      />
                    </div>
                    <Button
                      disabled={text.trim() === '' || text === u.name || rename.isPending}
                      onClick={() => rename.mutate({ id: u.id, name: text.trim() })}
                    >
                      Hernoemen
                    </Button>
                    <Button
                      appearance="danger"
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(u.id)}
                      aria-label={`Verwijderen: ${u.name}`}
                    >
                      Verwijderen
                    </Button>
                  </div>
                );
              },
            },
          ]}
        />
      ) : null}
      {isAdmin ? (
        <form onSubmit={submit} className="app-row" noValidate>
          <TextField
            label="Nieuwe eenheid"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={nameError}
            size={30}
          />
          <Button appearance="primary" type="submit" disabled={add.isPending}>
            Eenheid toevoegen
          </Button>
        </form>
      ) : null}
    </section>
  );
}

function ReferenceDataView() {
  const { data, error, isPending } = useQuery(referenceQueries.all());
  if (isPending) return <Loading what="Referentiegegevens" />;
  if (error) return <Alert type="error">{errorMessage(error)}</Alert>;
  return (
    <section aria-labelledby="ref-heading" className="app-card app-stack">
      <h2 id="ref-heading" className="utrecht-heading-2">
        Referentiegegevens
      </h2>
      <p className="utrecht-paragraph">
        Overzicht. Per begroting past u deze waarden aan onder Uitgangspunten; een beheerder wijzigt de
        referentiegegevens zelf onder Referentiegegevens beheren.
      </p>

      <h3 className="utrecht-heading-3">Salaristabellen</h3>
      {data.salaryTables.map((t) => (
        <div key={t.id} className="app-stack">
          <p className="utrecht-paragraph">
            <strong>{t.label}</strong> — geldig vanaf {formatDate(t.validFrom)}. Bron: {t.source}.{' '}
            {t.estimate ? <Badge tone="warning">Schatting</Badge> : <Badge tone="ok">Officieel</Badge>}
          </p>
          <SalaryScaleTable
            scales={t.scales}
            label="Maandsalarissen per schaal"
            caption={`Maximum maandsalaris per schaal, ${t.label}`}
            hideCaption
          />
        </div>
      ))}

      <h3 className="utrecht-heading-3">Tariefkaarten inhuur</h3>
      {data.rateCards.map((r) => (
        <p key={r.id} className="utrecht-paragraph">
          <strong>{r.label}</strong> (vanaf {formatDate(r.validFrom)}):{' '}
          {Object.entries(r.rates)
            .map(([role, c]) => `${role} ${formatEuro(c)}/u`)
            .join(', ')}
          . Bron: {r.source}.
        </p>
      ))}

      <h3 className="utrecht-heading-3">Benchmarks</h3>
      <DataTable
        label="Benchmarks"
        caption="Benchmarks"
        hideCaption
        rows={data.benchmarks}
        rowKey={(b) => b.id}
        columns={[
          ...BENCHMARK_COLUMNS,
          { key: 'source', header: 'Bron', cell: (b) => <Source source={b.source} url={b.sourceUrl} /> },
        ]}
      />

      <h3 className="utrecht-heading-3">Standaard uitgangspunten en bronnen</h3>
      <DataTable
        label="Bronnen van de uitgangspunten"
        caption="Bronnen van de uitgangspunten"
        hideCaption
        rows={Object.entries(data.assumptionSources)}
        rowKey={([key]) => key}
        columns={[
          { key: 'key', header: 'Uitgangspunt', rowHeader: true, cell: ([key]) => ASSUMPTION_LABEL[key] ?? key },
          { key: 'source', header: 'Bron', cell: ([, s]) => s.source },
          { key: 'date', header: 'Datum', cell: ([, s]) => formatDate(s.date) },
          {
            key: 'note',
            header: 'Toelichting',
            cell: ([, s]) => (
              <>
                {s.note ?? '—'}
                {s.parts?.length ? (
                  <SourceParts parts={s.parts} total={s.parts.reduce((sum, p) => sum + p.pct, 0)} heading="Opbouw" />
                ) : null}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
