import { describe, expect, it } from 'vitest';
import { stackedBarChartSvg } from './charts.ts';

const tickLabels = (svg: string) => [...svg.matchAll(/text-anchor="end" fill="#404040">([^<]*)</g)].map((m) => m[1]);

describe('PDF stacked bar chart axis', () => {
  it('has round steps with one unit and precision on every tick', () => {
    const svg = stackedBarChartSvg(
      ['2027', '2028'],
      [
        { label: 'Structureel', color: '#000', values: [1_900_000, 1_800_000] },
        { label: 'Incidenteel', color: '#888', values: [333_702, 295_052] },
      ],
    );
    // Largest stack € 2.233.702 → 0 to € 2,5 mln in steps of € 0,5 mln.
    expect(tickLabels(svg)).toEqual(['€ 0', '€ 0,5 mln', '€ 1,0 mln', '€ 1,5 mln', '€ 2,0 mln', '€ 2,5 mln']);
  });

  it('below a million: whole euros with thousands separators', () => {
    const svg = stackedBarChartSvg(['2027'], [{ label: 'Totaal', color: '#000', values: [40_382] }]);
    expect(tickLabels(svg)).toEqual(['€ 0', '€ 10.000', '€ 20.000', '€ 30.000', '€ 40.000', '€ 50.000']);
  });
});
