import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps, type ReactNode } from 'react';

// recharts is ~400 KB of JavaScript and most of the dashboard's script time: the dashboard's
// figures, tables and texts must not wait for it. charts.tsx (the only module that imports
// recharts) is its own chunk, loaded when the first chart comes near the viewport, and each chart
// renders only then (on a phone most are below the fold); until then the chart area keeps its size
// (.app-chart). Every chart has its figures in a table beside it.

const charts = () => import('./charts.tsx');
const Stacked = lazy(() => charts().then((m) => ({ default: m.StackedYearChart })));
const Groups = lazy(() => charts().then((m) => ({ default: m.GroupBarChart })));
const PerInhabitant = lazy(() => charts().then((m) => ({ default: m.PerInhabitantChart })));

/** Within this distance of the viewport a chart renders, so it is drawn before it scrolls into view. */
const AHEAD = '400px 0px';

/** True once the element has come within AHEAD of the viewport (at once where IntersectionObserver is missing). */
function useNearViewport<E extends Element>() {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

function ChartSlot({ children }: { children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const placeholder = <div ref={ref} className="app-chart app-chart-loading" aria-hidden="true" />;
  return near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
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
