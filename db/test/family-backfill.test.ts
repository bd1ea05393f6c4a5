import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { budgets, budgetVersions, organisations } from '../src/schema/index.ts';
import { MIGRATIONS_FOLDER } from '../src/client.ts';
import { openTestDb, type TestDbHandle } from '../src/testing.ts';
import { makeAssumptions } from '@app/engine/testing';
import { createModelBudget } from '../seed/factories.ts';

// Migration 0006 gives existing budgets a family: every budget reachable through base links
// (scenario → base) and version links (new version → adopted budget), in either direction, shares
// the family id of its oldest member. Re-running its last statement on scrambled ids proves it.

let handle: TestDbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

const backfill = () => {
  const statements = readFileSync(`${MIGRATIONS_FOLDER}/0006_budget-families.sql`, 'utf8').split(
    '--> statement-breakpoint',
  );
  return statements.at(-1)!;
};

describe('family backfill (migration 0006)', () => {
  it('joins base, scenarios, versions and a promoted base into one family; others stay apart', async () => {
    const { db } = handle;
    const [org] = await db.select().from(organisations).limit(1);
    const make = async (name: string) =>
      createModelBudget(db, { organisationId: org!.id, name, firstYear: 2027, assumptions: makeAssumptions() });
    const v1 = await make('V1');
    const v2 = await make('V2');
    const promoted = await make('Gepromoveerd');
    const scenarioOfV1 = await make('Scenario van V1');
    const alone = await make('Los');
    // v2 continues v1; v2 was replaced by a promoted scenario (v2 is now its scenario).
    await db.insert(budgetVersions).values({ budgetId: v2.id, versionOfBudgetId: v1.id });
    await db.update(budgets).set({ baseBudgetId: promoted.id }).where(eq(budgets.id, v2.id));
    await db.update(budgets).set({ baseBudgetId: v1.id }).where(eq(budgets.id, scenarioOfV1.id));
    const ids = [v1, v2, promoted, scenarioOfV1, alone].map((b) => b.id);
    const familyOf = async () =>
      new Map(
        (await db.select({ id: budgets.id, familyId: budgets.familyId }).from(budgets)).map((r) => [r.id, r.familyId]),
      );
    const scrambled = await familyOf();
    expect(new Set(ids.map((id) => scrambled.get(id))).size).toBe(5);

    await db.execute(sql.raw(backfill()));
    const families = await familyOf();
    for (const id of ids.slice(1, 4)) expect(families.get(id)).toBe(families.get(v1.id));
    expect(families.get(v1.id)).toBe(scrambled.get(v1.id));
    expect(families.get(alone.id)).toBe(scrambled.get(alone.id));
  });
});
