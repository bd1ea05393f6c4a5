import { and, eq } from 'drizzle-orm';
import { budgetDevelopments, budgetLines, fundLimits, type BudgetRow, type Db, type FundingRow } from '@app/db';
import { invalidField } from '../../errors.ts';

/** The funding fields as they will be stored (a create, or a row with a patch applied). */
export type FundingValues = Pick<
  FundingRow,
  'budgetLineId' | 'developmentId' | 'amountCents' | 'percentage' | 'startYear' | 'endYear' | 'fundLimitId'
>;

/**
 * Checks a funding against its budget before anything is written; each failure is a 400 naming the
 * field: the target must be a line or development of this budget, exactly one of amount and
 * percentage, the start year a year of the budget and the end year not before it.
 */
export async function checkFunding(tx: Db, budget: BudgetRow, value: FundingValues): Promise<void> {
  const first = budget.firstYear;
  const last = budget.firstYear + budget.horizonYears - 1;
  if ((value.budgetLineId == null) === (value.developmentId == null)) {
    throw invalidField(
      value.budgetLineId == null ? 'body.budgetLineId' : 'body.developmentId',
      'kies een regel óf een ontwikkeling die deze dekking betaalt',
    );
  }
  if ((value.amountCents == null) === (value.percentage == null)) {
    throw invalidField(
      value.amountCents == null ? 'body.amountCents' : 'body.percentage',
      'geef een bedrag per jaar óf een percentage',
    );
  }
  if (value.startYear < first || value.startYear > last)
    throw invalidField('body.startYear', `moet een jaar van de begroting zijn (${first}–${last})`);
  if (value.endYear != null && value.endYear < value.startYear)
    throw invalidField('body.endYear', 'mag niet voor het beginjaar liggen');
  if (value.budgetLineId != null) {
    const [line] = await tx
      .select({ id: budgetLines.id })
      .from(budgetLines)
      .where(and(eq(budgetLines.id, value.budgetLineId), eq(budgetLines.budgetId, budget.id)));
    if (!line) throw invalidField('body.budgetLineId', 'is geen regel van deze begroting');
  }
  if (value.developmentId != null) {
    const [development] = await tx
      .select({ id: budgetDevelopments.id })
      .from(budgetDevelopments)
      .where(
        and(eq(budgetDevelopments.developmentId, value.developmentId), eq(budgetDevelopments.budgetId, budget.id)),
      );
    if (!development) throw invalidField('body.developmentId', 'is geen ontwikkeling van deze begroting');
  }
  if (value.fundLimitId != null) {
    const [limit] = await tx.select({ id: fundLimits.id }).from(fundLimits).where(eq(fundLimits.id, value.fundLimitId));
    if (!limit) throw invalidField('body.fundLimitId', 'is geen bekend fondsmaximum');
  }
}
