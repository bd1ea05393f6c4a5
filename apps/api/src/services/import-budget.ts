import type { Totals } from '@app/engine';
import { applyWorkbookChanges, changedTables, readBudgetWorkbook, UploadError, type BudgetWorkbookChanges } from '@app/export';
import { AssumptionsPatchSchema, BudgetLineOverrideFieldsSchema, ProfileSchema, type BudgetDetail } from '@app/schemas';
import { AppError, notFound, uploadRefused } from '../errors.ts';
import { getBudgetDetail } from './budget-aggregate.ts';
import type { RequestScope } from './request-scope.ts';
import { createScenario } from './create-scenario.ts';
import { deleteBudget } from './delete-budget.ts';
import { overrideLine } from './override-line.ts';
import { withParseSlot } from './parse-slots.ts';
import { createPendingUploads } from './pending-uploads.ts';
import { runEngine } from './run-engine.ts';
import { updateBudget } from './update-budget.ts';

/** A read workbook waiting between preview and commit, in PostgreSQL (see pending-uploads.ts). */
interface PendingBudgetImport {
  budgetId: string;
  fileName: string;
  changes: BudgetWorkbookChanges;
}

const pending = createPendingUploads<PendingBudgetImport>('budget');

export interface BudgetImportPreview {
  id: string;
  fileName: string;
  hasChanges: boolean;
  profile: { field: string; from: number; to: number }[];
  assumptions: { field: string; from: number | null; to: number }[];
  lines: { lineId: string; description: string; fields: { field: string; from: number | null; to: number; cell: string }[] }[];
  warnings: { cell: string; message: string }[];
  totals: { before: Totals['total']; after: Totals['total'] };
}

function cellErrors(message: string, issues: { cell: string; message: string }[]): AppError {
  return new AppError('VALIDATION_ERROR', message, { fields: issues.slice(0, 500).map((i) => ({ path: `file.${i.cell}`, message: `${i.cell}: ${i.message}` })) });
}

/** Reads an edited export of the budget, checks every changed cell and shows what a scenario from it would change. */
export async function previewBudgetImport(scope: RequestScope, budgetId: string, fileName: string, buffer: Buffer): Promise<BudgetImportPreview> {
  const detail = await getBudgetDetail(scope, budgetId);
  const input = detail.calculationInput;
  let changes: BudgetWorkbookChanges;
  try {
    changes = await withParseSlot(() => readBudgetWorkbook(buffer, input));
  } catch (error) {
    if (error instanceof UploadError) throw uploadRefused(error);
    throw error;
  }
  if (changes.errors.length > 0) {
    throw cellErrors(`Het bestand bevat ${changes.errors.length} onleesbare of ongeldige ${changes.errors.length === 1 ? 'cel' : 'cellen'}; er is niets ingelezen.`, changes.errors);
  }
  // The same rules as the API's own edit routes, reported per cell.
  const invalid: { cell: string; message: string }[] = [];
  for (const line of changes.lines) {
    const fields = Object.fromEntries(Object.entries(line.fields).map(([f, v]) => [f, v!.to]));
    // Signed amounts as in the override route: an own line may be a saving, a catalogue line not.
    const parsed = BudgetLineOverrideFieldsSchema.safeParse(fields);
    const custom = input.lines.find((l) => l.id === line.lineId)?.provenance === 'custom';
    if (parsed.success && !custom && (parsed.data.amountCents ?? 0) < 0) {
      invalid.push({ cell: line.fields.amountCents?.cell ?? `Regels (${line.lineId})`, message: 'amountCents mag niet negatief zijn: alleen een eigen regel kan een besparing zijn' });
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        invalid.push({ cell: line.fields[field as keyof typeof line.fields]?.cell ?? `Regels (${line.lineId})`, message: `${field} ${issue.message}` });
      }
    }
  }
  const profile = ProfileSchema.safeParse({ ...input.profile, ...changes.profile });
  if (!profile.success) for (const issue of profile.error.issues) invalid.push({ cell: 'Uitgangspunten', message: `${String(issue.path[0])} ${issue.message}` });
  const assumptions = AssumptionsPatchSchema.safeParse(assumptionsPatch(input.assumptions, changes));
  if (!assumptions.success) for (const issue of assumptions.error.issues) invalid.push({ cell: 'Uitgangspunten', message: `${issue.path.join('.')} ${issue.message}` });
  if (invalid.length > 0) throw cellErrors(`Het bestand bevat ${invalid.length} ongeldige ${invalid.length === 1 ? 'waarde' : 'waarden'}; er is niets ingelezen.`, invalid);

  const before = runEngine(input).result;
  const after = runEngine(applyWorkbookChanges(input, changes)).result;

  const id = await pending.add(scope.db, scope.organisationId, { budgetId, fileName, changes });
  const a = input.assumptions as unknown as Record<string, unknown>;
  return {
    id,
    fileName,
    hasChanges: Object.keys(changes.profile).length + changes.lines.length > 0 || hasAssumptionChanges(changes),
    profile: Object.entries(changes.profile).map(([field, to]) => ({ field, from: input.profile[field as keyof typeof input.profile], to: to! })),
    assumptions: [
      ...Object.entries(changes.assumptions).map(([field, to]) => ({ field, from: (a[field] as number | undefined) ?? null, to: to! })),
      ...Object.entries(changes.defaultElasticity).map(([driver, to]) => ({
        field: `defaultElasticity.${driver}`,
        from: input.assumptions.defaultElasticity[driver as keyof typeof input.assumptions.defaultElasticity] ?? null,
        to: to!,
      })),
      ...Object.entries(changes.salaryScales).map(([scale, to]) => {
        const steps = input.assumptions.salaryTable.scales[scale] ?? [];
        const step = input.assumptions.salaryStep;
        return { field: `salaryTable.scales.${scale}`, from: (step === 'max' ? steps[steps.length - 1] : steps[step]) ?? null, to };
      }),
      ...Object.entries(changes.hourlyRates).map(([role, to]) => ({ field: `rateCard.rates.${role}`, from: input.assumptions.rateCard.rates[role] ?? null, to })),
    ],
    lines: changes.lines.map((l) => ({
      lineId: l.lineId,
      description: l.description,
      fields: Object.entries(l.fields).map(([field, v]) => ({ field, from: v!.from, to: v!.to, cell: v!.cell })),
    })),
    warnings: changes.warnings,
    totals: { before: before.totals.total, after: after.totals.total },
  };
}

