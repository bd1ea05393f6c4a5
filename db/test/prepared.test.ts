import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  organisations,
  orgUnits,
  jsonParam,
  preparedStatement,
  timestampParam,
  withTransaction,
} from '../src/index.ts';
import { openTestDb, testDatabaseKinds, type TestDbHandle } from '../src/testing.ts';

const kinds = testDatabaseKinds();

// One statement for every database of the file, as the API's statements are one per process.
const renameUnit = preparedStatement('test_rename_org_unit', (db) =>
  db
    .update(orgUnits)
    .set({ name: sql`${sql.placeholder('name')}::text` })
    .where(eq(orgUnits.id, sql.placeholder('id')))
    .returning({ id: orgUnits.id, name: orgUnits.name, createdAt: orgUnits.createdAt }),
);
const typed = preparedStatement('test_typed_params', (db) =>
  db
    .select({
      json: sql<unknown>`${sql.placeholder('json')}::jsonb`,
      isNull: sql<boolean>`${sql.placeholder('json')}::jsonb is null`,
      atMs: sql<number | null>`(extract(epoch from ${sql.placeholder('at')}::timestamptz) * 1000)::float8`,
    })
    .from(organisations)
    .limit(1),
);

describe.each(kinds)('preparedStatement on %s', (kind) => {
  let handle: TestDbHandle;
  const unitIds: string[] = [];
  beforeAll(async () => {
    handle = await openTestDb({ kind });
    const [organisation] = await handle.db.select({ id: organisations.id }).from(organisations).limit(1);
    for (let i = 0; i < 12; i++) {
      const [unit] = await handle.db
        .insert(orgUnits)
        .values({ organisationId: organisation!.id, name: `Unit ${i}` })
        .returning({ id: orgUnits.id });
      unitIds.push(unit!.id);
    }
  });
  afterAll(() => handle?.close());

  it('runs in the database and in transactions on different connections, mapping rows by its fields', async () => {
    const [outside] = await renameUnit(handle.db, { id: unitIds[0], name: 'Buiten' });
    expect(outside).toMatchObject({ id: unitIds[0], name: 'Buiten' });
    expect(outside!.createdAt).toBeInstanceOf(Date);
    // More transactions at once than the pool has connections: each runs on its own connection.
    const renamed = await Promise.all(
      unitIds.map((id, i) => withTransaction(handle.db, (tx) => renameUnit(tx, { id, name: `Team ${i}` }))),
    );
    expect(renamed.map(([row]) => row?.name)).toEqual(unitIds.map((_, i) => `Team ${i}`));
    const stored = await handle.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits);
    for (const [i, id] of unitIds.entries()) expect(stored.find((row) => row.id === id)?.name).toBe(`Team ${i}`);
  });

  it('rolls back with the transaction it ran in', async () => {
    await expect(
      withTransaction(handle.db, async (tx) => {
        await renameUnit(tx, { id: unitIds[1], name: 'Teruggedraaid' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    const [row] = await handle.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, unitIds[1]!));
    expect(row?.name).toBe('Team 1');
  });

  it('jsonParam keeps null SQL NULL and timestampParam sends the instant', async () => {
    const at = new Date('2026-12-03T10:11:12.345Z');
    const [none] = await typed(handle.db, { json: jsonParam(null), at: timestampParam(null) });
    expect(none).toEqual({ json: null, isNull: true, atMs: null });
    const [some] = await typed(handle.db, { json: jsonParam({ a: [1, 2], b: null }), at: timestampParam(at) });
    expect(some?.json).toEqual({ a: [1, 2], b: null });
    expect(some?.isNull).toBe(false);
    expect(some?.atMs).toBe(at.getTime());
  });
});
