import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { BENCHMARK_UNIT_LABELS, sizeClassLabel, type Benchmark } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { referenceQueries } from '../../api/queries.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { BackLink } from '../../ui/BackLink.tsx';
import { formatDate, formatEuro } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { DefaultsForm } from './DefaultsForm.tsx';
import { EditVersionMeta } from './EditVersionMeta.tsx';
import { BENCHMARK_COLUMNS, Source } from './benchmark-columns.tsx';
import { SalaryScaleTable } from './SalaryScaleTable.tsx';
import { SharedChanges } from './SharedChanges.tsx';
import { BenchmarkForm, NewRateCardForm, NewSalaryTableForm } from './VersionForms.tsx';
import { referenceAdminQuery } from './queries.ts';

/** Beheer → Referentiegegevens: salary tables, rate cards, benchmarks and the organisation's defaults. */
export function ReferenceAdminPage() {
  usePageTitle('Referentiegegevens beheren');
  const session = useQuery(sessionQuery);
  const isAdmin = session.data?.user.role === 'admin';
  // Salary tables, rate cards and benchmarks are shared by all organisations: only the platform edits them (ADR 0009).
  const platform = isAdmin && session.data?.user.platformAdmin === true;
  const admin = useQuery({ ...referenceAdminQuery(), enabled: isAdmin });
  const reference = useQuery(referenceQueries.all());
  const [editingBenchmark, setEditingBenchmark] = useState<Benchmark | null>(null);

  if (session.isPending) return <Loading what="Sessie" />;
  if (!isAdmin) {
    return (
      <div className="app-stack">
        <h1 className="utrecht-heading-1">Referentiegegevens beheren</h1>
        <Alert type="info">Alleen een beheerder kan referentiegegevens wijzigen.</Alert>
      </div>
    );
  }
  const data = admin.data;
  return (
    <div className="app-stack">
      <BackLink to="/beheer">Terug naar Beheer</BackLink>
      <h1 className="utrecht-heading-1">Referentiegegevens beheren</h1>
      <p className="utrecht-paragraph">
        Feiten met een bron: salaristabellen (Cao Gemeenten), tariefkaarten voor inhuur, benchmarks en de standaard
        uitgangspunten. Nieuwe bedragen worden een nieuwe versie; begrotingen die een oudere versie gebruiken blijven
        ongewijzigd.
      </p>
      {!platform ? (
        <Alert type="info">
          Salaristabellen, tariefkaarten en benchmarks gelden voor alle organisaties en worden beheerd door het
          platformbeheer. U kunt ze hier bekijken en kiezen welke uw organisatie als standaard gebruikt (onder Standaard
          uitgangspunten).
        </Alert>
      ) : null}
      {admin.isPending ? <Loading what="Referentiegegevens" /> : null}
      {admin.error ? <Alert type="error">{errorMessage(admin.error)}</Alert> : null}
      {data ? (
        <>
          <section className="app-card app-stack" aria-labelledby="tables-heading">
            <h2 id="tables-heading" className="utrecht-heading-2">
              Salaristabellen
            </h2>
            {data.salaryTables.map((t) => (
              <div key={t.id} className="app-stack">
                <p className="utrecht-paragraph">
                  <strong>{t.label}</strong> — geldig vanaf {formatDate(t.validFrom)}. Bron:{' '}
                  <Source source={t.source} url={t.sourceUrl} />.{' '}
                  {t.estimate ? <Badge tone="warning">Schatting</Badge> : <Badge tone="ok">Officieel</Badge>}{' '}
                  {t.isDefault ? <Badge tone="info">Standaard</Badge> : null}
                </p>
                {t.note ? <p className="utrecht-paragraph">{t.note}</p> : null}
                {platform ? <EditVersionMeta kind="salary-tables" id={t.id} label={t.label} note={t.note} /> : null}
                <SalaryScaleTable
                  scales={t.scales}
                  label={`Maandsalarissen per schaal, ${t.label}`}
                  caption={`Hoogste maandsalaris per schaal, ${t.label}`}
                  hideCaption
                />
              </div>
            ))}
            {platform ? <NewSalaryTableForm data={data} /> : null}
          </section>

          <section className="app-card app-stack" aria-labelledby="cards-heading">
            <h2 id="cards-heading" className="utrecht-heading-2">
              Tariefkaarten inhuur
            </h2>
            <ul className="utrecht-unordered-list">
              {data.rateCards.map((c) => (
                <li key={c.id} className="utrecht-unordered-list__item">
                  <strong>{c.label}</strong> (vanaf {formatDate(c.validFrom)}){' '}
                  {c.isDefault ? <Badge tone="info">Standaard</Badge> : null}{' '}
                  {c.estimate ? <Badge tone="warning">Schatting</Badge> : null}:{' '}
                  {Object.entries(c.rates)
                    .map(([role, cents]) => `${role} ${formatEuro(cents)}/u`)
                    .join(', ')}
                  . Bron: <Source source={c.source} url={c.sourceUrl} />.{c.note ? <> {c.note}</> : null}
                  {platform ? <EditVersionMeta kind="rate-cards" id={c.id} label={c.label} note={c.note} /> : null}
                </li>
              ))}
            </ul>
            {platform ? <NewRateCardForm data={data} /> : null}
          </section>

          <section className="app-card app-stack" aria-labelledby="benchmarks-heading">
            <h2 id="benchmarks-heading" className="utrecht-heading-2">
              Benchmarks
            </h2>
            {reference.data ? (
              <DataTable
                label="Benchmarks"
                caption="Benchmarks met bron"
                hideCaption
                rows={reference.data.benchmarks}
                rowKey={(b) => b.id}
                columns={[
                  ...BENCHMARK_COLUMNS,
                  {
                    key: 'size',
                    header: 'Grootteklasse',
                    cell: (b) => (b.unit === 'max-hourly-rate' ? '—' : sizeClassLabel(b)),
                  },
                  {
                    key: 'source',
                    header: 'Bron en steekproef',
                    cell: (b) => (
                      <>
                        <Source source={b.source} url={b.sourceUrl} />
                        {b.sample ? <span className="utrecht-paragraph--small"> · steekproef: {b.sample}</span> : null}
                      </>
                    ),
                  },
                  platform && {
                    key: 'action',
                    header: 'Actie',
                    cell: (b) => (
                      <Button
                        appearance="subtle"
                        onClick={() => setEditingBenchmark(b)}
                        aria-label={`Bewerken: ${b.label} ${b.year} ${BENCHMARK_UNIT_LABELS[b.unit]}`}
                      >
                        Bewerken
                      </Button>
                    ),
                  },
                ]}
              />
            ) : null}
            {platform ? (
              <BenchmarkForm
                key={editingBenchmark?.id ?? 'new'}
                editing={editingBenchmark}
                onDone={() => setEditingBenchmark(null)}
              />
            ) : null}
          </section>

          <section className="app-card app-stack" aria-label="Standaard uitgangspunten">
            <DefaultsForm data={data} />
          </section>

          <SharedChanges />
        </>
      ) : null}
    </div>
  );
}
