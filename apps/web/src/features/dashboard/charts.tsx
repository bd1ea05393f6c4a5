import { useMemo } from 'react';
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
} from 'recharts';
import { axisEuroLabel, niceAxis, type NiceAxis } from '@app/schemas';
import { formatEuro, formatEuroCents } from '../../lib/format.ts';
import { CHART_COLORS, PER_INHABITANT_SERIES } from './chart-series.ts';

/**
 * The dashboard's charts (Recharts is used nowhere else). They are hidden from assistive
 * technology: every chart has its numbers in a table beside it.
 */

const SERIES_COLORS = ['#154273', '#a04000', '#2e6b30', '#5b2a86', '#7a5c00', '#8a1c4a'];

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

/** One row per year (`jaar`) with a euro amount per series name. */
export type YearSeriesData = Record<string, string | number>[];

/**
 * Stacked bars per year with a euro axis and a legend. `series` names the data keys in stacking
 * order; without colours they take the palette in turn. `animate={false}` keeps them still.
 */
export function StackedYearChart({
  data,
  series,
  stackId,
  animate = true,
}: {
  data: YearSeriesData;
  series: { dataKey: string; fill?: string }[];
  stackId: string;
  animate?: boolean;
}) {
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
          {series.map((s, i) => (
            <Bar
              key={s.dataKey}
              {...(animate ? {} : { isAnimationActive: false })}
              dataKey={s.dataKey}
              stackId={stackId}
              fill={s.fill ?? SERIES_COLORS[i % SERIES_COLORS.length]}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** One horizontal bar per group (`naam`) with its total in euros. */
export function GroupBarChart({ data }: { data: { naam: string; Totaal: number }[] }) {
  const axis = niceAxis(Math.max(0, ...data.map((g) => g.Totaal)), 5, Math.min(0, ...data.map((g) => g.Totaal)));
  return (
    <div className="app-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" {...roundAxis(axis)} />
          <YAxis type="category" dataKey="naam" width={170} />
          <Tooltip formatter={(v) => euroTip(Number(v))} />
          <Bar isAnimationActive={false} dataKey="Totaal" fill={CHART_COLORS.incidental} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Structural cost per inhabitant per year (euros), with the benchmark as a dashed line. */
export function PerInhabitantChart({
  data,
  benchmark,
}: {
  data: { jaar: string; [PER_INHABITANT_SERIES]: number }[];
  benchmark: { valueCents: number; year: number } | undefined;
}) {
  // A little room above the highest point for the benchmark's label.
  const axis = niceAxis(
    Math.max(benchmark ? benchmark.valueCents / 100 : 0, ...data.map((p) => p[PER_INHABITANT_SERIES])) * 1.05,
  );
  return (
    <div className="app-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="jaar" />
          <YAxis {...roundAxis(axis)} width={70} />
          <Tooltip formatter={(v) => formatEuroCents(Number(v) * 100)} />
          <Legend />
          <Line
            isAnimationActive={false}
            dataKey={PER_INHABITANT_SERIES}
            stroke={CHART_COLORS.structural}
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
  );
}
