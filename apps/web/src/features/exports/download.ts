import { apiErrorFromText, type ApiError } from '../../api/client.ts';
import { formatInteger } from '../../lib/format.ts';

export type ExportFormat = 'xlsx' | 'pdf' | 'csv' | 'totalen.csv' | 'json';

/** The part of a fetch Response a download needs (so tests can feed a hand-made stream). */
export interface DownloadResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/**
 * The file name the server chose. RFC 6266: `filename*` (UTF-8, percent-encoded) wins over the
 * plain `filename`, which only carries ASCII safely.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return sanitize(decodeURIComponent(extended[1].trim()), fallback);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  return sanitize((plain?.[1] ?? plain?.[2] ?? '').trim(), fallback);
}

// A name with a path in it would be stripped by the browser anyway; keep only the last segment.
function sanitize(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? fallback : base;
}

/** "12 kB" in Dutch notation; bytes round up so a started download never reads "0 kB". */
export function formatKilobytes(bytes: number): string {
  return `${formatInteger(bytes === 0 ? 0 : Math.ceil(bytes / 1024))} kB`;
}

/** Reads the whole body, reporting the bytes received after every chunk. */
async function readWithProgress(response: DownloadResponse, onProgress: (bytes: number) => void): Promise<Blob> {
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = new Blob([await response.text()], { type });
    onProgress(blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  return new Blob(chunks as BlobPart[], { type });
}

/** The API's error body as an ApiError (or a plain HTTP-status error when there is none). */
export async function errorFromResponse(response: DownloadResponse): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // An unreadable body still yields the HTTP-status error.
  }
  return apiErrorFromText(response.status, text);
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** GET an export (plain GET: the session cookie suffices) with progress; throws ApiError on 4xx/5xx. */
export async function downloadExport(
  budgetId: string,
  format: ExportFormat,
  onProgress: (bytes: number) => void,
  fetcher: (url: string, init: RequestInit) => Promise<DownloadResponse> = (url, init) => fetch(url, init),
): Promise<DownloadedFile> {
  const response = await fetcher(`/api/budgets/${encodeURIComponent(budgetId)}/export.${format}`, {
    credentials: 'same-origin',
    headers: { accept: '*/*' },
  });
  if (!response.ok) throw await errorFromResponse(response);
  const blob = await readWithProgress(response, onProgress);
  return {
    blob,
    fileName: fileNameFromDisposition(response.headers.get('content-disposition'), `begroting.${format}`),
  };
}

/** Hands a received file to the browser's download manager under its own name. */
export function saveFile({ blob, fileName }: DownloadedFile) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
