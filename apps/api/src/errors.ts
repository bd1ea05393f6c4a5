import type { ErrorCode, FieldError } from '@app/schemas';

/** The one table code → HTTP status. */
export const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_ERROR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export interface AppErrorOptions {
  fields?: FieldError[];
  /** Extra payload for the client, e.g. the current budget on a version conflict. */
  current?: unknown;
  cause?: unknown;
}

/** An expected failure with a safe, user-facing message (Dutch). Services throw it; the error handler maps it. */
export class AppError extends Error {
  readonly fields: FieldError[] | undefined;
  readonly current: unknown;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.fields = options.fields;
    this.current = options.current;
  }

  get statusCode(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/** An UploadError from the readers as an API error on body.file: 413 for size limits, 400 for unreadable content. */
export const uploadRefused = (error: { message: string; tooLarge: boolean }) =>
  new AppError(error.tooLarge ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_ERROR', error.message, {
    fields: [{ path: 'body.file', message: error.message }],
  });

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} niet gevonden.`);

/** 400 naming one field, e.g. invalidField('body.cbsCode', 'onbekende CBS-code GM9999'). */
export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_ERROR', `Ongeldige invoer: ${path} ${message}`, { fields: [{ path, message }] });
