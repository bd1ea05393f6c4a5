import type { FastifyReply } from 'fastify';
import type { ExportFile } from '../services/exports/export-file.ts';

/** Sends a built download: never cached, its name in an ASCII and a UTF-8 header form. */
export function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('cache-control', 'no-store')
    .send(file.body);
}
