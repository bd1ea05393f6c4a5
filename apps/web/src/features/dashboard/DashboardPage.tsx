import { Link } from 'react-router';
import type { CalculationResult, Totals } from '@app/engine';
import type { BudgetDetail } from '../../api/types.ts';
import { ExampleMajorityAlert } from '../budget/Plausibility.tsx';
import { ChecksSection, TotalsBar, ViewSwitch } from './DashboardSections.tsx';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { AmountsByYearTable } from '../../ui/AmountsByYearTable.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { SourceLink } from '../../ui/SourceLink.tsx';
import {
  centsToEuros,
  formatEuro,
  formatEuroCents,
  formatInteger,
  formatPercent,
  countText,
} from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FundingSummary } from '../funding/FundingSummary.tsx';
import type { Group } from './groups.ts';
import { DrillDown } from './DrillDown.tsx';
import { CHART_COLORS, PER_INHABITANT_SERIES } from './chart-series.ts';
import { GroupBarChart, PerInhabitantChart, StackedYearChart } from './lazy-charts.tsx';
import {
  costPools,
  costsPerYear,
  useDashboardSelection,
  useDashboardTotals,
  usePerCapita,
  type DashboardView,
} from './use-dashboard.ts';

/** Dashboards per domain and per org unit, each chart with its numbers in a table beside it. */
export function DashboardPage() {
  const { budget } = useBudgetContext();
  usePageTitle(`Dashboard ${budget.name}`);
  const { view, selectedKey, select } = useDashboardSelection();
  const { result, groups } = useDashboardTotals(budget, view);
  if (!result) return <Alert type="error">De begroting kon niet worden berekend.</Alert>;
  const selected = groups.find((g) => g.key === selectedKey) ?? null;
  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Dashboard</h2>
      <ExampleMajorityAlert result={result} />
      <ViewSwitch view={view} />
      <TotalsBar result={result} />
      <FundingSummary budgetId={budget.id} />
      <div className="app-grid-2">
        <CostsPerYearFigure
          years={result.years}
          totals={selected?.totals ?? result.totals}
          scopeName={selected?.name}
        />
        <GroupsFigure budget={budget} result={result} groups={groups} view={view} selectedKey={selectedKey} />
        <CostPoolsFigure result={result} />
        <PerInhabitantFigure budget={budget} result={result} />
      </div>
      <ChecksSection budget={budget} result={result} />
      <DrillDown budget={budget} result={result} selected={selected} view={view} onClear={() => select(null)} />
    </div>
  );
}

/** Incidental, structural and capital cost per year of the whole budget, or of the selected group. */
function CostsPerYearFigure({
  years,
  totals,
  scopeName = 'hele begroting',
}: {
  years: number[];
  totals: Totals;
  scopeName?: string | undefined;
}) {
  return (
    <figure className="app-figure app-card">
      <figcaption>Kosten per jaar — {scopeName} (incidenteel, structureel, kapitaallasten)</figcaption>
      <StackedYearChart
        data={costsPerYear(years, totals)}
        stackId="a"
        animate={false}
        series={[
          { dataKey: 'Incidenteel', fill: CHART_COLORS.incidental },
          { dataKey: 'Structureel', fill: CHART_COLORS.structural },
          { dataKey: 'Kapitaallasten', fill: CHART_COLORS.capital },
        ]}
      />
      <AmountsByYearTable
        caption={`Cijfers bij de grafiek: ${scopeName}`}
        years={years}
        rows={[
          { key: 'Incidenteel', label: 'Incidenteel', values: totals.incidental },
          { key: 'Structureel', label: 'Structureel', values: totals.structural },
          { key: 'Kapitaallasten', label: 'Kapitaallasten', values: totals.capital },
          { key: 'Totaal', label: 'Totaal', values: totals.total },
          { key: 'Investeringen (buiten totaal)', label: 'Investeringen (buiten totaal)', values: totals.investment },
        ]}
      />
    </figure>
  );
}

