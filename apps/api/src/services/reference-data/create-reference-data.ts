import { actorOf, type RequestScope } from '../request-scope.ts';
import { asc, desc, eq } from 'drizzle-orm';
import {
  assumptionDefaults,
  benchmarks,
  rateCards,
  salaryTables,
  type Db,
  type RateCardRow,
  type SalaryTableRow,
  type Tx,
} from '@app/db';
import type {
  Benchmark,
  BenchmarkCreate,
  RateCardAdmin,
  RateCardCreate,
  RateCardWriteResult,
  SalaryTableAdmin,
  SalaryTableCreate,
  Warning,
} from '@app/schemas';
import { formatEuro, formatEuroExact } from '@app/engine';
import { AppError, invalidField } from '../../errors.ts';
import { firstFreeKey, slugId } from '../ids.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Actor } from '../workflow/budget-workflow.ts';
import { assertCoherentDefaults, catalogNeeds, lockOrganisationDefaults } from './update-organisation-defaults.ts';
import { toDefaultValues } from '../engine-input/mappers.ts';

// Salary tables and rate cards are versioned: new figures are a new record, so a budget built on
// an older table keeps computing the same amounts. Benchmarks are plain records.

/** A ceiling for hire rates (e.g. the Rijk's € 225/h), used only to warn: an administrator may have a reason. */
export interface HireRateCap {
  cents: number;
  source: string;
  sourceUrl: string;
}

/**
 * The newest maximum hourly rate among the benchmarks (reference data with its source, editable
 * in Beheer like every other figure); null when none is recorded.
 */
export async function loadHireRateCap(db: Db): Promise<HireRateCap | null> {
  const [row] = await db
    .select()
    .from(benchmarks)
    .where(eq(benchmarks.unit, 'max-hourly-rate'))
    .orderBy(desc(benchmarks.year), asc(benchmarks.id))
    .limit(1);
  return row ? { cents: row.valueCents, source: row.source, sourceUrl: row.sourceUrl ?? '' } : null;
}

/** The requested id (conflict → 409 naming `body.id`) or a free one derived from the label. */
async function pickId(
  exists: (id: string) => Promise<boolean>,
  requested: string | undefined,
  label: string,
): Promise<string> {
  if (requested) {
    if (await exists(requested))
      throw new AppError('CONFLICT', `De id "${requested}" is al in gebruik.`, {
        fields: [{ path: 'body.id', message: 'is al in gebruik' }],
      });
    return requested;
  }
  return firstFreeKey(slugId(label), exists);
}

export function toSalaryTableAdmin(row: SalaryTableRow, defaultId: string): SalaryTableAdmin {
  return {
    id: row.id,
    label: row.label,
    validFrom: row.validFrom,
    source: row.source,
    sourceUrl: row.sourceUrl,
    estimate: row.estimate,
    note: row.note,
    scales: row.scales,
    isDefault: row.id === defaultId,
  };
}

export function toRateCardAdmin(row: RateCardRow, defaultId: string): RateCardAdmin {
  return {
    id: row.id,
    label: row.label,
    validFrom: row.validFrom,
    source: row.source,
    sourceUrl: row.sourceUrl,
    estimate: row.estimate,
    note: row.note,
    rates: row.rates,
    isDefault: row.id === defaultId,
  };
}

export function hireRateWarnings(rates: Record<string, number>, cap: HireRateCap | null): Warning[] {
  if (!cap) return [];
  return Object.entries(rates)
    .filter(([, cents]) => cents > cap.cents)
    .map(([role, cents]) => ({
      path: `body.rates.${role}`,
      message: `${formatEuroExact(cents)}/u voor "${role}" ligt boven het maximum van ${formatEuro(cap.cents)}/u excl. btw (${cap.source}, ${cap.sourceUrl}). Het tarief is wel opgeslagen.`,
    }));
}

export async function createSalaryTable(scope: RequestScope, body: SalaryTableCreate): Promise<SalaryTableAdmin> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const needs = await catalogNeeds(tx);
    const missing = [...needs.scales].filter((scale) => !body.scales[scale]?.length).sort();
    if (missing.length > 0)
      throw invalidField('body.scales', `mist schalen die de catalogus gebruikt: ${missing.join(', ')}`);
    const id = await pickId(
      async (candidate) =>
        (await tx.select({ id: salaryTables.id }).from(salaryTables).where(eq(salaryTables.id, candidate)).limit(1))
          .length > 0,
      body.id,
      body.label,
    );
    const [row] = await tx
      .insert(salaryTables)
      .values({
        id,
        label: body.label,
        validFrom: body.validFrom,
        scales: body.scales,
        source: body.source,
        sourceUrl: body.sourceUrl ?? null,
        estimate: body.estimate,
        note: body.note ?? null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the salary table returned no row');
    await recordAudit(tx, { ...actor, entity: 'salary_table', entityId: id, action: 'create', after: row });
    let defaultId = '';
    if (body.makeDefault) defaultId = await makeDefault(tx, actor, { salaryTableId: row }, needs);
    return toSalaryTableAdmin(row, defaultId);
  });
  cache.invalidate();
  return result;
}

