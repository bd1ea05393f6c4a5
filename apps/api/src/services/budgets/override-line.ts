import type { RequestScope } from '../request-scope.ts';
import type { LineOverrides } from '@app/db';
import { toLineInput } from '../engine-input/mappers.ts';
import { NEGATIVE_INVESTMENT_MESSAGE, type BudgetDetail, type LineOverride } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { mutateBudgetLine, type LineWrite } from './budget-mutation.ts';
import { describeBudget } from './budget-aggregate.ts';
import { updateLineRow } from './budget-lines.ts';

/** Line flags whose absence means false (the editor sends false for an untouched switch). */
const FLAGS = new Set(['extrapolate', 'ownQuantity', 'contractEndFixed']);

/**
 * Overrides fields of a line with a required justification. Catalog lines keep their model values
 * on the catalog line: only fields that differ from the model are stored as overrides. Custom lines
 * have no model, so their values change in place.
 */
export async function writeLineOverride(
  scope: RequestScope,
  budgetId: string,
  budgetLineId: string,
  body: LineOverride,
): Promise<LineWrite> {
  return mutateBudgetLine(scope, budgetId, budgetLineId, body.version, async (tx, budget, line) => {
    const now = new Date();
    const negative = (body.fields.amountCents ?? 0) < 0;
    if (line.customLine) {
      // A custom line may be a saving (negative), but not a negative investment.
      const kind = body.fields.kind ?? line.customLine.kind;
      const amount = body.fields.amountCents !== undefined ? body.fields.amountCents : line.customLine.amountCents;
      if (kind === 'investment' && (amount ?? 0) < 0)
        throw invalidField('body.fields.amountCents', NEGATIVE_INVESTMENT_MESSAGE);
      return updateLineRow(tx, line, {
        customLine: { ...line.customLine, ...body.fields },
        justification: body.justification,
        overriddenAt: now,
      });
    }
    if (negative)
      throw invalidField(
        'body.fields.amountCents',
        'mag niet negatief zijn: alleen een eigen regel kan een besparing zijn',
      );
    const edition = await scope.cache.edition(tx, budget.editionId);
    const catalogLine = edition.lines.find((row) => row.id === line.catalogLineId);
    const model: Record<string, unknown> = catalogLine ? { ...toLineInput(catalogLine) } : {};
    const merged: Record<string, unknown> = { ...line.overrides, ...body.fields };
    const overrides: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(merged)) {
      // Setting a field back to its model value is not an override; an unset flag means false.
      const modelValue = FLAGS.has(field) ? model[field] === true : (model[field] ?? null);
      const own = FLAGS.has(field) ? value === true : value;
      if (value !== undefined && own !== modelValue) overrides[field] = value;
    }
    const hasOverrides = Object.keys(overrides).length > 0;
    return updateLineRow(tx, line, {
      overrides: overrides as LineOverrides,
      justification: hasOverrides ? body.justification : null,
      overriddenAt: hasOverrides ? now : null,
    });
  });
}

/** writeLineOverride answered as the whole detail (the API's default answer; the budget import). */
export async function overrideLine(
  scope: RequestScope,
  budgetId: string,
  budgetLineId: string,
  body: LineOverride,
): Promise<BudgetDetail> {
  return describeBudget(scope, (await writeLineOverride(scope, budgetId, budgetLineId, body)).aggregate);
}
