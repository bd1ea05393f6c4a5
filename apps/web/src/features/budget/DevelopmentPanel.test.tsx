// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { GridDevelopment, GridDomain } from './row-model.ts';
import { DevelopmentPanel } from './DevelopmentPanel.tsx';

function development(id: string, title: string, startYear: number | null): GridDevelopment {
  return { id, developmentId: `cat-${id}`, title, enabled: true, startYear, ownerUnitId: null, lines: [], total: {} };
}

afterEach(cleanup);

describe('DevelopmentPanel', () => {
  it('offers the first year once ("Eerste jaar (2027)"), unless it was pinned explicitly', () => {
    const domains: GridDomain[] = [
      {
        key: 'dienstverlening',
        name: 'Dienstverlening',
        developments: [development('a', 'Serviceformules', null), development('b', 'Kanalen', 2027)],
        totals: { incidental: {}, structural: {}, capital: {}, investment: {}, total: {} },
      },
    ];
    render(
      <DevelopmentPanel domains={domains} years={[2027, 2028, 2029, 2030]} orgUnits={[]} onChange={vi.fn()} open />,
    );
    const options = (name: string) =>
      within(screen.getByLabelText(`Startjaar ${name}`))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options('Serviceformules')).toEqual(['Eerste jaar (2027)', '2028', '2029', '2030']);
    expect(options('Kanalen')).toEqual(['Eerste jaar (2027)', '2027', '2028', '2029', '2030']);
  });
});
