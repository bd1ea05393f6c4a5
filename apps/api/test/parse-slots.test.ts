import { describe, expect, it } from 'vitest';
import { PARSE_SLOTS, withParseSlot } from '../src/services/imports/parse-slots.ts';

describe('parse slots', () => {
  it(`parses at most ${PARSE_SLOTS} files at once, refuses the next with 429, and frees a slot when a parse ends or fails`, async () => {
    const releases: (() => void)[] = [];
    const running = Array.from({ length: PARSE_SLOTS }, () =>
      withParseSlot(() => new Promise<string>((resolve) => releases.push(() => resolve('ok')))),
    );
    await expect(withParseSlot(async () => 'extra')).rejects.toMatchObject({ code: 'RATE_LIMITED', statusCode: 429 });
    releases[0]!();
    expect(await running[0]).toBe('ok');
    await expect(
      withParseSlot(async () => {
        throw new Error('unreadable');
      }),
    ).rejects.toThrow('unreadable');
    expect(await withParseSlot(async () => 'after a failure')).toBe('after a failure');
    for (const release of releases.slice(1)) release();
    await Promise.all(running);
  });
});
