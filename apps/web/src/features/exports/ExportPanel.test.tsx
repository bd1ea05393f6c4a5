// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportPanel } from './ExportPanel.tsx';
import {
  downloadExport,
  fileNameFromDisposition,
  formatKilobytes,
  type DownloadResponse,
  type DownloadedFile,
} from './download.ts';

afterEach(cleanup);

/** A response whose body arrives in chunks that the test releases one by one. */
function streamingResponse(headers: Record<string, string>, chunkSizes: number[], status = 200) {
  const releases: (() => void)[] = [];
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      return new Promise<void>((resolve) => {
        releases.push(() => {
          const size = chunkSizes[index++];
          if (size === undefined) controller.close();
          else controller.enqueue(new Uint8Array(size).fill(65));
          resolve();
        });
      });
    },
  });
  const response: DownloadResponse = {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    body,
    text: async () => '',
  };
  const next = async () => {
    await waitFor(() => expect(releases.length).toBeGreaterThan(0));
    releases.shift()!();
  };
  return { response, next };
}

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename* over the plain filename', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="ICT-begroting-Sdwest-Frysln-2027.xlsx"; filename*=UTF-8''ICT-begroting-S%C3%BAdwest-Frysl%C3%A2n-2027.xlsx`,
        'x',
      ),
    ).toBe('ICT-begroting-Súdwest-Fryslân-2027.xlsx');
  });
  it('reads a quoted or bare filename and falls back when there is none', () => {
    expect(fileNameFromDisposition('attachment; filename="ICT-begroting-De-Bilt-2027.pdf"', 'x.pdf')).toBe(
      'ICT-begroting-De-Bilt-2027.pdf',
    );
    expect(fileNameFromDisposition('attachment; filename=ICT-begroting-Utrecht-2028.csv', 'x.csv')).toBe(
      'ICT-begroting-Utrecht-2028.csv',
    );
    expect(fileNameFromDisposition('attachment', 'begroting.json')).toBe('begroting.json');
    expect(fileNameFromDisposition(null, 'begroting.json')).toBe('begroting.json');
  });
  it('keeps only the last path segment and survives a broken escape', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(fileNameFromDisposition(`attachment; filename="plain.xlsx"; filename*=UTF-8''%E0%A4%A.xlsx`, 'x')).toBe(
      'plain.xlsx',
    );
  });
});

describe('formatKilobytes', () => {
  it('rounds up to whole kB in Dutch notation', () => {
    expect(formatKilobytes(0)).toBe('0 kB');
    expect(formatKilobytes(1)).toBe('1 kB');
    expect(formatKilobytes(1024)).toBe('1 kB');
    expect(formatKilobytes(1025)).toBe('2 kB');
    expect(formatKilobytes(1_500_000)).toBe('1.465 kB');
  });
});

describe('downloadExport', () => {
  it('GETs the export of the budget, counts bytes per chunk and names the file from the header', async () => {
    const { response, next } = streamingResponse(
      {
        'content-disposition': 'attachment; filename="ICT-begroting-De-Bilt-2027.xlsx"',
        'content-type': 'application/x',
      },
      [2048, 3000],
    );
    const fetcher = vi.fn(async () => response);
    const progress: number[] = [];
    const done = downloadExport('b 1', 'xlsx', (bytes) => progress.push(bytes), fetcher);
    await next();
    await next();
    await next();
    const file = await done;
    expect(fetcher).toHaveBeenCalledWith(
      '/api/budgets/b%201/export.xlsx',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    expect(progress).toEqual([2048, 5048]);
    expect(file.fileName).toBe('ICT-begroting-De-Bilt-2027.xlsx');
    expect(file.blob.size).toBe(5048);
  });

  it('turns an API error body into its Dutch message', async () => {
    const fetcher = async (): Promise<DownloadResponse> => ({
      ok: false,
      status: 404,
      headers: { get: () => null },
      body: null,
      text: async () => JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Begroting niet gevonden.' } }),
    });
    await expect(downloadExport('x', 'pdf', () => undefined, fetcher)).rejects.toThrow('Begroting niet gevonden.');
  });
});

describe('ExportPanel', () => {
  it('shows progress in a live region, marks itself busy, disables the buttons, then saves under the server name', async () => {
    const user = userEvent.setup();
    const { response, next } = streamingResponse(
      { 'content-disposition': `attachment; filename="a.pdf"; filename*=UTF-8''ICT-begroting-De-Bilt-2027.pdf` },
      [10 * 1024, 5 * 1024],
    );
    const saved: DownloadedFile[] = [];
    render(
      <ExportPanel
        budgetId="b1"
        download={(id, format, onProgress) => downloadExport(id, format, onProgress, async () => response)}
        save={(f) => saved.push(f)}
      />,
    );
    const status = screen.getByRole('status');
    const region = screen.getByTestId('export-panel');
    expect(status).toHaveProperty('textContent', '');

    await user.click(screen.getByRole('button', { name: 'PDF-rapport downloaden' }));
    expect(region.getAttribute('aria-busy')).toBe('true');
    for (const button of screen.getAllByRole('button')) expect(button).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'PDF-rapport downloaden' }).getAttribute('aria-busy')).toBe('true');
    expect(status.textContent).toBe('Bezig met exporteren (PDF-rapport)… 0 kB ontvangen');

    await next();
    await waitFor(() => expect(status.textContent).toBe('Bezig met exporteren (PDF-rapport)… 10 kB ontvangen'));
    await next();
    await waitFor(() => expect(status.textContent).toBe('Bezig met exporteren (PDF-rapport)… 15 kB ontvangen'));
    expect(saved).toEqual([]);
    await next();

    await waitFor(() => expect(status.textContent).toBe('ICT-begroting-De-Bilt-2027.pdf is gedownload (15 kB).'));
    expect(saved.map((f) => [f.fileName, f.blob.size])).toEqual([['ICT-begroting-De-Bilt-2027.pdf', 15 * 1024]]);
    expect(region.getAttribute('aria-busy')).toBe('false');
    for (const button of screen.getAllByRole('button')) expect(button).toHaveProperty('disabled', false);
  });

  it('shows a Dutch error and saves nothing when the export fails', async () => {
    const user = userEvent.setup();
    const saved: DownloadedFile[] = [];
    const failing = async (): Promise<DownloadResponse> => ({
      ok: false,
      status: 500,
      headers: { get: () => null },
      body: null,
      text: async () => '',
    });
    render(
      <ExportPanel
        budgetId="b1"
        download={(id, format, onProgress) => downloadExport(id, format, onProgress, failing)}
        save={(f) => saved.push(f)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Excel (.xlsx) downloaden' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Exporteren als Excel (.xlsx) is mislukt: Verzoek mislukt (HTTP 500).');
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Excel (.xlsx) downloaden' })).toHaveProperty('disabled', false);
  });
});
