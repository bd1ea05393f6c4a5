import type { CalculationInput, CalculationResult, Cents, LineInput, Totals } from '@app/engine';
import type { BudgetDetail, BudgetLine } from '../../api/types.ts';
import { CONTRIBUTION_DOMAIN, type ContributionLine } from '@app/schemas';

/**
 * The builder grid as plain data, derived from the engine's result. No budget maths here: amounts
 * are the engine's rounded row-years summed per line, subtotals are the engine's own totals.
 */

export interface GridLine {
  /** Budget line id (what the API's override routes take). */
  id: string;
  /** Id of the line in the calculation input / result. */
  engineLineId: string;
  budgetLine: BudgetLine;
  effective: LineInput;
  overridden: boolean;
  /**
   * True for an incomplete published line (the engine flags it and counts € 0) or a line outside the
   * engine input: it is shown so the user can complete it, and counts for nothing until then.
   */
  excluded: boolean;
  /** Exploitation amount per year (incidental + structural + kapitaallasten + contract-end costs). */
  amounts: Record<number, Cents>;
  /** Activated investment per year (shown beside the totals, not in them). */
  investment: Record<number, Cents>;
  /** The engine's quantity for this municipality (cents for amount lines); null when not computed. */
  scaledQuantity: number | null;
  /** A contribution to a collaboration (ADR 0023): read-only, amounts from the shared budget. */
  contribution?: ContributionLine;
}

export interface GridDevelopment {
  /** Budget development id (PATCH target). */
  id: string;
  developmentId: string;
  title: string;
  enabled: boolean;
  startYear: number | null;
  ownerUnitId: string | null;
  lines: GridLine[];
  total: Record<number, Cents>;
}

export interface GridDomain {
  key: string;
  name: string;
  developments: GridDevelopment[];
  totals: Totals;
}

export interface GridModel {
  years: number[];
  domains: GridDomain[];
  totals: Totals;
}

/** The contribution lines' own domain (ADR 0023): not in the catalog, named here for every screen. */
export const CONTRIBUTION_DOMAIN_NAMES: Readonly<Record<string, string>> = {
  [CONTRIBUTION_DOMAIN.key]: CONTRIBUTION_DOMAIN.name,
};

/** Totals with every year at 0 (a domain or group the engine has no rows for). */
export const emptyTotals = (years: number[]): Totals => {
  const zero = () => Object.fromEntries(years.map((y) => [y, 0])) as Record<number, Cents>;
  return { incidental: zero(), structural: zero(), capital: zero(), investment: zero(), total: zero() };
};

/** Maps each budget line to the id the engine knows it by (the budget line id, or its catalog line id). */
function engineLineIdOf(line: BudgetLine, inputIds: ReadonlySet<string>): string {
  if (inputIds.has(line.id)) return line.id;
  if (line.catalogLineId && inputIds.has(line.catalogLineId)) return line.catalogLineId;
  return line.effective.id;
}

