import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { COST_POOLS, LINE_KINDS, PROVENANCES } from '@app/engine';
import { catalogQueries, municipalityQueries, referenceQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import type { CatalogLine } from '../../api/types.ts';
import { Alert, Loading, ProvenanceBadge } from '../../ui/Feedback.tsx';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { Button } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { formatEuro, countText } from '../../lib/format.ts';
import { COST_POOL_LABELS, DRIVER_LABELS, KIND_LABELS, PROVENANCE_LABELS } from '@app/schemas';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MunicipalityPicker } from '../start/MunicipalityPicker.tsx';
import { rescaleCatalog, type LineAmounts } from './rescale.ts';
import { departmentsSuggestionText, staffSuggestionText } from '../start/staff-suggestion.ts';

const all = (label: string) => ({ value: '', label });

function matches(line: CatalogLine, q: string) {
  return !q || line.description.toLowerCase().includes(q) || (line.basis ?? '').toLowerCase().includes(q);
}

type LineAmount = LineAmounts | undefined;

const modelText = (a: LineAmount) => (a?.modelCents != null ? formatEuro(a.modelCents) : 'onvolledig');
const ownText = (line: CatalogLine, a: LineAmount, ownName: string | undefined) =>
  a?.ownCents != null
    ? formatEuro(a.ownCents)
    : ownName || line.provenance === 'published-incomplete'
      ? 'onvolledig'
      : '—';

