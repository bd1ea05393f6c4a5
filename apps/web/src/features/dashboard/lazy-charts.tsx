import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';

// recharts is ~400 KB of JavaScript: the dashboard's figures, tables and texts must not wait for
// it. charts.tsx (the only module that imports recharts) is its own chunk, loaded when the first
// chart renders; until then each chart area keeps its size (.app-chart).

const charts = () => import('./charts.tsx');
const Stacked = lazy(() => charts().then((m) => ({ default: m.StackedYearChart })));
const Groups = lazy(() => charts().then((m) => ({ default: m.GroupBarChart })));
const PerInhabitant = lazy(() => charts().then((m) => ({ default: m.PerInhabitantChart })));

function ChartSlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<div className="app-chart app-chart-loading" aria-hidden="true" />}>{children}</Suspense>;
}

export function StackedYearChart(props: ComponentProps<typeof Stacked>) {
  return (
    <ChartSlot>
      <Stacked {...props} />
    </ChartSlot>
  );
}

export function GroupBarChart(props: ComponentProps<typeof Groups>) {
  return (
    <ChartSlot>
      <Groups {...props} />
    </ChartSlot>
  );
}

export function PerInhabitantChart(props: ComponentProps<typeof PerInhabitant>) {
  return (
    <ChartSlot>
      <PerInhabitant {...props} />
    </ChartSlot>
  );
}
