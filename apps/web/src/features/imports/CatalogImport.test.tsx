// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { sessionQuery } from '../../api/session.ts';
import { CatalogImport } from './CatalogImport.tsx';
import type { CatalogEdition, CatalogImportPreview } from '@app/schemas';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PREVIEW: CatalogImportPreview = {
  id: '11111111-1111-4111-8111-111111111111',
  fileName: 'catalogus.csv',
  sheet: null,
  rowCount: 2,
  columns: [
    { header: 'Domein', samples: ['Bedrijfsvoering'] },
    { header: 'Ontwikkeling', samples: ['Cloud'] },
    { header: 'Omschrijving', samples: ['Migratie'] },
    { header: 'Soort', samples: ['Incidenteel', 'af en toe'] },
    { header: 'Bedrag', samples: [12500] },
    { header: 'Prijs', samples: [10] },
  ],
  fields: [
    { field: 'domain', label: 'Domein', required: true },
    { field: 'kind', label: 'Incidenteel/structureel', required: true },
    { field: 'amount', label: 'Bedrag (€)', required: false },
    { field: 'unitPrice', label: 'Prijs per eenheid (€ per jaar)', required: false },
  ],
  suggestedMapping: { domain: 'Domein', kind: 'Soort', amount: 'Bedrag' },
};

// The answers are checked against the API's schemas (CatalogImportResultSchema, CatalogEditionSchema).
const EDITION: CatalogEdition = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Nieuwe editie',
  status: 'draft',
  publishedAt: null,
  modelProfile: { inhabitants: 100_000, employees: 1_000, departments: 40 },
  source: 'Import uit catalogus.xlsx',
  referenceDate: null,
};
const json = (status: number, body: unknown) => ({
  ok: status < 300,
  status,
  text: async () => JSON.stringify(body),
  json: async () => body,
});

function renderAs(role: 'admin' | 'advisor', platformAdmin = role === 'admin') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(sessionQuery.queryKey, { user: { role, platformAdmin } } as never);
  return render(
    <QueryClientProvider client={client}>
      <CatalogImport />
    </QueryClientProvider>,
  );
}

describe('CatalogImport', () => {
  it('is not shown to other roles', () => {
    renderAs('advisor');
    expect(screen.queryByRole('heading', { name: 'Catalogus importeren' })).toBeNull();
  });

  it("is not shown to an organisation's administrator without the platform capability", () => {
    renderAs('admin', false);
    expect(screen.queryByRole('heading', { name: 'Catalogus importeren' })).toBeNull();
  });

  it('uploads, lets the admin change the mapping, shows per-row errors, then the draft edition and publishes it', async () => {
    const user = userEvent.setup();
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(201, PREVIEW))
      .mockResolvedValueOnce(
        json(400, {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Het bestand bevat fouten in 1 regel (3); er is niets opgeslagen.',
            fields: [
              { path: 'rows.3.kind', message: 'regel 3: "af en toe" is niet incidenteel, structureel of investering' },
            ],
          },
        }),
      )
      .mockResolvedValueOnce(json(201, { edition: EDITION, counts: { domains: 1, developments: 1, lines: 2 } }))
      .mockResolvedValueOnce(json(200, { ...EDITION, status: 'published', publishedAt: '2026-12-03T10:00:00.000Z' }));
    vi.stubGlobal('fetch', fetchMock);
    renderAs('admin');

    await user.click(screen.getByRole('button', { name: 'Kolommen bekijken' }));
    expect(screen.getByText('Kies een .xlsx- of .csv-bestand.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    await user.upload(
      screen.getByLabelText('Bestand (.xlsx of .csv)'),
      new File(['Domein;Soort\r\n'], 'catalogus.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Kolommen bekijken' }));
    await screen.findByText(/catalogus\.csv: 2 regels/);
    const [uploadUrl, uploadInit] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(uploadUrl).toBe('/api/catalog/imports');
    expect((uploadInit.body as FormData).get('file')).toBeInstanceOf(File);

    // Suggested mapping preselected; move the amount column to the unit price.
    expect((screen.getByLabelText('Domein (verplicht)') as HTMLSelectElement).value).toBe('Domein');
    await user.selectOptions(screen.getByLabelText('Bedrag (€)'), '');
    await user.selectOptions(screen.getByLabelText('Prijs per eenheid (€ per jaar)'), 'Prijs');

    await user.click(screen.getByRole('button', { name: 'Importeren als concept-editie' }));
    expect(screen.getByText('Vul een naam van minimaal 3 tekens in.')).toBeTruthy();
    await user.type(screen.getByLabelText('Naam van de nieuwe editie'), 'Nieuwe editie');
    await user.click(screen.getByRole('button', { name: 'Importeren als concept-editie' }));

    const table = await screen.findByRole('table', { name: /Fouten per regel/ });
    const cells = within(within(table).getAllByRole('row')[1]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      '3',
      'Incidenteel/structureel',
      'regel 3: "af en toe" is niet incidenteel, structureel of investering',
    ]);
    const [commitUrl, commitInit] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(commitUrl).toBe(`/api/catalog/imports/${PREVIEW.id}/commit`);
    expect(JSON.parse(String(commitInit.body))).toEqual({
      mapping: { domain: 'Domein', kind: 'Soort', unitPrice: 'Prijs' },
      editionName: 'Nieuwe editie',
    });

    await user.click(screen.getByRole('button', { name: 'Importeren als concept-editie' }));
    await screen.findByText(/aangemaakt: 1 domein, 1 ontwikkeling, 2 regels\./);
    expect(screen.queryByRole('table', { name: /Fouten per regel/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Editie publiceren' }));
    await screen.findByText(/is gepubliceerd/);
    expect(fetchMock.mock.calls[3]![0]).toBe('/api/catalog/editions/22222222-2222-4222-8222-222222222222/publish');
  });
});
