import { eq } from 'drizzle-orm';
import {
  budgetDevelopments,
  budgetLines,
  funding,
  type BudgetDevelopmentRow,
  type BudgetLineRow,
  type BudgetRow,
  type Db,
  type FundingRow,
} from '@app/db';
import { recordAudit } from './record-audit.ts';

// The audit trail of budget edits is derived from what actually changed: a snapshot of the budget
// before and after the change, diffed per entity, inside the change's own transaction. So every
// write that goes through mutateBudget is recorded with exact before/after values, and a new
// write service cannot forget to call recordAudit.

export interface BudgetSnapshot {
  budget: BudgetRow;
  developments: Map<string, BudgetDevelopmentRow>;
  lines: Map<string, BudgetLineRow>;
  /** The budget's fundings (dekking); absent when the caller did not load them (then not diffed). */
  funding?: Map<string, FundingRow>;
}

/** The budget row (as the caller just locked it) with its developments, lines and fundings. */
export async function snapshotBudget(tx: Db, budget: BudgetRow): Promise<BudgetSnapshot> {
  const [developments, lines, fundingRows] = await Promise.all([
    tx.select().from(budgetDevelopments).where(eq(budgetDevelopments.budgetId, budget.id)),
    tx.select().from(budgetLines).where(eq(budgetLines.budgetId, budget.id)),
    loadFundingRows(tx, budget.id),
  ]);
  return toSnapshot(budget, developments, lines, fundingRows);
}

/** The fundings of one budget, for the snapshot after a change. */
export function loadFundingRows(tx: Db, budgetId: string): Promise<FundingRow[]> {
  return tx.select().from(funding).where(eq(funding.budgetId, budgetId));
}

/** A snapshot of rows already loaded (e.g. the aggregate a write just proved computes). */
export function toSnapshot(
  budget: BudgetRow,
  developments: readonly BudgetDevelopmentRow[],
  lines: readonly BudgetLineRow[],
  fundingRows?: readonly FundingRow[],
): BudgetSnapshot {
  return {
    budget,
    developments: new Map(developments.map((d) => [d.id, d])),
    lines: new Map(lines.map((l) => [l.id, l])),
    ...(fundingRows ? { funding: new Map(fundingRows.map((f) => [f.id, f])) } : {}),
  };
}

const BUDGET_FIELDS = [
  'name',
  'status',
  'firstYear',
  'horizonYears',
  'cbsCode',
  'profileName',
  'profileInhabitants',
  'profileEmployees',
  'profileDepartments',
  'assumptions',
  'includeExamples',
  'baseBudgetId',
  'scenarioName',
] as const satisfies readonly (keyof BudgetRow)[];
const DEVELOPMENT_FIELDS = [
  'enabled',
  'startYear',
  'ownerUnitId',
  'priority',
  'note',
] as const satisfies readonly (keyof BudgetDevelopmentRow)[];
const LINE_FIELDS = ['overrides', 'customLine', 'justification'] as const satisfies readonly (keyof BudgetLineRow)[];
const FUNDING_FIELDS = [
  'budgetLineId',
  'developmentId',
  'sourceType',
  'status',
  'label',
  'amountCents',
  'percentage',
  'startYear',
  'endYear',
  'fundLimitId',
  'note',
] as const satisfies readonly (keyof FundingRow)[];

const fundingView = (row: FundingRow) => Object.fromEntries(FUNDING_FIELDS.map((field) => [field, row[field]]));

/**
 * Stable JSON (sorted keys) so jsonb read back in another key order is not a change. Keys are
 * sorted by code unit: any fixed order will do for comparing, and this one is cheap (it runs on
 * every write) and never ties two different keys.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(byKey))
      : v,
  );
}
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** The fields that differ, as { before, after } objects holding only those fields; null when equal. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const field of fields) {
    const was = before[field] ?? null;
    const is = after[field] ?? null;
    // The same value (a primitive, or the very object) is no change; only others are serialized.
    if (was !== is && canonical(was) !== canonical(is)) {
      b[field] = before[field];
      a[field] = after[field];
    }
  }
  return Object.keys(a).length > 0 ? { before: b, after: a } : null;
}

const lineView = (line: BudgetLineRow) => ({
  lineId: line.id,
  developmentId: line.developmentId,
  catalogLineId: line.catalogLineId,
  customLine: line.customLine,
  overrides: line.overrides,
  justification: line.justification,
});

/** Writes one audit entry per changed budget, development and line. */
export async function recordBudgetChanges(
  tx: Db,
  actor: { organisationId: string; userId: string | null },
  before: BudgetSnapshot,
  after: BudgetSnapshot | null,
): Promise<void> {
  const budgetId = before.budget.id;
  const base = { organisationId: actor.organisationId, userId: actor.userId, budgetId };
  if (!after) {
    await recordAudit(tx, {
      ...base,
      entity: 'budget',
      entityId: budgetId,
      action: 'delete',
      before: { name: before.budget.name, status: before.budget.status, version: before.budget.version },
    });
    return;
  }
  const budgetDiff = diffFields(before.budget, after.budget, BUDGET_FIELDS);
  if (budgetDiff)
    await recordAudit(tx, { ...base, entity: 'budget', entityId: budgetId, action: 'update', ...budgetDiff });

  for (const [id, old] of before.developments) {
    const now = after.developments.get(id);
    const diff = now && diffFields(old, now, DEVELOPMENT_FIELDS);
    if (diff) {
      await recordAudit(tx, {
        ...base,
        entity: 'budget_development',
        entityId: id,
        action: 'update',
        before: diff.before,
        after: { ...diff.after, developmentId: now.developmentId },
      });
    }
  }

  for (const [id, old] of before.lines) {
    const now = after.lines.get(id);
    if (!now) {
      await recordAudit(tx, {
        ...base,
        entity: 'budget_line',
        entityId: id,
        action: 'delete',
        before: lineView(old),
        justification: old.justification,
      });
      continue;
    }
    const diff = diffFields(old, now, LINE_FIELDS);
    if (!diff) continue;
    const reset =
      Object.keys(now.overrides ?? {}).length === 0 && !now.customLine && Object.keys(old.overrides ?? {}).length > 0;
    await recordAudit(tx, {
      ...base,
      entity: 'budget_line',
      entityId: id,
      action: reset ? 'reset' : 'override',
      before: diff.before,
      after: diff.after,
      justification: now.justification ?? null,
    });
  }
  for (const [id, line] of after.lines) {
    if (!before.lines.has(id)) {
      await recordAudit(tx, {
        ...base,
        entity: 'budget_line',
        entityId: id,
        action: 'create',
        after: lineView(line),
        justification: line.justification,
      });
    }
  }

  if (before.funding && after.funding) {
    for (const [id, old] of before.funding) {
      const now = after.funding.get(id);
      if (!now) {
        await recordAudit(tx, { ...base, entity: 'funding', entityId: id, action: 'delete', before: fundingView(old) });
        continue;
      }
      const diff = diffFields(old, now, FUNDING_FIELDS);
      if (diff) await recordAudit(tx, { ...base, entity: 'funding', entityId: id, action: 'update', ...diff });
    }
    for (const [id, row] of after.funding) {
      if (!before.funding.has(id))
        await recordAudit(tx, { ...base, entity: 'funding', entityId: id, action: 'create', after: fundingView(row) });
    }
  }
}