export async function createRateCard(scope: RequestScope, body: RateCardCreate): Promise<RateCardWriteResult> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  const result = await db.transaction(async (tx) => {
    const needs = await catalogNeeds(tx);
    const missing = [...needs.roles].filter((role) => !Object.prototype.hasOwnProperty.call(body.rates, role)).sort();
    if (missing.length > 0)
      throw invalidField('body.rates', `mist rollen die de catalogus gebruikt: ${missing.join(', ')}`);
    const id = await pickId(
      async (candidate) =>
        (await tx.select({ id: rateCards.id }).from(rateCards).where(eq(rateCards.id, candidate)).limit(1)).length > 0,
      body.id,
      body.label,
    );
    const [row] = await tx
      .insert(rateCards)
      .values({
        id,
        label: body.label,
        validFrom: body.validFrom,
        rates: body.rates,
        source: body.source,
        sourceUrl: body.sourceUrl ?? null,
        estimate: body.estimate,
        note: body.note ?? null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the rate card returned no row');
    const warnings = hireRateWarnings(body.rates, await loadHireRateCap(tx));
    await recordAudit(tx, {
      ...actor,
      entity: 'rate_card',
      entityId: id,
      action: 'create',
      after: row,
      justification: warnings.length > 0 ? warnings.map((w) => w.message).join(' ') : null,
    });
    let defaultId = '';
    if (body.makeDefault) defaultId = await makeDefault(tx, actor, { rateCardId: row }, needs);
    return { rateCard: toRateCardAdmin(row, defaultId), warnings };
  });
  cache.invalidate();
  return result;
}

/** Points the organisation's defaults at a new table or card, inside the caller's transaction. */
async function makeDefault(
  tx: Tx,
  actor: Actor,
  change: { salaryTableId?: SalaryTableRow; rateCardId?: RateCardRow },
  needs: { scales: Set<string>; roles: Set<string> },
): Promise<string> {
  const before = await lockOrganisationDefaults(tx, actor.organisationId);
  const table =
    change.salaryTableId ??
    (await tx.select().from(salaryTables).where(eq(salaryTables.id, before.salaryTableId)).limit(1))[0];
  const card =
    change.rateCardId ?? (await tx.select().from(rateCards).where(eq(rateCards.id, before.rateCardId)).limit(1))[0];
  if (!table || !card) throw new AppError('INTERNAL', 'defaults name a missing salary table or rate card');
  assertCoherentDefaults(toDefaultValues(before), table, card, needs, {
    salaryTable: 'body.scales',
    rateCard: 'body.rates',
    salaryStep: 'body.makeDefault',
    defaultHireRole: 'body.rates',
  });
  const today = new Date().toISOString().slice(0, 10);
  const sources = { ...before.sources };
  const set: Partial<typeof assumptionDefaults.$inferInsert> = {};
  if (change.salaryTableId) {
    set.salaryTableId = table.id;
    sources.salaryTableId = {
      source: `Salaristabel "${table.label}": ${table.source}`,
      sourceUrl: table.sourceUrl,
      date: today,
      note: table.note,
      estimate: table.estimate,
    };
  }
  if (change.rateCardId) {
    set.rateCardId = card.id;
    sources.rateCardId = {
      source: `Tariefkaart "${card.label}": ${card.source}`,
      sourceUrl: card.sourceUrl,
      date: today,
      note: card.note,
      estimate: card.estimate,
    };
  }
  await tx
    .update(assumptionDefaults)
    .set({ ...set, sources, updatedAt: new Date() })
    .where(eq(assumptionDefaults.id, before.id));
  await recordAudit(tx, {
    ...actor,
    entity: 'assumption_defaults',
    entityId: before.id,
    action: 'update',
    before: { salaryTableId: before.salaryTableId, rateCardId: before.rateCardId },
    after: {
      salaryTableId: set.salaryTableId ?? before.salaryTableId,
      rateCardId: set.rateCardId ?? before.rateCardId,
    },
  });
  return (change.salaryTableId ?? change.rateCardId)!.id;
}

export function toBenchmark(row: typeof benchmarks.$inferSelect): Benchmark {
  return {
    id: row.id,
    label: row.label,
    year: row.year,
    valueCents: row.valueCents,
    unit: row.unit,
    source: row.source,
    sourceUrl: row.sourceUrl,
    note: row.note,
    sample: row.sample,
    minInhabitants: row.minInhabitants,
    maxInhabitants: row.maxInhabitants,
  };
}

/** A size class must be a non-empty range: minInhabitants < maxInhabitants when both are set. */
export function assertSizeClass(
  minInhabitants: number | null | undefined,
  maxInhabitants: number | null | undefined,
): void {
  if (minInhabitants != null && maxInhabitants != null && minInhabitants >= maxInhabitants) {
    throw invalidField('body.maxInhabitants', 'moet groter zijn dan het minimum aantal inwoners');
  }
}

export async function createBenchmark(scope: RequestScope, body: BenchmarkCreate): Promise<Benchmark> {
  const { db, cache } = scope;
  const actor = actorOf(scope);
  assertSizeClass(body.minInhabitants, body.maxInhabitants);
  const result = await db.transaction(async (tx) => {
    const id = await pickId(
      async (candidate) =>
        (await tx.select({ id: benchmarks.id }).from(benchmarks).where(eq(benchmarks.id, candidate)).limit(1)).length >
        0,
      body.id,
      `${body.label}-${body.year}-${body.unit}`,
    );
    const [row] = await tx
      .insert(benchmarks)
      .values({
        id,
        label: body.label,
        year: body.year,
        valueCents: body.valueCents,
        unit: body.unit,
        source: body.source,
        sourceUrl: body.sourceUrl ?? null,
        note: body.note ?? null,
        sample: body.sample ?? null,
        minInhabitants: body.minInhabitants ?? null,
        maxInhabitants: body.maxInhabitants ?? null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the benchmark returned no row');
    await recordAudit(tx, { ...actor, entity: 'benchmark', entityId: id, action: 'create', after: row });
    return toBenchmark(row);
  });
  cache.invalidate();
  return result;
}
