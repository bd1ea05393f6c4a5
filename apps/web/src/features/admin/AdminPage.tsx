import { TableWrap } from '../../ui/TableWrap.tsx';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../api/client.ts';
import { orgUnitQueries, referenceQueries } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import type { OrgUnit } from '../../api/types.ts';
import { BENCHMARK_UNIT_LABELS } from '@app/schemas';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { formatDate, formatEuro } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { UsersAdmin } from '../auth/UsersAdmin.tsx';
import { CatalogImport } from '../imports/CatalogImport.tsx';
import { SalaryScaleTable } from '../reference-admin/SalaryScaleTable.tsx';
import { DEFAULT_LABEL } from '../reference-admin/DefaultsForm.tsx';
import { SourceParts } from '../reference/SourceParts.tsx';
import { FundingSettingsForm } from '../funding/FundingSettingsForm.tsx';

/** The sources list names the whole tables (salaryTable, rateCard) besides the default keys. */
const ASSUMPTION_LABEL: Record<string, string> = { ...DEFAULT_LABEL, salaryTable: DEFAULT_LABEL.salaryTableId, rateCard: DEFAULT_LABEL.rateCardId };

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
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery);
  const isAdmin = session.data?.user.role === 'admin';
  const units = useQuery(orgUnitQueries.list());
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const invalidate = () => queryClient.invalidateQueries({ queryKey: orgUnitQueries.list().queryKey });
  const add = useMutation({ mutationFn: (n: string) => api.post('/org-units', { name: n }), onSuccess: async () => { setName(''); await invalidate(); } });
  const rename = useMutation({ mutationFn: (u: OrgUnit) => api.patch(`/org-units/${u.id}`, { name: u.name }), onSuccess: invalidate });
  const remove = useMutation({ mutationFn: (id: string) => api.delete(`/org-units/${id}`), onSuccess: invalidate });
  const error = add.error ?? rename.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('Vul een naam in.');
      return;
    }
    setNameError(null);
    add.mutate(name.trim());
  };

  return (
    <section aria-labelledby="units-heading" className="app-card app-stack">
      <h2 id="units-heading" className="utrecht-heading-2">
        Organisatie-eenheden
      </h2>
      <p className="utrecht-paragraph">Eenheden zijn de budgethouders die u als eigenaar aan ontwikkelingen koppelt (bijvoorbeeld Eenheid Inwonerplein of Team strategie).</p>
      {!isAdmin ? <Alert type="info">Alleen een beheerder kan eenheden toevoegen, hernoemen of verwijderen. U kunt ze hier wel bekijken.</Alert> : null}
      {units.isPending ? <Loading what="Eenheden" /> : null}
      {units.error ? <Alert type="error">{errorMessage(units.error)}</Alert> : null}
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      {units.data ? (
        units.data.length === 0 ? (
          <p className="utrecht-paragraph">Nog geen eenheden.</p>
        ) : (
          <TableWrap label="Organisatie-eenheden">
            <table className="utrecht-table utrecht-table--html-table app-grid-table">
              <caption className="utrecht-table__caption app-visually-hidden">Organisatie-eenheden</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">Naam</th>
                  {isAdmin ? <th scope="col" className="utrecht-table__header-cell">Acties</th> : null}
                </tr>
              </thead>
              <tbody>
                {units.data.map((u) => {
                  const text = edits[u.id] ?? u.name;
                  return (
                    <tr key={u.id} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell">
                        {u.name}
                      </th>
                      {isAdmin ? (
                        <td className="utrecht-table__cell">
                          <div className="app-row">
                            <div className="app-field-fixed">
                              <TextField label={`Nieuwe naam voor ${u.name}`} className="app-input-medium" value={text} onChange={(e) => setEdits((m) => ({ ...m, [u.id]: e.target.value }))} />
                            </div>
                            <Button disabled={text.trim() === '' || text === u.name || rename.isPending} onClick={() => rename.mutate({ id: u.id, name: text.trim() })}>
                              Hernoemen
                            </Button>
                            <Button appearance="danger" disabled={remove.isPending} onClick={() => remove.mutate(u.id)} aria-label={`Verwijderen: ${u.name}`}>
                              Verwijderen
                            </Button>
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
        )
      ) : null}
      {isAdmin ? (
        <form onSubmit={submit} className="app-row" noValidate>
          <TextField label="Nieuwe eenheid" value={name} onChange={(e) => setName(e.target.value)} error={nameError} size={30} />
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
      <p className="utrecht-paragraph">Overzicht. Per begroting past u deze waarden aan onder Uitgangspunten; een beheerder wijzigt de referentiegegevens zelf onder Referentiegegevens beheren.</p>

      <h3 className="utrecht-heading-3">Salaristabellen</h3>
      {data.salaryTables.map((t) => (
        <div key={t.id} className="app-stack">
          <p className="utrecht-paragraph">
            <strong>{t.label}</strong> — geldig vanaf {formatDate(t.validFrom)}. Bron: {t.source}. {t.estimate ? <Badge tone="warning">Schatting</Badge> : <Badge tone="ok">Officieel</Badge>}
          </p>
          <SalaryScaleTable scales={t.scales} label="Maandsalarissen per schaal" caption={`Maximum maandsalaris per schaal, ${t.label}`} hideCaption />
        </div>
      ))}

      <h3 className="utrecht-heading-3">Tariefkaarten inhuur</h3>
      {data.rateCards.map((r) => (
        <p key={r.id} className="utrecht-paragraph">
          <strong>{r.label}</strong> (vanaf {formatDate(r.validFrom)}): {Object.entries(r.rates).map(([role, c]) => `${role} ${formatEuro(c)}/u`).join(', ')}. Bron: {r.source}.
        </p>
      ))}

      <h3 className="utrecht-heading-3">Benchmarks</h3>
      <TableWrap label="Benchmarks">
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption app-visually-hidden">Benchmarks</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Benchmark</th>
              <th scope="col" className="utrecht-table__header-cell">Datajaar</th>
              <th scope="col" className="utrecht-table__header-cell app-num">Waarde</th>
              <th scope="col" className="utrecht-table__header-cell">Bron</th>
            </tr>
          </thead>
          <tbody>
            {data.benchmarks.map((b) => (
              <tr key={b.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {b.label}
                </th>
                <td className="utrecht-table__cell">{b.year}</td>
                <td className="utrecht-table__cell app-num">
                  {formatEuro(b.valueCents)} {BENCHMARK_UNIT_LABELS[b.unit]}
                </td>
                <td className="utrecht-table__cell">
                  {b.sourceUrl ? (
                    <a className="utrecht-link" href={b.sourceUrl} rel="noreferrer">
                      {b.source}
                    </a>
                  ) : (
                    b.source
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h3 className="utrecht-heading-3">Standaard uitgangspunten en bronnen</h3>
      <TableWrap label="Bronnen van de uitgangspunten">
        <table className="utrecht-table utrecht-table--html-table app-grid-table">
          <caption className="utrecht-table__caption app-visually-hidden">Bronnen van de uitgangspunten</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Uitgangspunt</th>
              <th scope="col" className="utrecht-table__header-cell">Bron</th>
              <th scope="col" className="utrecht-table__header-cell">Datum</th>
              <th scope="col" className="utrecht-table__header-cell">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(data.assumptionSources).map(([key, s]) => (
              <tr key={key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {ASSUMPTION_LABEL[key] ?? key}
                </th>
                <td className="utrecht-table__cell">{s.source}</td>
                <td className="utrecht-table__cell">{formatDate(s.date)}</td>
                <td className="utrecht-table__cell">
                  {s.note ?? '—'}
                  {s.parts?.length ? <SourceParts parts={s.parts} total={s.parts.reduce((sum, p) => sum + p.pct, 0)} heading="Opbouw" /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
