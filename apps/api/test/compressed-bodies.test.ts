import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedJson, type Encoding } from '../src/services/budget-read/result-cache.ts';

// Small bodies are compressed in place, large ones in the thread pool (result-cache.ts): either
// way the encoded form decodes to exactly the body.
const decode: Record<Encoding, (bytes: Buffer) => Buffer> = { br: brotliDecompressSync, gzip: gunzipSync };

describe('cachedJson encoded forms', () => {
  it.each([
    ['a short answer', 300],
    ['just below the in-place size', 8 * 1024 - 200],
    ['a detail-sized body', 300 * 1024],
  ])('%s decodes to the body, for br and gzip, kept or not', async (_name, size) => {
    const json = JSON.stringify({ text: 'Licentiekosten per jaar '.repeat(Math.ceil(size / 24)).slice(0, size) });
    for (const key of [null, 'k1']) {
      const body = cachedJson(key, json);
      for (const encoding of ['br', 'gzip'] as const) {
        const encoded = await body.encoded(encoding);
        expect(encoded.length).toBeLessThan(body.body.length);
        expect(decode[encoding](encoded).toString('utf8')).toBe(json);
        // Made once per body and encoding.
        expect(await body.encoded(encoding)).toBe(encoded);
      }
    }
  });
});
