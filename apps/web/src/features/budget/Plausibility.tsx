import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import {
  calculate,
  exampleShare,
  incompleteZeroLines,
  plausibility,
  selectBenchmarks,
  totalsByProvenance,
  type CalculationInput,
  type CalculationResult,
  type PlausibilityCheck,
  type Provenance,
  type Totals,
  PROVENANCES,
} from '@app/engine';
import {
  BENCHMARK_SCOPE_NOTE,
  PROVENANCE_LABELS,
  benchmarkCitation,
  exampleMajorityText,
  formatBand,
  formatRatio,
  plausibilityWarning,
  sizeClassLabel,
  type Benchmark,
} from '@app/schemas';
import { Alert } from '../../ui/Feedback.tsx';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { AmountsByYearTable } from '../../ui/AmountsByYearTable.tsx';
import { SourceLink } from '../../ui/SourceLink.tsx';
import { formatEuro, formatEuroCents, formatInteger, formatPercent, noBreakEuro } from '../../lib/format.ts';

/**
 * Plausibility and provenance beside the totals (ADR 0011): the same numbers on the
 * builder and the dashboard, all computed by the engine; this file only shows them.
 */

/** A plain warning at the top when example lines carry more than half of a year's money. */
export function ExampleMajorityAlert({ result }: { result: CalculationResult }) {
  const text = useMemo(() => {
    const t = exampleMajorityText(exampleShare(result).majority);
    return t === null ? null : noBreakEuro(t);
  }, [result]);
  if (!text) return null;
  return (
    <div data-testid="example-majority">
      <Alert type="warning">
        <p className="utrecht-paragraph">
          <strong>Let op: dit zijn vooral voorbeeldbedragen.</strong> {text}
        </p>
      </Alert>
    </div>
  );
}

/** Every total split by provenance; the rows add up to the totals. */
export function ProvenanceSplitTable({
  result,
  caption = 'Totaal per herkomst (exploitatie)',
}: {
  result: CalculationResult;
  caption?: string;
}) {
  const split = useMemo(() => totalsByProvenance(result), [result]);
  const shares = useMemo(() => exampleShare(result, split).years, [result, split]);
  const years = result.years;
  const hasMoney = (t: Totals) => years.some((y) => (t.total[y] ?? 0) !== 0 || (t.investment[y] ?? 0) !== 0);
  const shown: Provenance[] = PROVENANCES.filter((p) => hasMoney(split[p]));
  return (
    <AmountsByYearTable
      caption={caption}
      rowHeading="Herkomst"
      years={years}
      testId="provenance-split"
      rows={[
        ...shown.map((p) => ({ key: p, label: PROVENANCE_LABELS[p], values: split[p].total })),
        {
          key: 'total',
          label: 'Totaal exploitatie',
          values: result.totals.total,
          className: 'app-subtotal',
          strong: true,
        },
        {
          key: 'examples',
          label: 'Waarvan voorbeeldregels',
          values: Object.fromEntries(shares.map((s) => [s.year, s.share * 100])),
          format: (pct) => formatPercent(pct, 0),
        },
      ]}
    />
  );
}

const isOutside = (check: PlausibilityCheck) => check.status === 'low' || check.status === 'high';

/** A plausibility check against the Modelgemeente: own and model per inhabitant, their ratio, the band. */
const CHECK_COLUMNS: Column<{ label: string; check: PlausibilityCheck }>[] = [
  { key: 'measure', header: 'Maat', rowHeader: true, cell: (r) => r.label },
  { key: 'own', header: 'Deze begroting', numeric: true, cell: (r) => formatEuroCents(r.check.own.perInhabitantCents) },
  {
    key: 'model',
    header: 'Modelgemeente',
    numeric: true,
    cell: (r) => formatEuroCents(r.check.model.perInhabitantCents),
  },
  {
    key: 'ratio',
    header: 'Verhouding',
    numeric: true,
    cell: ({ check }) =>
      check.ratio === null ? (
        '—'
      ) : isOutside(check) ? (
        <strong>{formatRatio(check.ratio)}</strong>
      ) : (
        formatRatio(check.ratio)
      ),
  },
  { key: 'band', header: 'Plausibel', numeric: true, cell: (r) => formatBand(r.check.min, r.check.max) },
  {
    key: 'employee',
    header: 'Per medewerker',
    numeric: true,
    cell: (r) => formatEuroCents(r.check.own.perEmployeeCents),
  },
];

export interface PlausibilityPanelProps {
  input: CalculationInput;
  result: CalculationResult;
  benchmarks: readonly Benchmark[];
  /** Heading level inside the page (the builder has h2 sections, the dashboard h3). */
  headingLevel?: 2 | 3;
}

