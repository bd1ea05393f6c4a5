import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as schema from '../src/schema/index.ts';
import { MIGRATIONS_FOLDER } from '../src/client.ts';

// drizzle-kit's API is CommonJS; load it the way drizzle-kit itself would.
const { generateDrizzleJson, generateMigration } = createRequire(import.meta.url)(
  'drizzle-kit/api',
) as typeof import('drizzle-kit/api');

interface Journal {
  entries: { idx: number; tag: string }[];
}

describe('committed migrations', () => {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as Journal;

  it('are numbered without gaps or duplicates', () => {
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((_, i) => i));
    for (const entry of journal.entries)
      expect(entry.tag).toMatch(new RegExp(`^${String(entry.idx).padStart(4, '0')}_`));
  });

  it('match the schema: a change to src/schema needs a new generated migration', async () => {
    const last = journal.entries.at(-1)!;
    const snapshot = JSON.parse(
      readFileSync(`${MIGRATIONS_FOLDER}/meta/${String(last.idx).padStart(4, '0')}_snapshot.json`, 'utf8'),
    );
    const current = generateDrizzleJson(schema, snapshot.id, undefined, 'snake_case');
    const pending = await generateMigration(snapshot, current);
    expect(pending, 'run `cd db && npx drizzle-kit generate --name <change>` and commit the migration').toEqual([]);
  });
});
