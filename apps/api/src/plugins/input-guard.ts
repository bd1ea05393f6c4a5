import fp from 'fastify-plugin';
import { invalidField } from '../errors.ts';

/** Path (`body.lines.0.name`) of the first string holding a NUL character, or null. */
export function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  // Bodies are bounded by bodyLimit; the depth cap only stops a pathological nesting.
  if (value === null || typeof value !== 'object' || depth > 32) return null;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '\\0')}`;
    const found = findNul(child, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export const nulRefusal = (path: string) =>
  invalidField(path, 'bevat een NUL-teken (\\0); dat kan niet worden opgeslagen');

/**
 * PostgreSQL cannot store a NUL character in text (SQLSTATE 22021), so a `\0` anywhere in a path
 * parameter, query string or JSON body is refused before validation, naming the field, instead of
 * failing as a 500 deep in a query. Multipart field values are checked in routes/imports/upload.ts.
 */
export const inputGuardPlugin = fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      for (const [context, value] of [
        ['params', request.params],
        ['querystring', request.query],
        ['body', request.body],
      ] as const) {
        const found = findNul(value, context);
        if (found) throw nulRefusal(found);
      }
    });
  },
  { name: 'input-guard' },
);
