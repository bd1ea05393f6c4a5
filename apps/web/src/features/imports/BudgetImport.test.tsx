// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { BudgetDetail } from '../../api/types.ts';
import { BudgetImport } from './BudgetImport.tsx';
import type { BudgetImportPreview } from '@app/schemas';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) => ({
  ok: status < 300,
  status,
  text: async () => JSON.stringify(body),
  json: async () => body,
});
const euro = (s: string) => s.replace(/ /g, '\u00a0');

const PREVIEW: BudgetImportPreview = {
  id: '33333333-3333-4333-8333-333333333333',
  fileName: 'bewerkt.xlsx',
  hasChanges: true,
  profile: [{ field: 'inhabitants', from: 43_673, to: 50_000 }],
  assumptions: [],
  lines: [
    {
      lineId: 'l1',
      description: 'Opleiding klantreizen',
      fields: [{ field: 'amountCents', from: 300_000, to: 400_000, cell: 'Regels!N12' }],
    },
  ],
  warnings: [{ cell: 'Regels!T12', message: 'jaarbedragen worden altijd berekend en zijn genegeerd' }],
  totals: { before: { '2027': 100_000_00, '2028': 90_000_00 }, after: { '2027': 101_000_00, '2028': 90_000_00 } },
};

function renderImport() {
  const budget = { id: 'base-1', name: 'Begroting' } as BudgetDetail;
  const router = createMemoryRouter(
    [
      { path: '/begrotingen/base-1/exporteren', element: <BudgetImport budget={budget} /> },
      { path: '/begrotingen/:id', element: <p>scenario geopend</p> },
    ],
    { initialEntries: ['/begrotingen/base-1/exporteren'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('BudgetImport', () => {
  it('lists unreadable cells in a focused error summary, then previews per cell and creates the scenario', async () => {
    const user = userEvent.setup();
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(
        json(400, {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Het bestand bevat 2 onleesbare of ongeldige cellen; er is niets ingelezen.',
            fields: [
              { path: 'file.Uitgangspunten!C7', message: 'Uitgangspunten!C7: "heel veel" is geen getal' },
              { path: 'file.Regels!N12', message: 'Regels!N12: de modelhoeveelheid mag niet negatief zijn' },
            ],
          },
        }),
      )
      .mockResolvedValueOnce(json(201, PREVIEW))
      .mockResolvedValueOnce(json(201, { id: 'scenario-9' }));
    vi.stubGlobal('fetch', fetchMock);
    const router = renderImport();
    const input = screen.getByLabelText('Excel-bestand (.xlsx)');

    await user.upload(input, new File(['x'], 'kapot.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen bekijken' }));
    const summary = await screen.findByTestId('error-summary');
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Uitgangspunten!C7: "heel veel" is geen getal',
      'Regels!N12: de modelhoeveelheid mag niet negatief zijn',
    ]);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/budgets/base-1/imports');

    await user.upload(input, new File(['x'], 'bewerkt.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen bekijken' }));
    const changes = await screen.findByRole('table', { name: /Wijzigingen per cel \(2\)/ });
    expect(screen.queryByTestId('error-summary')).toBeNull();
    const rows = within(changes)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['Uitgangspunten', 'Inwoners', '43.673', '50.000'],
      ['Regels!N12', 'Opleiding klantreizen: Bedrag', euro('€ 3.000,00'), euro('€ 4.000,00')],
    ]);
    expect(screen.getByText(/Regels!T12: jaarbedragen/)).toBeTruthy();
    const totals = screen.getByRole('table', { name: /Totaal exploitatie per jaar/ });
    const row2027 = within(totals).getByRole('row', { name: /2027/ });
    expect(Array.from(row2027.querySelectorAll('th, td'), (c) => c.textContent)).toEqual([
      '2027',
      euro('€ 100.000'),
      euro('€ 101.000'),
      euro('+€ 1.000'),
    ]);
    expect(within(totals).getByRole('row', { name: /2028/ }).textContent).toContain('geen verschil');

    const name = screen.getByLabelText('Naam van het nieuwe scenario');
    expect((name as HTMLInputElement).value).toBe('Uit Excel: bewerkt.xlsx');
    await user.clear(name);
    await user.type(name, 'Meer inwoners');
    await user.click(screen.getByRole('button', { name: 'Scenario maken' }));
    await screen.findByText('scenario geopend');
    expect(router.state.location.pathname).toBe('/begrotingen/scenario-9');
    const [commitUrl, commitInit] = fetchMock.mock.calls[2] as [string, RequestInit];
    expect(commitUrl).toBe(`/api/budgets/base-1/imports/${PREVIEW.id}/commit`);
    expect(JSON.parse(String(commitInit.body))).toEqual({ scenarioName: 'Meer inwoners' });
  });
});