function hasAssumptionChanges(changes: BudgetWorkbookChanges): boolean {
  return [changes.assumptions, changes.defaultElasticity, changes.salaryScales, changes.hourlyRates].some((c) => Object.keys(c).length > 0);
}

/** The assumptions patch for the scenario: changed figures, default elasticities, and edited tables as a whole. */
function assumptionsPatch(current: BudgetDetail['assumptions'], changes: BudgetWorkbookChanges) {
  return {
    ...changes.assumptions,
    defaultElasticity: { ...current.defaultElasticity, ...changes.defaultElasticity },
    ...changedTables(current, changes),
  };
}

/** The scenario's line for a line of its base: same catalog line, or (custom lines) same development and description. */
function scenarioLineId(base: BudgetDetail, scenario: BudgetDetail, baseLineId: string): string | undefined {
  const line = base.lines.find((l) => l.id === baseLineId);
  if (!line) return undefined;
  const match = line.catalogLineId
    ? scenario.lines.find((l) => l.catalogLineId === line.catalogLineId)
    : scenario.lines.find((l) => l.custom && l.developmentId === line.developmentId && l.effective.description === line.effective.description);
  return match?.id;
}

/**
 * Applies a previewed import as a new scenario of the budget: profile and assumptions, then every
 * changed line as an override with a justification naming the file and cells. If any step fails
 * the scenario is removed again, so a failed import leaves nothing behind.
 */
export async function commitBudgetImport(scope: RequestScope, budgetId: string, importId: string, scenarioName: string): Promise<BudgetDetail> {
  // Another organisation's (or an expired) import reads as absent → 404.
  const upload = await pending.get(scope.db, scope.organisationId, importId);
  if (!upload || upload.budgetId !== budgetId) throw notFound('Import');
  const { changes, fileName } = upload;
  const base = await getBudgetDetail(scope, budgetId);
  let scenario = await createScenario(scope, budgetId, { scenarioName });
  try {
    const hasAssumptions = hasAssumptionChanges(changes);
    if (Object.keys(changes.profile).length > 0 || hasAssumptions) {
      scenario = await updateBudget(scope, scenario.id, {
        version: scenario.version,
        ...(Object.keys(changes.profile).length > 0
          ? { profile: { inhabitants: scenario.profile.inhabitants, employees: scenario.profile.employees, departments: scenario.profile.departments, ...changes.profile } }
          : {}),
        ...(hasAssumptions
          ? { assumptions: assumptionsPatch(scenario.assumptions, changes) }
          : {}),
      });
    }
    for (const line of changes.lines) {
      const target = scenarioLineId(base, scenario, line.lineId);
      if (!target) throw new AppError('CONFLICT', `Regel "${line.description}" bestaat niet meer in de begroting; lees een nieuwe export in.`);
      const fields = Object.fromEntries(Object.entries(line.fields).map(([f, v]) => [f, v!.to]));
      const cells = Object.values(line.fields).map((v) => v!.cell.replace(/^.*!/, '')).join(', ');
      scenario = await overrideLine(scope, scenario.id, target, {
        fields: BudgetLineOverrideFieldsSchema.parse(fields),
        justification: `Aangepast in Excel (${fileName}, cel ${cells}).`,
      });
    }
  } catch (error) {
    await deleteBudget(scope, scenario.id).catch(() => undefined);
    throw error;
  }
  // Used once, also when two commits of one preview race (on two instances): the one that removes
  // the upload keeps its scenario, the other removes its own again and answers 404.
  if (!(await pending.delete(scope.db, importId))) {
    await deleteBudget(scope, scenario.id).catch(() => undefined);
    throw notFound('Import');
  }
  // Every step above answered with the scenario as it now stands: no need to load it again.
  return scenario;
}