export function buildGridModel(
  budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> & {
    contributions?: BudgetDetail['contributions'];
  },
  input: CalculationInput,
  result: CalculationResult,
  domainNames: Readonly<Record<string, string>>,
): GridModel {
  const years = result.years;
  const inputIds = new Set(input.lines.map((l) => l.id));
  const incompleteIds = new Set(result.lines.filter((l) => l.incomplete).map((l) => l.lineId));
  const perLine = new Map<string, { amounts: Record<number, Cents>; investment: Record<number, Cents> }>();
  for (const row of result.rows) {
    let entry = perLine.get(row.lineId);
    if (!entry) {
      entry = { amounts: {}, investment: {} };
      for (const y of years) {
        entry.amounts[y] = 0;
        entry.investment[y] = 0;
      }
      perLine.set(row.lineId, entry);
    }
    const target = row.category === 'investment' ? entry.investment : entry.amounts;
    for (const y of years) target[y] = (target[y] ?? 0) + (row.amounts[y] ?? 0);
  }

  const inputLines = new Map(input.lines.map((l) => [l.id, l]));
  const scaled = new Map(result.lines.map((l) => [l.lineId, l.scaledQuantity]));
  const linesByDevelopment = new Map<string, GridLine[]>();
  for (const budgetLine of budget.lines) {
    const engineLineId = engineLineIdOf(budgetLine, inputIds);
    const inInput = inputLines.get(engineLineId);
    // Example lines are out of the input while the budget hides examples: not shown then.
    if (!inInput && budgetLine.effective.provenance === 'example' && !budget.includeExamples) continue;
    const effective = inInput ?? budgetLine.effective;
    const computed = perLine.get(engineLineId);
    const zero = Object.fromEntries(years.map((y) => [y, 0])) as Record<number, Cents>;
    const gridLine: GridLine = {
      id: budgetLine.id,
      engineLineId,
      budgetLine,
      effective,
      overridden: budgetLine.overriddenFields.length > 0,
      excluded: !inInput || incompleteIds.has(engineLineId),
      amounts: computed?.amounts ?? zero,
      investment: computed?.investment ?? { ...zero },
      scaledQuantity: scaled.get(engineLineId) ?? null,
    };
    const list = linesByDevelopment.get(budgetLine.developmentId) ?? [];
    list.push(gridLine);
    linesByDevelopment.set(budgetLine.developmentId, list);
  }

  const domainOrder: string[] = [];
  const developmentsByDomain = new Map<string, GridDevelopment[]>();
  for (const dev of budget.developments) {
    if (!developmentsByDomain.has(dev.domainKey)) {
      developmentsByDomain.set(dev.domainKey, []);
      domainOrder.push(dev.domainKey);
    }
    const lines = linesByDevelopment.get(dev.developmentId) ?? linesByDevelopment.get(dev.id) ?? [];
    const total = Object.fromEntries(
      years.map((y) => [y, lines.reduce((sum, l) => sum + (l.amounts[y] ?? 0), 0)]),
    ) as Record<number, Cents>;
    developmentsByDomain.get(dev.domainKey)?.push({
      id: dev.id,
      developmentId: dev.developmentId,
      title: dev.title,
      enabled: dev.enabled,
      startYear: dev.startYear,
      ownerUnitId: dev.ownerUnitId,
      lines,
      total,
    });
  }

  const contributions = budget.contributions ?? [];
  if (contributions.length > 0) {
    // Contributions to collaborations: their own domain and development, outside the catalog.
    const zero = Object.fromEntries(years.map((y) => [y, 0])) as Record<number, Cents>;
    const lines: GridLine[] = contributions.map((c) => {
      const effective = inputLines.get(c.id) as LineInput;
      return {
        id: c.id,
        engineLineId: c.id,
        budgetLine: {
          id: c.id,
          catalogLineId: null,
          developmentId: 'samenwerking',
          custom: false,
          model: null,
          effective,
          overriddenFields: [],
          justification: null,
        },
        effective,
        overridden: false,
        excluded: false,
        amounts: perLine.get(c.id)?.amounts ?? zero,
        investment: { ...zero },
        scaledQuantity: null,
        contribution: c,
      };
    });
    const total = Object.fromEntries(
      years.map((y) => [y, lines.reduce((sum, l) => sum + (l.amounts[y] ?? 0), 0)]),
    ) as Record<number, Cents>;
    developmentsByDomain.set('samenwerking', [
      {
        id: 'samenwerking',
        developmentId: 'samenwerking',
        title: CONTRIBUTION_DOMAIN.developmentTitle,
        enabled: true,
        startYear: null,
        ownerUnitId: null,
        lines,
        total,
      },
    ]);
    domainOrder.push('samenwerking');
  }

  return {
    years,
    totals: result.totals,
    domains: domainOrder.map((key) => ({
      key,
      name: domainNames[key] ?? (key === 'samenwerking' ? 'Samenwerking' : key),
      developments: developmentsByDomain.get(key) ?? [],
      totals: result.byDomain[key] ?? emptyTotals(years),
    })),
  };
}

/** A change the user is making or saving, applied to the engine input for the instant preview. */
export type PendingChange =
  | {
      type: 'line';
      engineLineId: string;
      fields: Partial<LineInput>;
      /** for a line not yet in the input */ base?: LineInput;
    }
  | {
      type: 'development';
      developmentId: string;
      enabled?: boolean;
      startYear?: number | null;
      ownerUnitId?: string | null;
    };

/** The budget's developments with pending on/off, start-year and owner changes shown already. */
export function applyPendingDevelopments<
  D extends { developmentId: string; enabled: boolean; startYear: number | null; ownerUnitId: string | null },
>(developments: D[], changes: readonly PendingChange[]): D[] {
  const devChanges = changes.filter(
    (c): c is Extract<PendingChange, { type: 'development' }> => c.type === 'development',
  );
  if (devChanges.length === 0) return developments;
  return developments.map((d) => {
    let out = d;
    for (const c of devChanges) {
      if (c.developmentId !== d.developmentId) continue;
      out = {
        ...out,
        ...(c.enabled !== undefined ? { enabled: c.enabled } : {}),
        ...(c.startYear !== undefined ? { startYear: c.startYear } : {}),
        ...(c.ownerUnitId !== undefined ? { ownerUnitId: c.ownerUnitId } : {}),
      };
    }
    return out;
  });
}

export function applyPending(input: CalculationInput, changes: readonly PendingChange[]): CalculationInput {
  if (changes.length === 0) return input;
  let lines = input.lines;
  let developments = input.developments;
  for (const change of changes) {
    if (change.type === 'line') {
      if (change.base && !lines.some((l) => l.id === change.engineLineId))
        lines = [...lines, { ...change.base, ...change.fields, id: change.engineLineId }];
      else lines = lines.map((l) => (l.id === change.engineLineId ? { ...l, ...change.fields } : l));
    } else {
      developments = developments.map((d) =>
        d.id === change.developmentId
          ? {
              ...d,
              ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
              ...(change.startYear !== undefined ? { startYear: change.startYear } : {}),
            }
          : d,
      );
    }
  }
  return { ...input, lines, developments };
}
