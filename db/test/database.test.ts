import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetDevelopments,
  budgetLines,
  budgets,
  catalogEditions,
  catalogLines,
  developments,
  domains,
  funding,
  municipalities,
  organisations,
  orgUnits,
  withTransaction,
  type Db,
} from '../src/index.ts';
import { openTestDb, testDatabaseKinds, type TestDbHandle } from '../src/testing.ts';
import { DEMO_ORGANISATION, MODELGEMEENTE_EDITION_NAME, createModelBudget, loadSeedData, seed } from '../seed/index.ts';
import { makeAssumptions } from '@app/engine/testing';

// Resolved at collection time: in CI without TEST_DATABASE_URL this throws and the file fails.
const kinds = testDatabaseKinds();

async function countRows(db: Db) {
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    editions: await n(catalogEditions),
    domains: await n(domains),
    developments: await n(developments),
    lines: await n(catalogLines),
    municipalities: await n(municipalities),
    organisations: await n(organisations),
    orgUnits: await n(orgUnits),
    budgets: await n(budgets),
  };
}

describe.each(kinds)('database on %s', (kind) => {
  let handle: TestDbHandle;
  let db: Db;
  const seedData = loadSeedData();

  beforeAll(async () => {
    const started = performance.now();
    handle = await openTestDb({ kind });
    db = handle.db;
    console.log(`${kind}: open + migrate + seed ${Math.round(performance.now() - started)} ms`);
  });
  afterAll(() => handle?.close());

  it('uses the requested driver', () => {
    expect(handle.kind).toBe(kind);
  });

  it('seeds 1 edition, 6 domains, 40 developments, every catalog line, 342 municipalities and the demo organisation without budgets', async () => {
    const counts = await countRows(db);
    expect(counts).toEqual({
      editions: 1,
      domains: 6,
      developments: 40,
      lines: seedData.catalogLines.lines.length,
      municipalities: 342,
      organisations: 1,
      orgUnits: DEMO_ORGANISATION.orgUnits.length,
      budgets: 0,
    });
    expect(seedData.catalogLines.lines.length).toBeGreaterThan(0);
    const [edition] = await db.select().from(catalogEditions);
    expect(edition).toMatchObject({
      name: MODELGEMEENTE_EDITION_NAME,
      status: 'published',
      modelInhabitants: 100_000,
      modelEmployees: 1_000,
      modelDepartments: 40,
      source: seedData.catalog.source,
      sourceNote: seedData.catalog.editionNote,
    });
    const [org] = await db.select().from(organisations);
    expect(org?.name).toBe('Demo-gemeente (voorbeeld)');
  });

  it('loads De Bilt GM0310 with 43,673 inhabitants on 1 January 2026 and a source', async () => {
    const [deBilt] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, 'GM0310'));
    expect(deBilt).toMatchObject({
      name: 'De Bilt',
      province: 'Utrecht',
      inhabitants: 43_673,
      referenceDate: '2026-01-01',
    });
    expect(deBilt?.source).toMatch(/CBS/);
    const [hilversum] = await db.select().from(municipalities).where(eq(municipalities.cbsCode, 'GM0402'));
    expect(hilversum?.source).toMatch(/Tweedehands/);
  });

  it('keeps catalog line values exactly (cents, hours, scale)', async () => {
    const [row] = await db
      .select()
      .from(catalogLines)
      .where(eq(catalogLines.key, 'van-buiten-naar-binnen/coordinator-klantreizen'));
    expect(row).toBeDefined();
    expect(row).toMatchObject({
      description: 'Coördinator klantreizen 16 uur per week schaal 10',
      kind: 'structural',
      costBasis: 'staff',
      hoursPerWeek: 16,
      salaryScale: '10',
      provenance: 'published',
    });
    const [energy] = await db
      .select()
      .from(catalogLines)
      .where(eq(catalogLines.key, 'energietransitie/dashboard-ontwikkelen'));
    expect(energy?.amountCents).toBe(500_000);
    expect(typeof energy?.amountCents).toBe('number');
  });

  it('is idempotent: a second seed changes no counts and no ids', async () => {
    const before = await countRows(db);
    const linesBefore = await db
      .select({ id: catalogLines.id, key: catalogLines.key })
      .from(catalogLines)
      .orderBy(catalogLines.key);
    const again = await seed(handle);
    expect(again.editionId).toBe(handle.seeded?.editionId);
    expect(again.organisationId).toBe(handle.seeded?.organisationId);
    expect(await countRows(db)).toEqual(before);
    expect(
      await db.select({ id: catalogLines.id, key: catalogLines.key }).from(catalogLines).orderBy(catalogLines.key),
    ).toEqual(linesBefore);
  });

  it('does not bring back a demo org unit the user removed', async () => {
    const orgId = handle.seeded!.organisationId;
    const [unit] = await db.insert(orgUnits).values({ organisationId: orgId, name: 'Tijdelijke eenheid' }).returning();
    await db.delete(orgUnits).where(eq(orgUnits.id, unit!.id));
    await db.delete(orgUnits).where(eq(orgUnits.name, 'Directie'));
    await seed(handle);
    const names = (await db.select({ name: orgUnits.name }).from(orgUnits)).map((u) => u.name);
    expect(names).not.toContain('Directie');
    expect(names).toHaveLength(DEMO_ORGANISATION.orgUnits.length - 1);
    await db.insert(orgUnits).values({ organisationId: orgId, name: 'Directie' });
  });

  it('rolls back everything a failing transaction wrote', async () => {
    const attempt = withTransaction(db, async (tx) => {
      await tx.insert(municipalities).values({
        cbsCode: 'GM9998',
        name: 'Proefgemeente',
        province: 'Utrecht',
        inhabitants: 1,
        referenceDate: '2026-01-01',
        source: 'test',
      });
      // Duplicate primary key: the whole transaction must fail.
      await tx.insert(municipalities).values({
        cbsCode: 'GM0310',
        name: 'Dubbel',
        province: 'Utrecht',
        inhabitants: 1,
        referenceDate: '2026-01-01',
        source: 'test',
      });
    });
    await expect(attempt).rejects.toThrow();
    expect(await db.select().from(municipalities).where(eq(municipalities.cbsCode, 'GM9998'))).toEqual([]);
    expect(await db.select({ n: count() }).from(municipalities)).toEqual([{ n: 342 }]);
  });

  it('rolls back a seed whose files are inconsistent', async () => {
    const bad = structuredClone(seedData);
    bad.catalog = { ...bad.catalog, domains: bad.catalog.domains.map((d) => ({ ...d, key: `${d.key}-v2` })) };
    bad.municipalities = [
      { cbsCode: 'GM9997', name: 'Nieuwgemeente', province: 'Utrecht', inhabitants: 5, referenceDate: '2026-01-01' },
    ];
    bad.catalogLines = {
      ...bad.catalogLines,
      lines: [{ ...bad.catalogLines.lines[0]!, developmentKey: 'bestaat-niet' }],
    };
    const before = await countRows(db);
    await expect(seed(handle, { data: bad })).rejects.toThrow(/bestaat-niet/);
    expect(await countRows(db)).toEqual(before);
  });

  // The suggested staff and the default assumptions of a new budget are the API's create-budget
  // use case (apps/api/test/budgets.test.ts); the factory stores what it is given.
  it('creates a model budget for De Bilt with every development and line, and deleting it removes its children', async () => {
    const organisationId = handle.seeded!.organisationId;
    const assumptions = makeAssumptions();
    const budget = await createModelBudget(db, {
      organisationId,
      name: 'Test De Bilt',
      cbsCode: 'GM0310',
      firstYear: 2027,
      assumptions,
      profile: { employees: 306, departments: 12 },
    });
    expect(budget).toMatchObject({
      profileName: 'De Bilt',
      profileInhabitants: 43_673,
      profileEmployees: 306,
      profileDepartments: 12,
      firstYear: 2027,
      horizonYears: 4,
      version: 1,
      status: 'draft',
    });
    expect(budget.assumptions).toEqual(assumptions);

    const devs = await db.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id));
    expect(devs).toHaveLength(40);
    expect(devs.every((d) => d.enabled)).toBe(true);
    const lines = await db.select().from(budgetLines).where(eq(budgetLines.budgetId, budget.id));
    expect(lines).toHaveLength(seedData.catalogLines.lines.length);

    // Overrides sit beside the model values; the effective line applies them.
    const first = lines[0]!;
    const [model] = await db.select().from(catalogLines).where(eq(catalogLines.id, first.catalogLineId!));
    await db
      .update(budgetLines)
      .set({ overrides: { yearOffset: 2 }, justification: 'later starten' })
      .where(eq(budgetLines.id, first.id));
    const [updated] = await db.select().from(budgetLines).where(eq(budgetLines.id, first.id));
    expect(updated).toMatchObject({
      overrides: { yearOffset: 2 },
      justification: 'later starten',
      catalogLineId: model!.id,
    });
    expect(model!.yearOffset).not.toBe(2);

    await db
      .insert(funding)
      .values({ budgetId: budget.id, budgetLineId: first.id, sourceType: 'subsidy', percentage: 50, startYear: 2027 });
    await db.delete(budgets).where(eq(budgets.id, budget.id));
    expect(await db.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id))).toEqual([]);
    expect(await db.select().from(budgetLines).where(eq(budgetLines.budgetId, budget.id))).toEqual([]);
    expect(await db.select().from(funding).where(eq(funding.budgetId, budget.id))).toEqual([]);
  });

  it('rejects a budget line that is neither a catalog line nor a custom line', async () => {
    const budget = await createModelBudget(db, {
      organisationId: handle.seeded!.organisationId,
      firstYear: 2027,
      assumptions: makeAssumptions(),
    });
    expect(budget.profileName).toBe('Modelgemeente');
    expect(budget.profileEmployees).toBe(1_000);
    const [dev] = await db.select().from(developments).limit(1);
    await expect(db.insert(budgetLines).values({ budgetId: budget.id, developmentId: dev!.id })).rejects.toThrow();
    await db.delete(budgets).where(eq(budgets.id, budget.id));
  });
});
