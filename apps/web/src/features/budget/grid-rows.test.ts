import { describe, expect, it } from 'vitest';
import { developmentKeyOf, domainKeyOf, gridRows } from './grid-rows.ts';
import { emptyTotals, type GridDevelopment, type GridDomain, type GridLine } from './row-model.ts';

const years = [2027, 2028];
const line = (id: string) => ({ id }) as GridLine;
const dev = (id: string, lines: GridLine[], enabled = true) =>
  ({ id, title: id, enabled, lines, total: {} }) as unknown as GridDevelopment;
const domain = (key: string, developments: GridDevelopment[], investment = 0): GridDomain => {
  const totals = emptyTotals(years);
  totals.investment[2028] = investment;
  return { key, name: key, developments, totals };
};

describe('gridRows', () => {
  const domains = [
    domain('a', [dev('d1', [line('l1'), line('l2')]), dev('d2', [], false)]),
    domain('b', [dev('d3', [line('l3')])], 500),
  ];

  it('lists headings, lines, the editor below its line and the subtotals in display order', () => {
    const rows = gridRows(domains, years, new Set(), 'l2');
    expect(rows.map((r) => r.key)).toEqual([
      'domain:a',
      'dev:d1',
      'line:l1',
      'line:l2',
      'editor:l2',
      'dev:d2',
      'empty:d2',
      'total:a:incidental',
      'total:a:structural',
      'total:a:capital',
      'total:a:total',
      'domain:b',
      'dev:d3',
      'line:l3',
      'total:b:incidental',
      'total:b:structural',
      'total:b:capital',
      'total:b:total',
      'total:b:investment',
    ]);
    expect(rows.find((r) => r.key === 'line:l1')).toMatchObject({ disabled: false });
  });

  it('leaves out what is collapsed but keeps the headings and the subtotals', () => {
    const rows = gridRows(domains, years, new Set([developmentKeyOf('d1'), domainKeyOf('b')]), null);
    expect(rows.map((r) => r.key)).toEqual([
      'domain:a',
      'dev:d1',
      'dev:d2',
      'empty:d2',
      'total:a:incidental',
      'total:a:structural',
      'total:a:capital',
      'total:a:total',
      'domain:b',
      'total:b:incidental',
      'total:b:structural',
      'total:b:capital',
      'total:b:total',
      'total:b:investment',
    ]);
    expect(rows[1]).toMatchObject({ kind: 'development', open: false });
    expect(rows[8]).toMatchObject({ kind: 'domain', open: false });
  });
});
