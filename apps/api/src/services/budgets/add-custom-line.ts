import type { RequestScope } from '../request-scope.ts';
import { and, eq, or } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, type CustomLine } from '@app/db';
import type { BudgetDetail, CustomLineCreate } from '@app/schemas';
import { invalidField } from '../../errors.ts';
import { isUuid } from '../ids.ts';
import { mutateBudget } from './budget-mutation.ts';

/** Adds an own line (provenance `custom`) to a development of the budget. */
export async function addCustomLine(
  scope: RequestScope,
  budgetId: string,
  body: CustomLineCreate,
): Promise<{ detail: BudgetDetail; lineId: string }> {
  let lineId = '';
  const detail = await mutateBudget(scope, budgetId, body.version, async (tx, budget) => {
    if (!isUuid(body.developmentId))
      throw invalidField('body.developmentId', 'is geen ontwikkeling van deze begroting');
    const [development] = await tx
      .select({ developmentId: budgetDevelopments.developmentId })
      .from(budgetDevelopments)
      .where(
        and(
          eq(budgetDevelopments.budgetId, budget.id),
          or(eq(budgetDevelopments.developmentId, body.developmentId), eq(budgetDevelopments.id, body.developmentId)),
        ),
      );
    if (!development) throw invalidField('body.developmentId', 'is geen ontwikkeling van deze begroting');
    const { developmentId: _developmentId, justification, version: _version, ...fields } = body;
    const [inserted] = await tx
      .insert(budgetLines)
      .values({
        budgetId: budget.id,
        developmentId: development.developmentId,
        customLine: fields as CustomLine,
        justification: justification ?? null,
      })
      .returning({ id: budgetLines.id });
    lineId = inserted?.id ?? '';
  });
  return { detail, lineId };
}
