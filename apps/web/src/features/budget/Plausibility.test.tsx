// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { calculate, totalsByProvenance } from '@app/engine';
import { makeInput, makeLine } from '@app/engine/testing';
import type { Benchmark } from '@app/schemas';
import {
  BuilderPlausibility,
  ExampleMajorityAlert,
  IncompleteLinesNotice,
  PlausibilityPanel,
  ProvenanceSplitTable,
} from './Plausibility.tsx';

afterEach(cleanup);

/** Text with the non-breaking spaces of nl-NL number formatting made plain. */
const plain = (el: Element | null) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

const bench = (id: string, year: number, valueCents: number, extra: Partial<Benchmark> = {}): Benchmark => ({
  id,
  label: id,
  year,
  valueCents,
  unit: 'per-inhabitant',
  source: 'M&I/Partners, ICT Benchmark Gemeenten',
  sourceUrl: 'https://mxi.nl/',
  note: null,
  sample: null,
  minInhabitants: null,
  maxInhabitants: null,
  ...extra,
});
const BENCHMARKS = [
  bench('b2023', 2023, 10_900, { sample: '43 gemeenten' }),
  bench('b2014', 2014, 7_200),
  bench('b2018-small', 2018, 8_400, { maxInhabitants: 60_000 }),
];

// 2.000 inhabitants: a fixed € 30.000 example contract is € 15 per inhabitant against € 0,30 in the model.
const small = makeInput({
  firstYear: 2027,
  profile: { inhabitants: 2_000, employees: 20, departments: 2 },
  lines: [
    makeLine({
      id: 'vast',
      description: 'Vast contract telefonie',
      kind: 'structural',
      amountCents: 3_000_000,
      driver: 'fixed',
      indexation: 'none',
      provenance: 'example',
    }),
    makeLine({
      id: 'pub',
      description: 'Gepubliceerde regel',
      kind: 'structural',
      amountCents: 1_000_000,
      driver: 'inhabitants',
      indexation: 'none',
      provenance: 'published',
    }),
  ],
});

describe('Plausibility on screen', () => {
  it('says plainly when example lines carry more than half, and stays silent otherwise', () => {
    const { rerender } = render(<ExampleMajorityAlert result={calculate(small)} />);
    expect(plain(screen.getByTestId('example-majority'))).toContain('In 2027 (99 %, € 30.000 van € 30.200)');
    const published = makeInput({ lines: [makeLine({ provenance: 'published', amountCents: 100_000 })] });
    rerender(<ExampleMajorityAlert result={calculate(published)} />);
    expect(screen.queryByTestId('example-majority')).toBeNull();
  });

  it('splits the totals by provenance, rows adding up to the total', () => {
    const result = calculate(small);
    render(<ProvenanceSplitTable result={result} />);
    const table = screen.getByTestId('provenance-split');
    const rowText = (name: string) => plain(within(table).getByRole('row', { name: new RegExp(`^${name}`) }));
    const split = totalsByProvenance(result);
    expect(split.example.total[2027]).toBe(3_000_000);
    expect(rowText('Voorbeeld')).toContain('€ 30.000');
    expect(rowText('Gepubliceerd')).toContain('€ 200');
    expect(rowText('Totaal exploitatie')).toContain('€ 30.200');
    expect(rowText('Waarvan voorbeeldregels')).toContain('99');
    expect(within(table).queryByRole('row', { name: /^Uit tweede hand/ })).toBeNull();
  });

  it('warns outside the band, names the driving line and cites the size-class benchmark with source and year', () => {
    render(<PlausibilityPanel input={small} result={calculate(small)} benchmarks={BENCHMARKS} />);
    const panel = screen.getByTestId('plausibility');
    expect(panel.textContent).toContain('Structurele kosten buiten de plausibele band.');
    expect(plain(panel)).toContain(
      'Vooral deze regel maakt het hoger: Vast contract telefonie (€ 15 per inwoner, model € 0,30).',
    );
    const row = within(panel).getByRole('row', { name: /^Structureel per inwoner 2030/ });
    expect(plain(row)).toContain('€ 15,10');
    expect(plain(row)).toContain('€ 0,40');
    const citation = plain(screen.getByTestId('benchmark-citation'));
    expect(citation).toContain(
      '€ 109 per inwoner (alle gemeenten, datajaar 2023; bron: M&I/Partners, ICT Benchmark Gemeenten; steekproef: 43 gemeenten)',
    );
    expect(citation).toContain('Voor deze grootteklasse: € 84 per inwoner (gemeenten < 60.000 inwoners, datajaar 2018');
    expect(citation).toContain('Reeks per inwoner: 2014 € 72, 2023 € 109');
    expect(citation).toContain('niet de volledige ICT-exploitatie');
  });

  it('puts the headline figures in the builder header, the warning beside them and the tables folded', () => {
    render(<BuilderPlausibility input={small} result={calculate(small)} benchmarks={BENCHMARKS} />);
    const summary = plain(screen.getByTestId('plausibility-summary'));
    expect(summary).toContain('Structureel per inwoner 2030€ 15,10 (37,8× model)');
    expect(summary).toContain('Per medewerker€ 1.510,00');
    // The size-class figure is the one shown for a municipality of 2.000 inhabitants.
    expect(summary).toContain('Benchmark 2018, gemeenten < 60.000 inwoners€ 84 per inwoner');
    expect(plain(screen.getByTestId('benchmark-footnote'))).toBe(
      'Bron: M&I/Partners, ICT Benchmark Gemeenten, datajaar 2018. Het model dekt alleen ontwikkelingen, niet de hele ICT-exploitatie: de benchmark is context, geen norm.',
    );
    expect(plain(screen.getByTestId('plausibility-warnings'))).toContain(
      'Structurele kosten buiten de plausibele band.',
    );
    expect(screen.getByTestId('provenance-split').closest('details')?.open).toBe(false);
  });

  it('shows no warning on the model profile', () => {
    const model = { ...small, profile: { ...small.modelProfile } };
    render(<PlausibilityPanel input={model} result={calculate(model)} benchmarks={[]} />);
    expect(screen.getByTestId('plausibility').textContent).not.toContain('buiten de plausibele band');
    expect(screen.getByTestId('benchmark-citation').textContent).toContain('Geen benchmark per inwoner beschikbaar.');
  });

  it('lists incomplete published lines that count € 0 before submit and adopt', () => {
    const input = makeInput({
      lines: [
        makeLine({ id: 'open', description: 'Opstellen …', provenance: 'published-incomplete', amountCents: null }),
        makeLine({ id: 'done', description: 'Compleet', provenance: 'published', amountCents: 100_000 }),
      ],
    });
    render(
      <MemoryRouter>
        <IncompleteLinesNotice input={input} budgetId="b1" />
      </MemoryRouter>,
    );
    const notice = screen.getByTestId('incomplete-lines');
    expect(plain(notice)).toContain('1 gepubliceerde regel is onvolledig en telt nu voor € 0 mee.');
    expect(within(notice).getByRole('link', { name: 'Opstellen …' }).getAttribute('href')).toBe(
      '/begrotingen/b1?domein=bedrijfsvoering',
    );
    expect(notice.textContent).not.toContain('Compleet');
  });
});