/** The engine's plausibility check and the benchmarks for the municipality's size class. */
export function usePlausibility(input: CalculationInput, result: CalculationResult, benchmarks: readonly Benchmark[]) {
  const p = useMemo(() => plausibility(input, result), [input, result]);
  const perInhabitant = useMemo(
    () => selectBenchmarks(benchmarks, 'per-inhabitant', input.profile.inhabitants),
    [benchmarks, input.profile.inhabitants],
  );
  const perEmployee = useMemo(
    () => selectBenchmarks(benchmarks, 'per-employee', input.profile.inhabitants),
    [benchmarks, input.profile.inhabitants],
  );
  return { p, perInhabitant, perEmployee };
}
type PlausibilityData = ReturnType<typeof usePlausibility>;

/** Outside the plausible band: a warning per check that names the lines that drive it. */
export function PlausibilityWarnings({ data }: { data: PlausibilityData }) {
  const warnings = [data.p.structural, data.p.total]
    .map((c) => {
      const t = plausibilityWarning(c);
      return { check: c, text: t === null ? null : noBreakEuro(t) };
    })
    .filter((w) => w.text !== null);
  if (warnings.length === 0) return null;
  return (
    <div className="app-stack" data-testid="plausibility-warnings">
      {warnings.map(({ check, text }) => (
        <Alert key={check.measure} type="warning">
          <p className="utrecht-paragraph">
            <strong>
              {check.measure === 'structural'
                ? 'Structurele kosten buiten de plausibele band.'
                : 'Totaal buiten de plausibele band.'}
            </strong>{' '}
            {text}
          </p>
        </Alert>
      ))}
    </div>
  );
}