/** Domains → developments → model lines, filterable, with amounts rescaled to a chosen municipality. */
export function CatalogPage() {
  usePageTitle('Catalogus');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const domain = params.get('domein') ?? '';
  const kind = params.get('soort') ?? '';
  const costPool = params.get('kostensoort') ?? '';
  const provenance = params.get('herkomst') ?? '';
  const hideExamples = params.get('voorbeelden') === 'verbergen';
  const cbsCode = params.get('gemeente') ?? '';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const catalog = useQuery(catalogQueries.tree());
  const reference = useQuery(referenceQueries.all());
  const municipality = useQuery({ ...municipalityQueries.detail(cbsCode), enabled: cbsCode !== '' });
  const firstYear = new Date().getFullYear() + 1;
  const amounts = useMemo(() => {
    if (!catalog.data || !reference.data) return null;
    const m = municipality.data;
    const profile = m
      ? { inhabitants: m.inhabitants, employees: m.suggestedEmployees, departments: m.suggestedDepartments }
      : null;
    return rescaleCatalog(catalog.data, profile, reference.data.defaultAssumptions, firstYear);
  }, [catalog.data, reference.data, municipality.data, firstYear]);

  const needle = q.trim().toLowerCase();
  const domains = useMemo(
    () =>
      (catalog.data?.domains ?? [])
        .filter((d) => !domain || d.key === domain)
        .map((d) => ({
          ...d,
          developments: d.developments
            .map((dev) => {
              const devMatches =
                !needle ||
                dev.title.toLowerCase().includes(needle) ||
                (dev.summary ?? '').toLowerCase().includes(needle);
              const lines = dev.lines.filter(
                (l) =>
                  (!hideExamples || l.provenance !== 'example') &&
                  (!kind || l.kind === kind) &&
                  (!costPool || l.costPool === costPool) &&
                  (!provenance || l.provenance === provenance) &&
                  (devMatches || matches(l, needle)),
              );
              const lineFilters = Boolean(kind || costPool || provenance);
              return { ...dev, lines, visible: lines.length > 0 || (devMatches && !lineFilters) };
            })
            .filter((dev) => dev.visible),
        }))
        .filter((d) => d.developments.length > 0),
    [catalog.data, domain, needle, kind, costPool, provenance, hideExamples],
  );
  const lineCount = domains.reduce((n, d) => n + d.developments.reduce((m, dev) => m + dev.lines.length, 0), 0);

  if (catalog.isPending) return <Loading what="Catalogus" />;
  if (catalog.error) return <Alert type="error">{errorMessage(catalog.error)}</Alert>;
  const edition = catalog.data.edition;
  const ownName = municipality.data?.name;
  // An incomplete published line has no amount of its own yet (the user completes it in a budget).
  const amountOf = (line: CatalogLine) =>
    line.provenance === 'published-incomplete' ? undefined : amounts?.get(line.id);

  return (
    <div className="app-stack">
      <h1 className="utrecht-heading-1">Catalogus</h1>
      <p className="utrecht-paragraph">
        {edition.name}. Modelgemeente: {countText(edition.modelProfile.inhabitants, 'inwoner', 'inwoners')},{' '}
        {countText(edition.modelProfile.employees, 'medewerker', 'medewerkers')},{' '}
        {countText(edition.modelProfile.departments, 'afdeling', 'afdelingen')}. Bron: {edition.source}. Regels met
        herkomst &quot;Voorbeeld&quot; zijn aannames van deze applicatie, geen Modelgemeente-cijfers.
      </p>

      <section aria-labelledby="filter-heading" className="app-card app-stack">
        <h2 id="filter-heading" className="utrecht-heading-2">
          Zoeken en filteren
        </h2>
        <div className="app-row">
          <TextField
            label="Zoeken"
            type="search"
            value={q}
            onChange={(e) => set('q', e.target.value)}
            description="In titels, samenvattingen en regels"
          />
          <SelectField
            label="Domein"
            value={domain}
            onChange={(e) => set('domein', e.target.value)}
            options={[all('Alle domeinen'), ...catalog.data.domains.map((d) => ({ value: d.key, label: d.name }))]}
          />
          <SelectField
            label="Soort"
            value={kind}
            onChange={(e) => set('soort', e.target.value)}
            options={[all('Alle soorten'), ...LINE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))]}
          />
          <SelectField
            label="Kostensoort"
            value={costPool}
            onChange={(e) => set('kostensoort', e.target.value)}
            options={[all('Alle kostensoorten'), ...COST_POOLS.map((p) => ({ value: p, label: COST_POOL_LABELS[p] }))]}
          />
          <SelectField
            label="Herkomst"
            value={provenance}
            onChange={(e) => set('herkomst', e.target.value)}
            options={[all('Alle herkomsten'), ...PROVENANCES.map((p) => ({ value: p, label: PROVENANCE_LABELS[p] }))]}
          />
        </div>
        <Checkbox
          label="Voorbeeldregels verbergen"
          checked={hideExamples}
          onChange={(e) => set('voorbeelden', e.target.checked ? 'verbergen' : '')}
        />
        <div className="app-row">
          <MunicipalityPicker
            key={municipality.data?.cbsCode ?? 'geen'}
            initialText={municipality.data?.name ?? ''}
            onSelect={(m) => set('gemeente', m.cbsCode)}
          />
          {cbsCode ? <Button onClick={() => set('gemeente', '')}>Geen gemeente</Button> : null}
        </div>
        <p className="utrecht-paragraph" role="status">
          {countText(lineCount, 'regel', 'regels')} gevonden
          {ownName
            ? `; bedragen herschaald naar ${ownName} (${countText(municipality.data?.inhabitants ?? 0, 'inwoner', 'inwoners')}, ${countText(municipality.data?.suggestedEmployees ?? 0, 'voorgestelde medewerker', 'voorgestelde medewerkers')}, ${countText(municipality.data?.suggestedDepartments ?? 0, 'afdeling', 'afdelingen')})`
            : '; kies een gemeente om herschaalde bedragen te zien'}
          .
        </p>
        {municipality.data ? (
          <p className="utrecht-paragraph app-model-value">
            Medewerkers: {staffSuggestionText(municipality.data)} Afdelingen:{' '}
            {departmentsSuggestionText(municipality.data)}. Een eigen formatie vult u in bij het maken van een
            begroting.
          </p>
        ) : null}
        {municipality.error ? (
          <Alert type="warning">
            Gemeente &quot;{cbsCode}&quot; uit het adres staat niet in de CBS-gemeentelijst. De bedragen zijn die van de
            Modelgemeente; kies hierboven een gemeente.
          </Alert>
        ) : null}
        {reference.error ? (
          <Alert type="warning">
            Referentiegegevens niet beschikbaar, bedragen kunnen niet worden berekend: {errorMessage(reference.error)}
          </Alert>
        ) : null}
      </section>

      {domains.map((d) => (
        <section key={d.key} aria-labelledby={`cat-${d.key}`} className="app-stack">
          <h2 id={`cat-${d.key}`} className="utrecht-heading-2">
            {d.name}
          </h2>
          {d.developments.map((dev) => (
            <article key={dev.id} className="app-card app-stack" aria-labelledby={`dev-${dev.id}`}>
              <h3 id={`dev-${dev.id}`} className="utrecht-heading-3">
                {dev.title}
              </h3>
              {dev.summary ? <p className="utrecht-paragraph">{dev.summary}</p> : null}
              {dev.sourceUrl ? (
                <p className="utrecht-paragraph utrecht-paragraph--small">
                  Bron:{' '}
                  <a className="utrecht-link" href={dev.sourceUrl} rel="noreferrer">
                    {dev.sourceUrl}
                  </a>
                </p>
              ) : null}
              <DataTable
                label="Tabel met regels"
                caption={`Begrotingsregels van ${dev.title}`}
                hideCaption
                empty={
                  <p className="utrecht-paragraph utrecht-paragraph--small">
                    Geen begrotingsregels bij deze ontwikkeling.
                  </p>
                }
                rows={dev.lines}
                rowKey={(line) => line.id}
                columns={[
                  {
                    key: 'line',
                    header: 'Regel',
                    rowHeader: true,
                    cell: (line) => (
                      <>
                        {line.description}
                        {line.basis ? <span className="app-model-value">{line.basis}</span> : null}
                        {line.sourceUrl ? (
                          <span className="app-model-value">
                            <a className="utrecht-link" href={line.sourceUrl} rel="noreferrer">
                              Bron van deze regel
                            </a>
                          </span>
                        ) : null}
                      </>
                    ),
                  },
                  { key: 'kind', header: 'Soort', cell: (line) => KIND_LABELS[line.kind] },
                  { key: 'costPool', header: 'Kostensoort', cell: (line) => COST_POOL_LABELS[line.costPool] },
                  {
                    key: 'provenance',
                    header: 'Herkomst',
                    cell: (line) => <ProvenanceBadge provenance={line.provenance} />,
                  },
                  { key: 'driver', header: 'Schaalbasis', cell: (line) => DRIVER_LABELS[line.driver] },
                  { key: 'model', header: 'Model', numeric: true, cell: (line) => modelText(amountOf(line)) },
                  {
                    key: 'own',
                    header: ownName ?? 'Uw gemeente',
                    numeric: true,
                    cell: (line) => ownText(line, amountOf(line), ownName),
                  },
                ]}
              />
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
