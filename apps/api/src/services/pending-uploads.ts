import { randomUUID } from 'node:crypto';

/**
 * Uploads wait in memory between preview and commit. In memory on purpose: an upload is a short
 * interactive step (minutes) that is re-uploaded after a restart, and an abandoned preview must
 * leave nothing behind. Bounded by age and by count, so repeated previews cannot grow it without limit.
 */
export interface PendingUploads<T> {
  /** Keeps the upload under a fresh id (the oldest ones make room) and returns the id. */
  add(upload: T): string;
  get(id: string): T | undefined;
  delete(id: string): void;
}

const TTL_MS = 60 * 60 * 1000;
const MAX_PENDING = 50;

export function createPendingUploads<T>(): PendingUploads<T> {
  const uploads = new Map<string, { upload: T; createdAt: number }>();
  return {
    add(upload) {
      const now = Date.now();
      for (const [id, entry] of uploads) if (now - entry.createdAt > TTL_MS) uploads.delete(id);
      while (uploads.size >= MAX_PENDING) uploads.delete(uploads.keys().next().value as string);
      const id = randomUUID();
      uploads.set(id, { upload, createdAt: now });
      return id;
    },
    get(id) {
      return uploads.get(id)?.upload;
    },
    delete(id) {
      uploads.delete(id);
    },
  };
}
