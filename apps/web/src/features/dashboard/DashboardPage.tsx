import { CONTRIBUTION_DOMAIN_NAMES } from '../budget/row-model.ts';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  ReferenceLine,
  LineChart,
  Line,
} from './lazy-recharts.tsx';
import {
  calculate,
  costPerCapita,
  selectBenchmarks,
  type CalculationResult,
  type Cents,
  type CostPool,
} from '@app/engine';
import { ExampleMajorityAlert, PlausibilityPanel, ProvenanceSplitTable } from '../budget/Plausibility.tsx';
import { catalogQueries, referenceQueries } from '../../api/queries.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import {
  centsToEuros,
  formatEuro,
  formatEuroCents,
  formatInteger,
  formatPercent,
  countText,
} from '../../lib/format.ts';
import { COST_POOL_LABELS, axisEuroLabel, niceAxis, type NiceAxis } from '@app/schemas';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FundingSummary } from '../funding/FundingSummary.tsx';
import { groupTotals, type Group } from './groups.ts';
import { DrillDown } from './DrillDown.tsx';

const COLORS = { incidental: '#154273', structural: '#a04000', capital: '#2e6b30', investment: '#5b2a86' };
const POOL_COLORS = ['#154273', '#a04000', '#2e6b30', '#5b2a86', '#7a5c00', '#8a1c4a'];
/** Recharts props for an axis with round steps (1, 2 or 5 × 10^n) and one unit on every tick. */
const roundAxis = (axis: NiceAxis) => ({
  ticks: axis.ticks,
  domain: [axis.min, axis.max] as [number, number],
  interval: 0 as const,
  tickFormatter: (v: number) => axisEuroLabel(v, axis),
});

/** The axis of stacked bars: from the most negative to the highest stack of a row. */
function stackedAxis(data: Record<string, string | number>[]): NiceAxis {
  let high = 0;
  let low = 0;
  for (const row of data) {
    const values = Object.entries(row).flatMap(([key, v]) => (key !== 'jaar' && typeof v === 'number' ? [v] : []));
    high = Math.max(
      high,
      values.reduce((sum, v) => sum + Math.max(0, v), 0),
    );
    low = Math.min(
      low,
      values.reduce((sum, v) => sum + Math.min(0, v), 0),
    );
  }
  return niceAxis(high, 5, low);
}
const euroTip = (v: number) => formatEuro(v * 100);

interface DataRow {
  key: string;
  label: ReactNode;
  values: Record<number, Cents>;
}

