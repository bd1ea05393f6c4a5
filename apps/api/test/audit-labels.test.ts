import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWhat } from '@app/schemas';
import { describe, expect, it } from 'vitest';

// The history screen and audit.csv name every recorded change in Dutch. This reads the entity and
// action literals the services record, so a new kind of change without a Dutch label fails here.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const text = sources(join(import.meta.dirname, '../src/services'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const literals = (field: string) => [
  ...new Set([...text.matchAll(new RegExp(`\\b${field}: '([^']+)'`, 'g'))].map((m) => m[1]!)),
];
// Actions chosen at run time (`archived ? 'archive' : 'unarchive'`) and budget events
// (`recordBudgetEvent(tx, scope, id, 'detach', …)`) are literals too.
const conditionalActions = text
  .split('\n')
  .filter((line) => /action: |recordBudgetEvent\(/.test(line))
  .flatMap((line) => [...line.matchAll(/\? '([a-z+-]+)' : '([a-z+-]+)'/g)].flatMap((m) => [m[1]!, m[2]!]));
const eventActions = [...text.matchAll(/recordBudgetEvent\(\s*\w+,\s*\w+,\s*[\w.]+,\s*'([^']+)'/g)].map((m) => m[1]!);

describe('audit entries in Dutch', () => {
  it('every recorded entity has a Dutch name', () => {
    const entities = literals('entity');
    expect(entities.length).toBeGreaterThan(10);
    for (const entity of entities) expect(describeWhat(entity, 'create'), entity).not.toBe(`${entity} aangemaakt`);
  });

  it('every recorded action has a Dutch word', () => {
    const actions = [...new Set([...literals('action'), ...conditionalActions, ...eventActions])];
    expect(actions).toEqual(expect.arrayContaining(['archive', 'unarchive', 'grant', 'revoke', 'detach']));
    for (const action of actions) expect(describeWhat('budget', action), action).not.toBe(`Begroting ${action}`);
  });
});
