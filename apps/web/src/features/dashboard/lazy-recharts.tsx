import { Suspense, use, type ComponentProps, type ReactNode } from 'react';

// recharts is ~400 KB of JavaScript: the dashboard's figures, tables and texts must not wait for
// it. These stand-ins have recharts' names and props; the first one rendered starts loading it
// (its own chunk) and suspends, and ResponsiveContainer holds the Suspense boundary, so each chart
// area keeps its size and fills in when the chunk arrives. Works because recharts 3 charts do
// not look at their children's element types (their parts register through context).

type Recharts = typeof import('recharts');

let module: Promise<Recharts> | null = null;
const recharts = () => (module ??= import('recharts'));

function part<K extends keyof Recharts>(name: K): Recharts[K] {
  function Part(props: Record<string, unknown>) {
    const Component = use(recharts())[name] as unknown as (p: Record<string, unknown>) => ReactNode;
    return <Component {...props} />;
  }
  Part.displayName = `Lazy${String(name)}`;
  return Part as unknown as Recharts[K];
}

const Container = part('ResponsiveContainer');

/** recharts' ResponsiveContainer, which shows an empty area of its size until recharts is loaded. */
export function ResponsiveContainer(props: ComponentProps<Recharts['ResponsiveContainer']>) {
  const { width = '100%', height = '100%' } = props;
  return (
    <Suspense fallback={<div className="app-chart-loading" style={{ width, height }} aria-hidden="true" />}>
      <Container {...props} />
    </Suspense>
  );
}

export const Bar = part('Bar');
export const BarChart = part('BarChart');
export const CartesianGrid = part('CartesianGrid');
export const Legend = part('Legend');
export const Line = part('Line');
export const LineChart = part('LineChart');
export const ReferenceLine = part('ReferenceLine');
export const Tooltip = part('Tooltip');
export const XAxis = part('XAxis');
export const YAxis = part('YAxis');
