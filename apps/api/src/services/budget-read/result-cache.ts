import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants as zlibConstants, gzip, gzipSync } from 'node:zlib';

/*
 * Computed results of stored budgets (the serialized detail, the engine's totals), kept per
 * process. A result is only ever looked up under a key derived from what the request just read
 * from the database (the budget row with its version, …), so N stateless instances never serve a
 * stale result after a write on another one: the write bumps the version, every instance reads the
 * new version and misses. Bounded by size, least recently used out first. See ADR 0018.
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Bodies below this size are compressed on the event loop: handing a small body to the thread
 * pool costs ~0,15–0,2 ms of CPU (measured: 1,6 kB at quality 4, async 160–190 µs against 31–37 µs
 * in place), more than compressing it, and in place it blocks the loop for well under 0,1 ms.
 * Same parameters, so the same bytes. (A line write's short answer is ~2,6 kB.)
 */
const COMPRESS_IN_PLACE_BELOW = 8 * 1024;

async function compress(body: Buffer, encoding: Encoding, quality: number): Promise<Buffer> {
  const brotliOptions = {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
  };
  if (body.length >= COMPRESS_IN_PLACE_BELOW)
    return encoding === 'br' ? brotli(body, brotliOptions) : gzipAsync(body, { level: quality });
  return encoding === 'br' ? brotliCompressSync(body, brotliOptions) : gzipSync(body, { level: quality });
}

export type Encoding = 'br' | 'gzip';

/** A JSON response body built once, with its compressed forms made on first demand. */
export interface CachedJson {
  /** Strong validator of exactly these bytes (a hash of what the body was built from), if known. */
  etag: string | null;
  body: Buffer;
  encoded(encoding: Encoding): Promise<Buffer>;
}

/** The body a service already built for a value it returns (a route sends it instead of serializing again). */
const bodies = new WeakMap<object, CachedJson>();
export const rememberBody = (value: object, body: CachedJson) => void bodies.set(value, body);
export const bodyFor = (value: object): CachedJson | undefined => bodies.get(value);

/** `key` null: a body without a validator (not kept, no ETag). */
export function cachedJson(key: string | null, json: string): CachedJson {
  const body = Buffer.from(json, 'utf8');
  const forms = new Map<Encoding, Promise<Buffer>>();
  return {
    etag: key === null ? null : `"${key}"`,
    body,
    encoded(encoding) {
      let form = forms.get(encoding);
      if (!form) {
        // A kept body is compressed once, so it affords more than the compress plugin's
        // on-the-fly quality 4. Large bodies go to the thread pool, off the event loop.
        form = compress(body, encoding, key === null ? 4 : 6);
        forms.set(encoding, form);
        form.catch(() => forms.delete(encoding));
      }
      return form;
    },
  };
}

export interface ResultCache {
  /**
   * The value under `key`, computing it (once, however many ask at the same time) when absent.
   * `size` gives its weight in bytes, or null to hand it out without keeping it.
   */
  get<T>(key: string, compute: () => Promise<T>, size: (value: T) => number | null): Promise<T>;
  /** The value under `key` if kept (counts as a hit), else undefined. */
  peek<T>(key: string): T | undefined;
  /** Puts a value computed elsewhere (e.g. by a write that just proved it). */
  set<T>(key: string, value: T, bytes: number): void;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
  clear(): void;
}

/** Default budget of the per-process result cache: a few hundred budget details. */
export const DEFAULT_RESULT_CACHE_BYTES = 64 * 1024 * 1024;

export function createResultCache(maxBytes = DEFAULT_RESULT_CACHE_BYTES): ResultCache {
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recent.
  const entries = new Map<string, { value: unknown; bytes: number }>();
  const pending = new Map<string, Promise<unknown>>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;

  function put(key: string, value: unknown, size: number | null) {
    if (size === null) return;
    const old = entries.get(key);
    if (old) {
      bytes -= old.bytes;
      entries.delete(key);
    }
    if (size > maxBytes) return;
    entries.set(key, { value, bytes: size });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= entry.bytes;
    }
  }

  return {
    async get<T>(key: string, compute: () => Promise<T>, size: (value: T) => number | null): Promise<T> {
      const entry = entries.get(key);
      if (entry) {
        hits++;
        entries.delete(key);
        entries.set(key, entry);
        return entry.value as T;
      }
      const inFlight = pending.get(key);
      if (inFlight) {
        hits++;
        return inFlight as Promise<T>;
      }
      misses++;
      const promise = compute();
      pending.set(key, promise);
      try {
        const value = await promise;
        put(key, value, size(value));
        return value;
      } finally {
        pending.delete(key);
      }
    },
    peek<T>(key: string): T | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      hits++;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value as T;
    },
    set(key, value, size) {
      put(key, value, size);
    },
    stats: () => ({ entries: entries.size, bytes, hits, misses }),
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

/** A short, stable key of the parts a result was built from. */
export function resultKey(kind: string, parts: unknown): string {
  return `${kind}-${createHash('sha1').update(JSON.stringify(parts)).digest('base64url')}`;
}
