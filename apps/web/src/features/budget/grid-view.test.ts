import { describe, expect, it } from 'vitest';
import { makeLine } from '@app/engine/testing';
import { emptyTotals, type GridDevelopment, type GridDomain, type GridLine } from './row-model.ts';
import { filterDomains, fold, lineCount } from './grid-view.ts';

const line = (id: string, description: string): GridLine => {
  const effective = makeLine({ id, description });
  return {
    id,
    engineLineId: id,
    budgetLine: {
      id,
      catalogLineId: null,
      developmentId: 'd',
      custom: false,
      model: effective,
      effective,
      overriddenFields: [],
      justification: null,
    },
    effective,
    overridden: false,
    excluded: false,
    amounts: {},
    investment: {},
    scaledQuantity: null,
  };
};
const dev = (id: string, title: string, lines: GridLine[]): GridDevelopment => ({
  id,
  developmentId: id,
  title,
  enabled: true,
  startYear: null,
  ownerUnitId: null,
  lines,
  total: {},
});
const domains: GridDomain[] = [
  {
    key: 'dienstverlening',
    name: 'Dienstverlening',
    totals: emptyTotals([2027]),
    developments: [dev('a', 'Van buiten naar binnen', [line('1', 'Coördinator klantreizen'), line('2', 'Licenties')])],
  },
  {
    key: 'bedrijfsvoering',
    name: 'Bedrijfsvoering',
    totals: emptyTotals([2027]),
    developments: [
      dev('b', 'Cloud', [line('3', 'Migratie'), line('4', 'Opleiding coördinatoren')]),
      dev('c', 'Informatiebeveiliging', [line('5', 'SIEM')]),
    ],
  },
];

describe('grid filter', () => {
  it('ignores accents and capitals', () => {
    expect(fold('Coördinator Súdwest')).toBe('coordinator sudwest');
  });

  it('keeps a development whose title matches whole, otherwise only its matching lines; drops the rest', () => {
    const byTitle = filterDomains(domains, 'BUITEN');
    expect(byTitle.map((d) => d.key)).toEqual(['dienstverlening']);
    expect(lineCount(byTitle)).toBe(2);

    const byLine = filterDomains(domains, 'coordinator');
    expect(byLine.flatMap((d) => d.developments.map((x) => [x.id, x.lines.map((l) => l.id)]))).toEqual([
      ['a', ['1']],
      ['b', ['4']],
    ]);
    expect(filterDomains(domains, '  ')).toBe(domains);
    expect(filterDomains(domains, 'bestaat niet')).toEqual([]);
  });
});