/** The headline figures for the builder's summary bar: structural cost per inhabitant and per employee beside the model and the benchmark. */
export function PlausibilitySummary({ data }: { data: PlausibilityData }) {
  const { structural } = data.p;
  const latest = data.perInhabitant.sizeClass ?? data.perInhabitant.latest;
  return (
    <dl data-testid="plausibility-summary">
      <div>
        <dt>Structureel per inwoner {structural.year}</dt>
        <dd>
          {formatEuroCents(structural.own.perInhabitantCents)}
          {structural.ratio !== null ? ` (${formatRatio(structural.ratio)} model)` : ''}
        </dd>
      </div>
      <div>
        <dt>Per medewerker</dt>
        <dd>{formatEuroCents(structural.own.perEmployeeCents)}</dd>
      </div>
      {latest ? (
        <div>
          <dt>
            Benchmark {latest.year}, {sizeClassLabel(latest)}
          </dt>
          <dd>{formatEuro(latest.valueCents)} per inwoner</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** Source and scope of the headline benchmark, in one short line beside it. */
function BenchmarkFootnote({ data }: { data: PlausibilityData }) {
  const b = data.perInhabitant.sizeClass ?? data.perInhabitant.latest;
  if (!b) return null;
  return (
    <p className="utrecht-paragraph utrecht-paragraph--small" data-testid="benchmark-footnote">
      Bron: {b.source}, datajaar {b.year}
      {b.sample ? ` (${b.sample})` : ''}. Het model dekt alleen ontwikkelingen, niet de hele ICT-exploitatie: de
      benchmark is context, geen norm.
    </p>
  );
}

/** Cost per inhabitant and per employee against the model, with the benchmark's source, year and sample. */
export function PlausibilityFigures({
  input,
  result,
  data,
}: {
  input: CalculationInput;
  result: CalculationResult;
  data: PlausibilityData;
}) {
  const { p, perInhabitant, perEmployee } = data;
  const latest = perInhabitant.latest;
  const fte = perEmployee.sizeClass ?? perEmployee.latest;
  const years = result.years;
  return (
    <div className="app-stack" data-testid="plausibility-figures">
      <DataTable<{ label: string; check: PlausibilityCheck }>
        label="Kosten per inwoner tegen de Modelgemeente"
        caption={`Per inwoner, naast de Modelgemeente (dezelfde regels voor ${formatInteger(input.modelProfile.inhabitants)} inwoners)`}
        rows={[
          { label: `Structureel per inwoner ${p.structural.year ?? ''}`.trim(), check: p.structural },
          { label: `Totaal ${years[0]}–${years[years.length - 1]} per inwoner`, check: p.total },
        ]}
        rowKey={(r) => r.check.measure}
        columns={CHECK_COLUMNS}
      />
      <div data-testid="benchmark-citation">
        {latest ? (
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Benchmark: {benchmarkCitation(latest, 'per inwoner')}
            <SourceLink url={latest.sourceUrl} />. Structureel per inwoner is{' '}
            {formatPercent((p.structural.own.perInhabitantCents / latest.valueCents) * 100, 0)} daarvan.
          </p>
        ) : (
          <p className="utrecht-paragraph utrecht-paragraph--small">Geen benchmark per inwoner beschikbaar.</p>
        )}
        {perInhabitant.sizeClass ? (
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Voor deze grootteklasse: {benchmarkCitation(perInhabitant.sizeClass, 'per inwoner')}.
          </p>
        ) : null}
        {fte ? (
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Per medewerker: {benchmarkCitation(fte, 'per fte')}.
          </p>
        ) : null}
        {perInhabitant.series.length > 1 ? (
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Reeks per inwoner: {perInhabitant.series.map((b) => `${b.year} ${formatEuro(b.valueCents)}`).join(', ')}.
          </p>
        ) : null}
        <p className="utrecht-paragraph utrecht-paragraph--small">{BENCHMARK_SCOPE_NOTE}</p>
      </div>
    </div>
  );
}

/**
 * Cost per inhabitant and per employee against the Modelgemeente's own (same lines, model profile)
 * and the benchmark for the municipality's size class; outside the plausible band a warning that
 * names the lines that drive it.
 */
export function PlausibilityPanel({ input, result, benchmarks, headingLevel = 2 }: PlausibilityPanelProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const data = usePlausibility(input, result, benchmarks);
  return (
    <section className="app-stack" aria-labelledby={headingId} data-testid="plausibility">
      <Heading id={headingId} className="utrecht-heading-3">
        Plausibiliteit: kosten per inwoner en per medewerker
      </Heading>
      <PlausibilityWarnings data={data} />
      <PlausibilityFigures input={input} result={result} data={data} />
    </section>
  );
}

/**
 * Published lines that were cut off in the source and still count € 0: listed before a budget is
 * submitted or adopted, so nobody signs off on a total with holes in it.
 */
export function IncompleteLinesNotice({ input, budgetId }: { input: CalculationInput; budgetId: string }) {
  const lines = useMemo(() => {
    try {
      return incompleteZeroLines(input, calculate(input));
    } catch {
      return [];
    }
  }, [input]);
  if (lines.length === 0) return null;
  const developments = new Map(input.developments.map((d) => [d.id, d]));
  return (
    <div data-testid="incomplete-lines">
      <Alert type="warning">
        <p className="utrecht-paragraph">
          <strong>
            {lines.length === 1
              ? '1 gepubliceerde regel is onvolledig'
              : `${lines.length} gepubliceerde regels zijn onvolledig`}{' '}
            en {lines.length === 1 ? 'telt' : 'tellen'} nu voor € 0 mee.
          </strong>{' '}
          De bron is op die plek afgebroken; vul de hoeveelheid aan in de begroting voordat u indient of vaststelt.
        </p>
        <ul className="utrecht-unordered-list">
          {lines.map((l) => {
            const dev = developments.get(l.developmentId);
            return (
              <li key={l.id} className="utrecht-unordered-list__item">
                <Link
                  className="utrecht-link"
                  to={`/begrotingen/${budgetId}${dev ? `?domein=${encodeURIComponent(dev.domainKey)}` : ''}`}
                >
                  {l.description}
                </Link>
                {dev ? ` (${dev.title})` : ''}
              </li>
            );
          })}
        </ul>
      </Alert>
    </div>
  );
}

/**
 * The builder's header part: headline cost per inhabitant and per employee beside the model and
 * the benchmark, warnings outside the band, and (folded) the figures and the provenance split.
 */
export function BuilderPlausibility({
  input,
  result,
  benchmarks,
}: {
  input: CalculationInput;
  result: CalculationResult;
  benchmarks: readonly Benchmark[];
}) {
  const data = usePlausibility(input, result, benchmarks);
  return (
    <section className="app-stack" aria-label="Plausibiliteit en herkomst van de totalen" data-testid="plausibility">
      <div className="app-summary-bar">
        <PlausibilitySummary data={data} />
        <BenchmarkFootnote data={data} />
      </div>
      <PlausibilityWarnings data={data} />
      <details className="app-card app-details">
        <summary>Kosten per inwoner tegen de Modelgemeente en de benchmark, en de totalen per herkomst</summary>
        <div className="app-grid-2">
          <PlausibilityFigures input={input} result={result} data={data} />
          <ProvenanceSplitTable result={result} />
        </div>
      </details>
    </section>
  );
}
