import { requestFieldLabel } from '@app/schemas';
import { dutchEngineMessage } from '../lib/engine-errors.ts';
import type { ApiErrorBody } from './types.ts';

/** Anything with a zod-style `parse`: the shared schemas from @app/schemas. */
export interface Parser<T> {
  parse(data: unknown): T;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: { path: string; message: string }[];
  /** On a stale-version 409: the budget as it is now (unvalidated; see features/budget/conflict.tsx). */
  readonly current: unknown;
  constructor(status: number, body: Partial<ApiErrorBody> | null) {
    super(body?.error?.message ?? `Verzoek mislukt (HTTP ${status})`);
    this.status = status;
    this.code = body?.error?.code ?? 'INTERNAL';
    this.fields = body?.error?.fields ?? [];
    this.current = body?.error?.current;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// The session lives in an httpOnly cookie; unsafe requests must also carry the CSRF token the API
// hands out with the session (sign-in and GET /auth/me).
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}
/** For requests this client does not send itself (multipart uploads). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  parser?: Parser<T>,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      ...extraHeaders,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await response.text();
  if (!response.ok) throw apiErrorFromText(response.status, text);
  const data: unknown = text ? JSON.parse(text) : null;
  return parser ? parser.parse(data) : (data as T);
}

/**
 * A failed response as an ApiError. A body that is not JSON (a proxy's HTML error page) gives the
 * Dutch HTTP-status message instead of the parser's English SyntaxError.
 */
export function apiErrorFromText(status: number, text: string): ApiError {
  try {
    return new ApiError(status, text ? (JSON.parse(text) as Partial<ApiErrorBody>) : null);
  } catch {
    return new ApiError(status, null);
  }
}

export const api = {
  get: <T>(path: string, parser?: Parser<T>) => request<T>('GET', path, undefined, parser),
  post: <T>(path: string, body: unknown, parser?: Parser<T>) => request<T>('POST', path, body, parser),
  patch: <T>(path: string, body: unknown, parser?: Parser<T>) => request<T>('PATCH', path, body, parser),
  put: <T>(path: string, body: unknown, parser?: Parser<T>, headers?: Record<string, string>) =>
    request<T>('PUT', path, body, parser, headers),
  delete: <T = null>(path: string, parser?: Parser<T>, headers?: Record<string, string>) =>
    request<T>('DELETE', path, undefined, parser, headers),
};

/** The Dutch message to show for a failed request. */
/**
 * The server's message with any field path in it (`body.file`, `params.id`, `lines.x.hours`) replaced
 * by the field's Dutch label: "Ongeldige invoer: body.file is te groot" → "Ongeldige invoer: Bestand is te groot".
 */
export function plainApiMessage(error: ApiError): string {
  return error.message.replace(/\b(?:body|params|query)(?:\.[\w[\]-]+)+|\blines\.[\w-]+\.\w+/g, (path) =>
    requestFieldLabel(path),
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    // Field paths (`body.justification`, `params.id`) are code: the user reads the field's Dutch label.
    const fields = error.fields.map((f) => `${requestFieldLabel(f.path)}: ${dutchEngineMessage(f.message)}`).join('; ');
    // The server's own summary of a rejection names the paths ("Ongeldige invoer: body.justification …"),
    // for developers; the user reads the Dutch field labels instead.
    const head = error.code === 'VALIDATION_ERROR' ? 'Ongeldige invoer' : error.message;
    return fields ? `${head}: ${fields}` : plainApiMessage(error);
  }
  return error instanceof Error ? error.message : 'Er ging iets mis.';
}
