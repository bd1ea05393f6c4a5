import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';

/**
 * Uploads wait in memory between preview and commit. In memory on purpose: an upload is a short
 * interactive step (minutes) that is re-uploaded after a restart, and an abandoned preview must
 * leave nothing behind. Bounded by age, by count and by (estimated) bytes, so repeated previews
 * cannot grow the process without limit: the oldest uploads make room.
 */
export interface PendingUploads<T> {
  /** Keeps the upload under a fresh id (the oldest ones make room) and returns the id; over the byte budget alone → 413. */
  add(upload: T): string;
  get(id: string): T | undefined;
  delete(id: string): void;
  /** Estimated bytes held now (for tests and monitoring). */
  readonly bytes: number;
}

const TTL_MS = 60 * 60 * 1000;
export const PENDING_LIMITS = { count: 50, bytes: 64 * 1024 * 1024 } as const;

/** JSON length × 2 (UTF-16 strings plus object overhead) is a cheap, conservative estimate of what an upload holds. */
const estimateBytes = (upload: unknown) => JSON.stringify(upload).length * 2;

export function createPendingUploads<T>(limits: { count: number; bytes: number } = PENDING_LIMITS): PendingUploads<T> {
  const uploads = new Map<string, { upload: T; createdAt: number; bytes: number }>();
  let total = 0;
  const remove = (id: string) => {
    const entry = uploads.get(id);
    if (!entry) return;
    total -= entry.bytes;
    uploads.delete(id);
  };
  return {
    add(upload) {
      const bytes = estimateBytes(upload);
      if (bytes > limits.bytes) {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Het ingelezen bestand is te groot om te bewaren tot de bevestiging; splits het bestand.', {
          fields: [{ path: 'body.file', message: 'is te groot om te bewaren tot de bevestiging' }],
        });
      }
      const now = Date.now();
      for (const [id, entry] of uploads) if (now - entry.createdAt > TTL_MS) remove(id);
      while (uploads.size >= limits.count || (uploads.size > 0 && total + bytes > limits.bytes)) remove(uploads.keys().next().value as string);
      const id = randomUUID();
      uploads.set(id, { upload, createdAt: now, bytes });
      total += bytes;
      return id;
    },
    get(id) {
      return uploads.get(id)?.upload;
    },
    delete(id) {
      remove(id);
    },
    get bytes() {
      return total;
    },
  };
}