/** The numbers behind a chart: one row per series, one column per year. */
function DataTable({
  caption,
  rowHeading = 'Onderdeel',
  years,
  rows,
}: {
  caption: string;
  rowHeading?: string;
  years: number[];
  rows: DataRow[];
}) {
  return (
    <TableWrap label={caption}>
      <table className="utrecht-table utrecht-table--html-table app-grid-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {rowHeading}
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="utrecht-table__header-cell app-num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                {r.label}
              </th>
              {years.map((y) => (
                <td key={y} className="utrecht-table__cell app-num">
                  {formatEuro(r.values[y] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A bar chart with one group of bars per year, euro axis and legend; the caller gives the bars. */
function YearBarChart({ data, children }: { data: Record<string, string | number>[]; children: ReactNode }) {
  const axis = useMemo(() => stackedAxis(data), [data]);
  return (
    <div className="app-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="jaar" />
          <YAxis {...roundAxis(axis)} width={90} />
          <Tooltip formatter={(v) => euroTip(Number(v))} />
          <Legend />
          {children}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Dashboards per domain and per org unit, each chart with its numbers in a table beside it. */
export function DashboardPage() {
  const { budget } = useBudgetContext();
  usePageTitle(`Dashboard ${budget.name}`);
  const [params, setParams] = useSearchParams();
  const view = params.get('weergave') === 'eenheid' ? 'unit' : 'domain';
  const selectedKey = params.get('selectie');
  const { data: catalog } = useQuery(catalogQueries.tree(budget.edition.id));
  const reference = useQuery(referenceQueries.all());

  const result: CalculationResult | null = useMemo(() => {
    try {
      return calculate(budget.calculationInput);
    } catch {
      return null;
    }
  }, [budget.calculationInput]);
  const domainNames = useMemo(
    () => ({
      ...CONTRIBUTION_DOMAIN_NAMES,
      ...Object.fromEntries((catalog?.domains ?? []).map((d) => [d.key, d.name])),
    }),
    [catalog],
  );
  const groups: Group[] = useMemo(
    () => (result ? groupTotals(result, budget, view, domainNames) : []),
    [result, budget, view, domainNames],
  );

  if (!result) return <Alert type="error">De begroting kon niet worden berekend.</Alert>;
  const years = result.years;
  const selected = groups.find((g) => g.key === selectedKey) ?? null;
  const scopeTotals = selected ? selected.totals : result.totals;
  const scopeName = selected ? selected.name : 'hele begroting';

  const perYear = years.map((y) => ({
    jaar: String(y),
    Incidenteel: centsToEuros(scopeTotals.incidental[y] ?? 0),
    Structureel: centsToEuros(scopeTotals.structural[y] ?? 0),
    Kapitaallasten: centsToEuros(scopeTotals.capital[y] ?? 0),
  }));
  const firstYear = years[0] ?? budget.firstYear;
  const perGroup = groups.map((g) => ({ naam: g.name, Totaal: centsToEuros(g.totals.total[firstYear] ?? 0) }));
  const groupAxis = niceAxis(
    Math.max(0, ...perGroup.map((g) => g.Totaal)),
    5,
    Math.min(0, ...perGroup.map((g) => g.Totaal)),
  );
  const pools = Object.entries(result.byCostPool).filter(([, t]) => years.some((y) => (t.total[y] ?? 0) !== 0));
  const perPool = years.map((y) =>
    Object.fromEntries([
      ['jaar', String(y)],
      ...pools.map(([pool, t]) => [COST_POOL_LABELS[pool as CostPool] ?? pool, centsToEuros(t.total[y] ?? 0)]),
    ]),
  );

  const inhabitants = budget.profile.inhabitants;
  // The newest figure for all municipalities (the size class is in the plausibility panel).
  const benchmark =
    selectBenchmarks(reference.data?.benchmarks ?? [], 'per-inhabitant', inhabitants).latest ?? undefined;
  // The engine divides (rounded to cents); the UI only shows.
  const perCapita = costPerCapita(result, budget.profile, benchmark?.valueCents ?? null);
  const perInhabitant = perCapita.map((p) => ({
    jaar: String(p.year),
    'Structureel per inwoner': p.perInhabitantCents / 100,
  }));
  // A little room above the highest point for the benchmark's label.
  const perInhabitantAxis = niceAxis(
    Math.max(benchmark ? benchmark.valueCents / 100 : 0, ...perInhabitant.map((p) => p['Structureel per inwoner'])) *
      1.05,
  );

  const select = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key) next.set('selectie', key);
    else next.delete('selectie');
    setParams(next);
  };

  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Dashboard</h2>
      <ExampleMajorityAlert result={result} />
      <div className="app-row" role="group" aria-label="Weergave">
        <Link to="?" className="utrecht-link" aria-current={view === 'domain' ? 'page' : undefined}>
          Per domein
        </Link>
        <Link to="?weergave=eenheid" className="utrecht-link" aria-current={view === 'unit' ? 'page' : undefined}>
          Per organisatie-eenheid
        </Link>
      </div>

      <div className="app-summary-bar">
        <dl>
          {years.map((y) => (
            <div key={y}>
              <dt>Totaal {y}</dt>
              <dd>{formatEuro(result.totals.total[y] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <FundingSummary budgetId={budget.id} />

      <div className="app-grid-2">
        <figure className="app-figure app-card">
          <figcaption>Kosten per jaar — {scopeName} (incidenteel, structureel, kapitaallasten)</figcaption>
          <YearBarChart data={perYear}>
            <Bar isAnimationActive={false} dataKey="Incidenteel" stackId="a" fill={COLORS.incidental} />
            <Bar isAnimationActive={false} dataKey="Structureel" stackId="a" fill={COLORS.structural} />
            <Bar isAnimationActive={false} dataKey="Kapitaallasten" stackId="a" fill={COLORS.capital} />
          </YearBarChart>
          <DataTable
            caption={`Cijfers bij de grafiek: ${scopeName}`}
            years={years}
            rows={[
              { key: 'Incidenteel', label: 'Incidenteel', values: scopeTotals.incidental },
              { key: 'Structureel', label: 'Structureel', values: scopeTotals.structural },
              { key: 'Kapitaallasten', label: 'Kapitaallasten', values: scopeTotals.capital },
              { key: 'Totaal', label: 'Totaal', values: scopeTotals.total },
              {
                key: 'Investeringen (buiten totaal)',
                label: 'Investeringen (buiten totaal)',
                values: scopeTotals.investment,
              },
            ]}
          />
        </figure>

        <figure className="app-figure app-card">
          <figcaption>
            Totaal {firstYear} {view === 'unit' ? 'per organisatie-eenheid' : 'per domein'}
          </figcaption>
          <div className="app-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart accessibilityLayer={false} data={perGroup} layout="vertical" margin={{ left: 20 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" {...roundAxis(groupAxis)} />
                <YAxis type="category" dataKey="naam" width={170} />
                <Tooltip formatter={(v) => euroTip(Number(v))} />
                <Bar isAnimationActive={false} dataKey="Totaal" fill={COLORS.incidental} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <DataTable
            caption={`${view === 'unit' ? 'Per organisatie-eenheid' : 'Per domein'}: kies een regel voor de details`}
            rowHeading={view === 'unit' ? 'Eenheid' : 'Domein'}
            years={years}
            rows={groups.map((g) => ({
              key: g.key,
              label: (
                <Link
                  className="utrecht-link"
                  to={`?${new URLSearchParams({ ...(view === 'unit' ? { weergave: 'eenheid' } : {}), selectie: g.key }).toString()}`}
                  aria-current={g.key === selectedKey ? 'true' : undefined}
                >
                  {g.name}
                </Link>
              ),
              values: g.totals.total,
            }))}
          />
        </figure>

        <figure className="app-figure app-card">
          <figcaption>Kosten per kostensoort per jaar (hele begroting)</figcaption>
          <YearBarChart data={perPool}>
            {pools.map(([pool], i) => (
              <Bar
                key={pool}
                dataKey={COST_POOL_LABELS[pool as CostPool] ?? pool}
                stackId="p"
                fill={POOL_COLORS[i % POOL_COLORS.length]}
              />
            ))}
          </YearBarChart>
          <DataTable
            caption="Cijfers per kostensoort"
            years={years}
            rows={pools.map(([pool, t]) => ({
              key: pool,
              label: COST_POOL_LABELS[pool as CostPool] ?? pool,
              values: t.total,
            }))}
          />
        </figure>

        <figure className="app-figure app-card">
          <figcaption>Structurele kosten per inwoner tegen de benchmark</figcaption>
          <div className="app-chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart accessibilityLayer={false} data={perInhabitant}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="jaar" />
                <YAxis {...roundAxis(perInhabitantAxis)} width={70} />
                <Tooltip formatter={(v) => formatEuroCents(Number(v) * 100)} />
                <Legend />
                <Line
                  isAnimationActive={false}
                  dataKey="Structureel per inwoner"
                  stroke={COLORS.structural}
                  strokeWidth={3}
                />
                {benchmark ? (
                  <ReferenceLine
                    y={benchmark.valueCents / 100}
                    stroke="#000"
                    strokeDasharray="6 3"
                    label={`Benchmark ${benchmark.year}`}
                  />
                ) : null}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <TableWrap label="Cijfers bij de grafiek: structurele kosten per inwoner en per medewerker">
            <table className="utrecht-table utrecht-table--html-table app-grid-table">
              <caption className="utrecht-table__caption">
                Structurele kosten per inwoner ({countText(inhabitants, 'inwoner', 'inwoners')}) en per medewerker (
                {formatInteger(budget.profile.employees)})
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    Jaar
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Per inwoner
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Per medewerker
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Benchmark per inwoner
                  </th>
                  <th scope="col" className="utrecht-table__header-cell app-num">
                    Deel van benchmark
                  </th>
                </tr>
              </thead>
              <tbody>
                {perCapita.map((p) => (
                  <tr key={p.year} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {p.year}
                    </th>
                    <td className="utrecht-table__cell app-num">{formatEuroCents(p.perInhabitantCents)}</td>
                    <td className="utrecht-table__cell app-num">{formatEuroCents(p.perEmployeeCents)}</td>
                    <td className="utrecht-table__cell app-num">
                      {benchmark ? formatEuroCents(benchmark.valueCents) : '—'}
                    </td>
                    <td className="utrecht-table__cell app-num">
                      {p.benchmarkRatio !== null ? formatPercent(p.benchmarkRatio * 100, 0) : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            {benchmark ? (
              <>
                Benchmark: {benchmark.label}, {formatEuro(benchmark.valueCents)} per inwoner (datajaar {benchmark.year}
                ), bron {benchmark.source}
                {benchmark.sourceUrl ? (
                  <>
                    {' '}
                    (
                    <a className="utrecht-link" href={benchmark.sourceUrl} rel="noreferrer">
                      bron
                    </a>
                    )
                  </>
                ) : null}
                .{' '}
              </>
            ) : (
              'Geen benchmark beschikbaar. '
            )}
            Let op: het model dekt alleen ontwikkelingen (verandering), niet de volledige ICT-exploitatie (beheer). De
            benchmark gaat over de totale ICT-kosten; deze begroting hoort daar dus ruim onder te liggen.
          </p>
        </figure>
      </div>

      <div className="app-grid-2">
        <div className="app-card">
          <PlausibilityPanel
            input={budget.calculationInput}
            result={result}
            benchmarks={reference.data?.benchmarks ?? []}
            headingLevel={3}
          />
        </div>
        <div className="app-card app-stack">
          <h3 className="utrecht-heading-3">Herkomst van de bedragen</h3>
          <ProvenanceSplitTable result={result} caption="Totaal per herkomst (hele begroting)" />
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Gepubliceerd: letterlijk uit de Modelgemeente. Onvolledig gepubliceerd: in de bron afgebroken, telt € 0 tot
            u de regel aanvult. Uit tweede hand: door derden geparafraseerd. Voorbeeld: een illustratieve aanname van de
            planner, geen Modelgemeente-bedrag. Geïmporteerd en eigen regel: door uw gemeente ingevoerd.
          </p>
        </div>
      </div>

      <DrillDown budget={budget} result={result} selected={selected} view={view} onClear={() => select(null)} />
    </div>
  );
}
