import { errorAnswers } from '../scoped-routes.ts';
import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../../errors.ts';
import { nulRefusal } from '../../plugins/input-guard.ts';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What an upload route may refuse: bad input, unknown record, conflict, a file over the limit. */
export const uploadErrors = errorAnswers(400, 404, 409, 413);

/** The uploaded file of a multipart request (field "file"), or a 400 naming body.file. */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; buffer: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart())
    throw invalidField('body.file', 'ontbreekt: stuur het bestand als multipart/form-data in het veld "file"');
  const file = await request.file();
  if (!file || file.fieldname !== 'file')
    throw invalidField('body.file', 'ontbreekt: stuur het bestand in het veld "file"');
  if (file.filename.includes('\u0000')) throw nulRefusal('body.file');
  let buffer: Buffer;
  try {
    buffer = await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      const message = `is te groot (maximaal ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`;
      throw new AppError('PAYLOAD_TOO_LARGE', `Ongeldige invoer: body.file ${message}`, {
        fields: [{ path: 'body.file', message }],
      });
    }
    throw error;
  }
  const fields: Record<string, string> = {};
  for (const [name, field] of Object.entries(file.fields)) {
    if (field && !Array.isArray(field) && field.type === 'field') {
      fields[name] = String(field.value);
      if (fields[name].includes('\u0000')) throw nulRefusal(`body.${name}`);
    }
  }
  return { fileName: file.filename, buffer, fields };
}