/** The first year's total per domain or org unit; each row links to its drill-down. */
function GroupsFigure({
  budget,
  result,
  groups,
  view,
  selectedKey,
}: {
  budget: BudgetDetail;
  result: CalculationResult;
  groups: Group[];
  view: DashboardView;
  selectedKey: string | null;
}) {
  const firstYear = result.years[0] ?? budget.firstYear;
  return (
    <figure className="app-figure app-card">
      <figcaption>
        Totaal {firstYear} {view === 'unit' ? 'per organisatie-eenheid' : 'per domein'}
      </figcaption>
      <GroupBarChart
        data={groups.map((g) => ({ naam: g.name, Totaal: centsToEuros(g.totals.total[firstYear] ?? 0) }))}
      />
      <AmountsByYearTable
        caption={`${view === 'unit' ? 'Per organisatie-eenheid' : 'Per domein'}: kies een regel voor de details`}
        rowHeading={view === 'unit' ? 'Eenheid' : 'Domein'}
        years={result.years}
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
  );
}

function CostPoolsFigure({ result }: { result: CalculationResult }) {
  const { pools, perYear } = costPools(result);
  return (
    <figure className="app-figure app-card">
      <figcaption>Kosten per kostensoort per jaar (hele begroting)</figcaption>
      <StackedYearChart data={perYear} stackId="p" series={pools.map((p) => ({ dataKey: p.label }))} />
      <AmountsByYearTable
        caption="Cijfers per kostensoort"
        years={result.years}
        rows={pools.map((p) => ({ key: p.pool, label: p.label, values: p.totals.total }))}
      />
    </figure>
  );
}

type PerCapitaYear = ReturnType<typeof usePerCapita>['perCapita'][number];

/** Structural cost per inhabitant against the benchmark, with per employee in the table. */
function PerInhabitantFigure({ budget, result }: { budget: BudgetDetail; result: CalculationResult }) {
  const { benchmark, perCapita } = usePerCapita(budget, result);
  const inhabitants = budget.profile.inhabitants;
  return (
    <figure className="app-figure app-card">
      <figcaption>Structurele kosten per inwoner tegen de benchmark</figcaption>
      <PerInhabitantChart
        data={perCapita.map((p) => ({ jaar: String(p.year), [PER_INHABITANT_SERIES]: p.perInhabitantCents / 100 }))}
        benchmark={benchmark}
      />
      <DataTable<PerCapitaYear>
        label="Cijfers bij de grafiek: structurele kosten per inwoner en per medewerker"
        caption={`Structurele kosten per inwoner (${countText(inhabitants, 'inwoner', 'inwoners')}) en per medewerker (${formatInteger(budget.profile.employees)})`}
        rows={perCapita}
        rowKey={(p) => String(p.year)}
        columns={[
          { key: 'year', header: 'Jaar', rowHeader: true, cell: (p) => p.year },
          {
            key: 'inhabitant',
            header: 'Per inwoner',
            numeric: true,
            cell: (p) => formatEuroCents(p.perInhabitantCents),
          },
          {
            key: 'employee',
            header: 'Per medewerker',
            numeric: true,
            cell: (p) => formatEuroCents(p.perEmployeeCents),
          },
          {
            key: 'benchmark',
            header: 'Benchmark per inwoner',
            numeric: true,
            cell: () => (benchmark ? formatEuroCents(benchmark.valueCents) : '—'),
          },
          {
            key: 'ratio',
            header: 'Deel van benchmark',
            numeric: true,
            cell: (p) => (p.benchmarkRatio !== null ? formatPercent(p.benchmarkRatio * 100, 0) : '—'),
          },
        ]}
      />
      <p className="utrecht-paragraph utrecht-paragraph--small">
        {benchmark ? (
          <>
            Benchmark: {benchmark.label}, {formatEuro(benchmark.valueCents)} per inwoner (datajaar {benchmark.year}),
            bron {benchmark.source}
            <SourceLink url={benchmark.sourceUrl} />.{' '}
          </>
        ) : (
          'Geen benchmark beschikbaar. '
        )}
        Let op: het model dekt alleen ontwikkelingen (verandering), niet de volledige ICT-exploitatie (beheer). De
        benchmark gaat over de totale ICT-kosten; deze begroting hoort daar dus ruim onder te liggen.
      </p>
    </figure>
  );
}
