import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { EngineInputError } from '@app/engine';
import type { ErrorCode, ErrorResponse, FieldError } from '@app/schemas';
import { RecordNotFoundError } from '@app/db';
import { AppError, STATUS_BY_CODE } from '../errors.ts';

/** Dutch names of the records the data layer can report missing (RecordNotFoundError.entity). */
const RECORD_NAMES: Record<string, string> = {
  catalog_edition: 'Catalogus-editie',
  municipality: 'Gemeente',
  assumption_defaults: 'Standaard uitgangspunten',
};

/** Seconds a client should wait before retrying while the database is unreachable or the server is busy. */
export const RETRY_AFTER_SECONDS = 5;

const GENERIC_500 =
  'Er ging iets mis op de server. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.';

function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  extra: { fields?: FieldError[]; current?: unknown } = {},
) {
  const body: ErrorResponse = { error: { code, message, ...extra } };
  if ((status === 503 || status === 429) && !reply.hasHeader('retry-after'))
    void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  // The error payload is not validated against a route's response schema: send it as plain JSON.
  return reply.status(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
}

/** `/body/fields/amountCents` in context `body` → `body.fields.amountCents`; array indices stay numeric. */
function fieldPath(context: string | undefined, instancePath: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  return [context ?? 'body', ...parts].join('.');
}

function validationFields(error: FastifyError): FieldError[] {
  const context = error.validationContext;
  return (error.validation ?? []).map((issue) => ({
    path: fieldPath(context, issue.instancePath),
    message: issue.message ?? 'ongeldige waarde',
  }));
}

function validationMessage(fields: FieldError[]): string {
  const shown = fields.slice(0, 3).map((field) => `${field.path} ${field.message}`);
  const more = fields.length > 3 ? ` (en nog ${fields.length - 3})` : '';
  return `Ongeldige invoer: ${shown.join('; ')}${more}`;
}

/** PostgreSQL SQLSTATE of a driver error, looking through drizzle's wrapper. */
function sqlState(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The database cannot be reached (refused, reset, shutting down, connection-class SQLSTATE 08xxx/57P0x). */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    const message = (current as { message?: unknown }).message;
    // node-postgres words a lost connection without a code.
    if (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    )
      return true;
    const nested = (current as { errors?: unknown }).errors;
    if (Array.isArray(nested) && nested.some(isDatabaseUnavailable)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export const UNAVAILABLE_MESSAGE =
  'De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.';

/** A multipart body the parser cannot read (no or wrong boundary, cut off): busboy throws plain Errors. */
function isBrokenMultipart(error: FastifyError): boolean {
  return (
    /^(Multipart: Boundary not found|Unexpected end of form|Malformed part header|Unexpected end of multipart data)/i.test(
      error.message ?? '',
    ) || error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE'
  );
}

/** Fastify's own 4xx (malformed JSON, wrong content type, body too large) in Dutch. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Ongeldige invoer: body is geen geldige JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Ongeldige invoer: body is leeg terwijl JSON verwacht wordt.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Ongeldige invoer: dit inhoudstype wordt niet ondersteund; stuur application/json.',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Ongeldige invoer: body is te groot.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Ongeldige invoer: Content-Length klopt niet.',
};

/** Other plugins' 4xx errors (e.g. @fastify/* plugins) mapped onto the contract's codes. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMITED',
};
const MESSAGE_BY_CODE: Partial<Record<ErrorCode, string>> & { VALIDATION_ERROR: string } = {
  VALIDATION_ERROR: 'Ongeldig verzoek.',
  UNAUTHENTICATED: 'Niet aangemeld.',
  FORBIDDEN: 'Dit mag u niet doen.',
  NOT_FOUND: 'Niet gevonden.',
  CONFLICT: 'Dit botst met de huidige gegevens.',
  RATE_LIMITED: 'Te veel verzoeken; probeer het over een minuut opnieuw.',
};

/** One error handler and one 404 handler for the whole API: every failure has the same shape. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const fields = validationFields(error);
      return send(reply, 400, 'VALIDATION_ERROR', validationMessage(fields), { fields });
    }
    if (error instanceof AppError) {
      if (error.code === 'INTERNAL') request.log.error({ err: error }, 'internal application error');
      const extra: { fields?: FieldError[]; current?: unknown } = {};
      if (error.fields) extra.fields = error.fields;
      if (error.current !== undefined) extra.current = error.current;
      return send(reply, error.statusCode, error.code, error.code === 'INTERNAL' ? GENERIC_500 : error.message, extra);
    }
    if (error instanceof RecordNotFoundError) {
      return send(reply, 404, 'NOT_FOUND', `${RECORD_NAMES[error.entity] ?? 'Gegeven'} niet gevonden.`);
    }
    if (error instanceof EngineInputError) {
      const fields = [{ path: error.field, message: error.message }];
      return send(reply, 400, 'VALIDATION_ERROR', `Ongeldige invoer voor de berekening: ${error.message}`, { fields });
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return send(reply, 503, 'UNAVAILABLE', UNAVAILABLE_MESSAGE);
    }
    if (isBrokenMultipart(error)) {
      const fields = [
        { path: 'body', message: 'is geen leesbare multipart/form-data (ontbrekende of verkeerde boundary)' },
      ];
      return send(
        reply,
        400,
        'VALIDATION_ERROR',
        'Ongeldige invoer: body is geen leesbare multipart/form-data (ontbrekende of verkeerde boundary).',
        { fields },
      );
    }
    const state = sqlState(error);
    if (state === '22021') {
      // Safety net behind plugins/input-guard.ts, e.g. a NUL inside an uploaded file's cell.
      return send(
        reply,
        400,
        'VALIDATION_ERROR',
        'Ongeldige invoer: een tekst bevat een NUL-teken (\\0) of ongeldige tekencodering.',
      );
    }
    if (state === '23505') return send(reply, 409, 'CONFLICT', 'Dit bestaat al (de naam of sleutel is al in gebruik).');
    if (state === '23503')
      return send(
        reply,
        409,
        'CONFLICT',
        'Dit kan niet: een verwijzing naar een ander record klopt niet of is nog in gebruik.',
      );
    if (state === '22P02' || state === '22003' || state === '23514' || state === '22001') {
      request.log.warn({ err: error }, 'database rejected a value the schemas let through');
      return send(reply, 400, 'VALIDATION_ERROR', 'Ongeldige invoer: een waarde valt buiten het toegestane bereik.');
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
      const code = CODE_BY_STATUS[status] ?? 'VALIDATION_ERROR';
      const message = FASTIFY_MESSAGES[error.code] ?? MESSAGE_BY_CODE[code] ?? MESSAGE_BY_CODE.VALIDATION_ERROR;
      return send(reply, status, code, message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, STATUS_BY_CODE.INTERNAL, 'INTERNAL', GENERIC_500);
  });
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, 'NOT_FOUND', `Onbekende route: ${request.method} ${request.url.split('?')[0]}`);
}
