import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn } from './helpers/auth.ts';

// Issue 13 point 7: a new user sees the demo BLNP collaboration on first start, created once.

let handle: TestDbHandle;
let app: App;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle, demoCollaboration: true });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('demo collaboration', () => {
  it('BLNP with the four municipalities, Bunschoten first, a shared budget and the 50/50 hybrid key; a second start adds nothing', async () => {
    const advisor = await signIn(app, 'advisor');
    const list = (await app.inject({ method: 'GET', url: '/api/collaborations', headers: advisor })).json();
    expect(list).toHaveLength(1);
    expect(list[0].name).toMatch(/^BLNP/);
    expect(list[0].members.map((m: { name: string }) => m.name)).toEqual([
      'Bunschoten',
      'Leusden',
      'Nijkerk',
      'Putten',
    ]);
    const allocation = (
      await app.inject({
        method: 'GET',
        url: `/api/collaborations/${list[0].id}/budgets/${list[0].budgetId}/allocation`,
        headers: advisor,
      })
    ).json();
    expect(allocation.keys.defaultKey).toEqual({
      type: 'hybrid',
      parts: [
        { basis: 'equal', percentage: 50 },
        { basis: 'inhabitants', percentage: 50 },
      ],
    });
    expect(allocation.members.map((m: { inhabitants: number }) => m.inhabitants)).toEqual([
      22_899, 32_288, 46_276, 25_169,
    ]);
    expect(allocation.aloneTogether.every((m: { savingTotalCents: number }) => m.savingTotalCents > 0)).toBe(true);

    const again = await buildApp({ db: handle, demoCollaboration: true });
    await again.ready();
    await again.close();
    expect((await app.inject({ method: 'GET', url: '/api/collaborations', headers: advisor })).json()).toHaveLength(1);
  });
});
