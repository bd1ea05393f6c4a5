import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { organisations, pendingUploads } from '@app/db';
import { openTestDb, testDatabaseKinds, type TestDbHandle } from '@app/db/testing';
import { AppError } from '../src/errors.ts';
import { createPendingUploads } from '../src/services/imports/pending-uploads.ts';

// Pending uploads live in PostgreSQL so a commit may reach another instance than its preview.
// The bounds of the in-memory version hold per kind: count, age and (estimated) bytes.
describe.each(testDatabaseKinds())('pending uploads on %s', (kind) => {
  let handle: TestDbHandle;
  let orgA: string;
  let orgB: string;
  const rows = async (k: 'catalog' | 'budget') =>
    (await handle.db.select({ n: count() }).from(pendingUploads).where(eq(pendingUploads.kind, k)))[0]!.n;

  beforeAll(async () => {
    handle = await openTestDb({ kind, seed: false });
    const inserted = await handle.db
      .insert(organisations)
      .values([
        { slug: 'a', name: 'A' },
        { slug: 'b', name: 'B' },
      ])
      .returning({ id: organisations.id });
    [orgA, orgB] = inserted.map((o) => o.id) as [string, string];
  });
  afterAll(() => handle.close());

  it('gives back exactly what was kept, to its own organisation and kind only', async () => {
    const catalog = createPendingUploads<{ z: number; a: (string | number | null)[]; nul: string }>('catalog');
    const budget = createPendingUploads<unknown>('budget');
    const upload = { z: 1.5, a: ['€ 1.234', 7, null], nul: 'a\u0000b' };
    const id = await catalog.add(handle.db, orgA, upload);
    const back = await catalog.get(handle.db, orgA, id);
    expect(back).toEqual(upload);
    expect(Object.keys(back!)).toEqual(['z', 'a', 'nul']);
    expect(await catalog.get(handle.db, orgB, id)).toBeUndefined();
    expect(await catalog.get(handle.db, null, id)).toBeUndefined();
    expect(await budget.get(handle.db, orgA, id)).toBeUndefined();
    expect(await catalog.get(handle.db, orgA, 'not-a-uuid')).toBeUndefined();
    const platform = await catalog.add(handle.db, null, upload);
    expect(await catalog.get(handle.db, null, platform)).toEqual(upload);
    expect(await catalog.get(handle.db, orgA, platform)).toBeUndefined();
    await catalog.delete(handle.db, id);
    expect(await catalog.get(handle.db, orgA, id)).toBeUndefined();
  });

  it('keeps at most `count` per kind: the oldest make room, the other kind is untouched', async () => {
    const other = createPendingUploads<{ n: number }>('budget', { count: 3, bytes: 1e6 });
    const otherId = await other.add(handle.db, orgA, { n: -1 });
    const pending = createPendingUploads<{ n: number }>('catalog', { count: 3, bytes: 1e6 });
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push(await pending.add(handle.db, orgA, { n }));
    expect(await Promise.all(ids.map((id) => pending.get(handle.db, orgA, id)))).toEqual([
      undefined,
      undefined,
      { n: 2 },
      { n: 3 },
      { n: 4 },
    ]);
    expect(await rows('catalog')).toBe(3);
    expect(await other.get(handle.db, orgA, otherId)).toEqual({ n: -1 });
  });

  it('keeps the estimated bytes per kind under the budget; one upload over it alone → 413', async () => {
    const size = JSON.stringify({ s: 'x'.repeat(100) }).length * 2;
    const pending = createPendingUploads<{ s: string }>('catalog', { count: 50, bytes: 2 * size + 10 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await pending.add(handle.db, orgB, { s: String(i).repeat(100) }));
    expect((await Promise.all(ids.map((id) => pending.get(handle.db, orgB, id)))).map((u) => u?.s[0])).toEqual([
      undefined,
      '1',
      '2',
    ]);
    expect(await pending.bytes(handle.db)).toBe(2 * size);
    const tooBig = await pending.add(handle.db, orgB, { s: 'x'.repeat(300) }).catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(AppError);
    expect((tooBig as AppError).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await pending.get(handle.db, orgB, ids[2]!)).toEqual({ s: '2'.repeat(100) });
  });

  it('an expired upload is gone for the commit, and its row is removed by the next add', async () => {
    const expired = createPendingUploads<{ old: boolean }>('budget', undefined, -1000);
    const id = await expired.add(handle.db, orgA, { old: true });
    expect(await expired.get(handle.db, orgA, id)).toBeUndefined();
    const fresh = createPendingUploads<{ old: boolean }>('budget');
    await fresh.add(handle.db, orgA, { old: false });
    expect(await handle.db.select().from(pendingUploads).where(eq(pendingUploads.id, id))).toEqual([]);
  });

  it('adds arriving at once (several connections) still respect the count', async () => {
    await handle.db.delete(pendingUploads);
    const pending = createPendingUploads<{ n: number }>('catalog', { count: 4, bytes: 1e6 });
    const ids = await Promise.all(Array.from({ length: 12 }, (_, n) => pending.add(handle.db, orgA, { n })));
    expect(new Set(ids).size).toBe(12);
    expect(await rows('catalog')).toBe(4);
  });

  it("an organisation's pending uploads go with it", async () => {
    const pending = createPendingUploads<{ n: number }>('budget');
    const [gone] = await handle.db
      .insert(organisations)
      .values({ slug: 'weg', name: 'Weg' })
      .returning({ id: organisations.id });
    const id = await pending.add(handle.db, gone!.id, { n: 1 });
    await handle.db.delete(organisations).where(eq(organisations.id, gone!.id));
    expect(await handle.db.select().from(pendingUploads).where(eq(pendingUploads.id, id))).toEqual([]);
  });
});
