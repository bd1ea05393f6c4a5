import { applyWorkbookChanges, readBudgetWorkbook, UploadError, type BudgetWorkbookChanges } from '@app/export';
import {
  AssumptionsPatchSchema,
  BudgetLineOverrideFieldsSchema,
  ProfileSchema,
  type BudgetImportPreview,
} from '@app/schemas';
import { AppError, uploadRefused } from '../../errors.ts';
import { getBudgetDetail } from '../budgets/budget-aggregate.ts';
import type { RequestScope } from '../request-scope.ts';
import { withParseSlot } from './parse-slots.ts';
import { runEngine } from '../run-engine.ts';
import { assumptionsPatch, hasAssumptionChanges, pendingBudgetImports } from './budget-import-changes.ts';

function cellErrors(message: string, issues: { cell: string; message: string }[]): AppError {
  return new AppError('VALIDATION_ERROR', message, {
    fields: issues.slice(0, 500).map((i) => ({ path: `file.${i.cell}`, message: `${i.cell}: ${i.message}` })),
  });
}

/** Reads an edited export of the budget, checks every changed cell and shows what a scenario from it would change. */
export async function previewBudgetImport(
  scope: RequestScope,
  budgetId: string,
  fileName: string,
  buffer: Buffer,
): Promise<BudgetImportPreview> {
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
    throw cellErrors(
      `Het bestand bevat ${changes.errors.length} onleesbare of ongeldige ${changes.errors.length === 1 ? 'cel' : 'cellen'}; er is niets ingelezen.`,
      changes.errors,
    );
  }
  // The same rules as the API's own edit routes, reported per cell.
  const invalid: { cell: string; message: string }[] = [];
  for (const line of changes.lines) {
    const fields = Object.fromEntries(Object.entries(line.fields).map(([f, v]) => [f, v!.to]));
    // Signed amounts as in the override route: an own line may be a saving, a catalogue line not.
    const parsed = BudgetLineOverrideFieldsSchema.safeParse(fields);
    const custom = input.lines.find((l) => l.id === line.lineId)?.provenance === 'custom';
    if (parsed.success && !custom && (parsed.data.amountCents ?? 0) < 0) {
      invalid.push({
        cell: line.fields.amountCents?.cell ?? `Regels (${line.lineId})`,
        message: 'amountCents mag niet negatief zijn: alleen een eigen regel kan een besparing zijn',
      });
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        invalid.push({
          cell: line.fields[field as keyof typeof line.fields]?.cell ?? `Regels (${line.lineId})`,
          message: `${field} ${issue.message}`,
        });
      }
    }
  }
  const profile = ProfileSchema.safeParse({ ...input.profile, ...changes.profile });
  if (!profile.success)
    for (const issue of profile.error.issues)
      invalid.push({ cell: 'Uitgangspunten', message: `${String(issue.path[0])} ${issue.message}` });
  const assumptions = AssumptionsPatchSchema.safeParse(assumptionsPatch(input.assumptions, changes));
  if (!assumptions.success)
    for (const issue of assumptions.error.issues)
      invalid.push({ cell: 'Uitgangspunten', message: `${issue.path.join('.')} ${issue.message}` });
  if (invalid.length > 0)
    throw cellErrors(
      `Het bestand bevat ${invalid.length} ongeldige ${invalid.length === 1 ? 'waarde' : 'waarden'}; er is niets ingelezen.`,
      invalid,
    );

  const before = runEngine(input).result;
  const after = runEngine(applyWorkbookChanges(input, changes)).result;

  const id = await pendingBudgetImports.add(scope.db, scope.organisationId, { budgetId, fileName, changes });
  const a = input.assumptions as unknown as Record<string, unknown>;
  return {
    id,
    fileName,
    hasChanges: Object.keys(changes.profile).length + changes.lines.length > 0 || hasAssumptionChanges(changes),
    profile: Object.entries(changes.profile).map(([field, to]) => ({
      field,
      from: input.profile[field as keyof typeof input.profile],
      to: to!,
    })),
    assumptions: [
      ...Object.entries(changes.assumptions).map(([field, to]) => ({
        field,
        from: (a[field] as number | undefined) ?? null,
        to: to!,
      })),
      ...Object.entries(changes.defaultElasticity).map(([driver, to]) => ({
        field: `defaultElasticity.${driver}`,
        from: input.assumptions.defaultElasticity[driver as keyof typeof input.assumptions.defaultElasticity] ?? null,
        to: to!,
      })),
      ...Object.entries(changes.salaryScales).map(([scale, to]) => {
        const steps = input.assumptions.salaryTable.scales[scale] ?? [];
        const step = input.assumptions.salaryStep;
        return {
          field: `salaryTable.scales.${scale}`,
          from: (step === 'max' ? steps[steps.length - 1] : steps[step]) ?? null,
          to,
        };
      }),
      ...Object.entries(changes.hourlyRates).map(([role, to]) => ({
        field: `rateCard.rates.${role}`,
        from: input.assumptions.rateCard.rates[role] ?? null,
        to,
      })),
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
